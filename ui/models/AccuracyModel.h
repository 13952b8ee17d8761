#pragma once

#include "SortableTableModel.h"
#include "analytics/numbers/AccuracyResult.h"

namespace dmc::ui {

// Forecast accuracy per rep and closed period: actual, the forecasts at T-14 and T-7 and F / A.
class AccuracyModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Rep, District, Actual, ForecastT14, RatioT14, ForecastT7, RatioT7, ColumnCount };

    explicit AccuracyModel(QObject *parent = nullptr);

    void setResult(const AccuracyResult &result, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    struct Line
    {
        FiscalPeriod period;
        AccuracyRow row;
    };
    std::vector<Line> m_lines;
    QString m_currency;
};

} // namespace dmc::ui
