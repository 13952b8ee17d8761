#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/DistrictComparison.h"

namespace dmc::ui {

// On a region scope, each district's attainment, coverage, win rate, cycle, WAPE and exception
// count, then the region's median; in the districts' order, never ranked.
class DistrictComparisonModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { District, Attainment, Coverage, WinRate, Cycle, Wape, Exceptions, ColumnCount };

    explicit DistrictComparisonModel(QObject *parent = nullptr);

    void setComparison(const std::optional<DistrictComparison> &comparison);
    bool isMedian(int row) const { return row == int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    const DistrictComparison::Values &values(int row) const;

    std::vector<DistrictComparison::Row> m_rows;
    DistrictComparison::Values m_median{};
};

} // namespace dmc::ui
