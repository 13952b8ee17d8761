#include "DistrictComparisonModel.h"

#include "Format.h"

#include <QFont>

namespace dmc::ui {

DistrictComparisonModel::DistrictComparisonModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void DistrictComparisonModel::setComparison(const std::optional<DistrictComparison> &comparison)
{
    beginResetModel();
    m_rows = comparison ? comparison->rows : std::vector<DistrictComparison::Row>();
    m_median = comparison ? comparison->median : DistrictComparison::Values{};
    endResetModel();
}

const DistrictComparison::Values &DistrictComparisonModel::values(int row) const
{
    return isMedian(row) ? m_median : m_rows[size_t(row)].values;
}

int DistrictComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : int(m_rows.size()) + 1;
}

int DistrictComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistrictComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        if (index.column() == District)
            return isMedian(row) ? tr("Region median") : m_rows[size_t(row)].district;
        const auto metric = DistrictComparison::metrics[size_t(index.column() - Attainment)];
        const auto &value = values(row)[size_t(index.column() - Attainment)];
        return value ? DistrictComparison::show(metric, *value) : tr("none", "no value");
    }
    if (role == Qt::ToolTipRole && index.column() != District && !values(row)[size_t(index.column() - Attainment)])
        return tr("No value: WAPE needs the period closed, the cycle a won deal, the win rate a decided one, "
                  "attainment a quota, coverage a gap.");
    if (role == Qt::TextAlignmentRole && index.column() != District)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && isMedian(row)) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return {};
}

QVariant DistrictComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Coverage)
        return tr("Open pipeline over the gap at the period's first snapshot");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case District: return tr("District");
    case Attainment: return tr("Attainment");
    case Coverage: return tr("Coverage at the start");
    case WinRate: return tr("Win rate");
    case Cycle: return tr("Median cycle");
    case Wape: return tr("WAPE at T-14");
    case Exceptions: return tr("Exceptions");
    }
    return {};
}

SortKey DistrictComparisonModel::sortKey(int row, int column) const
{
    if (column == District)
        return double(row);
    const auto &value = values(row)[size_t(column - Attainment)];
    return value ? SortKey(*value) : SortKey();
}

std::vector<qint32> DistrictComparisonModel::dealsAt(int row, int column) const
{
    if (isMedian(row))
        return {};
    const DistrictComparison::Row &r = m_rows[size_t(row)];
    if (column == Cycle)
        return r.wonDeals;
    return merged(r.wonDeals, r.lostDeals);
}

QString DistrictComparisonModel::drillTitle(int row, int column) const
{
    if (isMedian(row))
        return {};
    const QString district = m_rows[size_t(row)].district;
    return column == Cycle ? tr("Won deals of %1").arg(district) : tr("Decided deals of %1").arg(district);
}

} // namespace dmc::ui
