#pragma once

#include "SortableTableModel.h"
#include "analytics/insights/Insight.h"

#include <vector>

namespace dmc::ui {

// The insights as a table in list order: state, kind, a small chart, the descriptive text, the
// amount at stake and when it shows. A row's insight (chart, baseline, deals) is read through
// insight(); nothing is computed here, the rows are InsightsSession's results as they are.
class InsightModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { State, Kind, Chart, Text, Stake, When, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int ChartRole = Qt::UserRole + 2; // the row's InsightChart (InsightChartDelegate)

    explicit InsightModel(QObject *parent = nullptr);

    void setInsights(const std::vector<Insight> &insights, const QString &currency);
    const std::vector<Insight> &insights() const { return m_insights; }
    const Insight &insight(int row) const { return m_insights[size_t(row)]; }
    int rowOf(const QString &key) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    std::vector<Insight> m_insights;
    QString m_currency;
};

} // namespace dmc::ui

Q_DECLARE_METATYPE(dmc::InsightChart)
