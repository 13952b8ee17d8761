#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/AccuracyTrend.h"

namespace dmc::ui {

// WAPE at T-14 and T-7 and the slip rate of the scope's last closed periods, oldest first.
class AccuracyTrendModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Period, WapeT14, WapeT7, SlipT14, SlipT7, CommitT14, ColumnCount };

    explicit AccuracyTrendModel(QObject *parent = nullptr);

    void setTrend(const AccuracyTrend &trend, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    std::optional<double> share(int row, int column) const;

    std::vector<AccuracyPeriod> m_periods;
    QString m_currency;
};

} // namespace dmc::ui
