#include "RampAttainmentModel.h"

#include "CapacityMonthModel.h"
#include "Format.h"

#include <QFont>

namespace dmc::ui {

RampAttainmentModel::RampAttainmentModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void RampAttainmentModel::setAttainment(const RampAttainment &ramp, const QString &currency)
{
    beginResetModel();
    m_ramp = ramp;
    m_currency = currency;
    endResetModel();
}

int RampAttainmentModel::rowCount(const QModelIndex &parent) const
{
    // The cohort row only under reps to read it against.
    return parent.isValid() || m_ramp.reps.empty() ? 0 : int(m_ramp.reps.size()) + 1;
}

int RampAttainmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonth + RampAttainment::MonthsShown;
}

QVariant RampAttainmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const size_t month = size_t(column - FirstMonth);
    if (isCohortRow(index.row())) {
        if (role == Qt::DisplayRole) {
            if (column == Rep)
                return tr("Cohort median");
            if (column >= FirstMonth && month < m_ramp.cohortMedian.size() && m_ramp.cohortMedian[month])
                return Format::percent(*m_ramp.cohortMedian[month]);
        }
        if (role == Qt::ToolTipRole && column >= FirstMonth && month < m_ramp.cohortSize.size())
            return tr("Median over %n rep(s) of the database in this tenure month", nullptr, m_ramp.cohortSize[month]);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    } else {
        const RampAttainment::Rep &rep = m_ramp.reps[size_t(index.row())];
        const std::optional<RampAttainment::Cell> *cell =
            column >= FirstMonth && month < rep.months.size() ? &rep.months[month] : nullptr;
        if (role == Qt::DisplayRole) {
            if (column == Rep)
                return rep.name;
            if (column == Start)
                return Format::date(rep.start);
            if (cell && *cell && (*cell)->attainment)
                return Format::percent(*(*cell)->attainment);
        }
        if (role == Qt::ToolTipRole && cell && *cell)
            return tr("%1: bookings %2 against a ramped quota of %3")
                .arg(CapacityMonthModel::monthLabel((*cell)->month), Format::money((*cell)->bookings, m_currency),
                     Format::money((*cell)->rampedQuota, m_currency));
    }
    if (role == Qt::TextAlignmentRole && column >= FirstMonth)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RampAttainmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= FirstMonth)
        return tr("Tenure month %1: bookings ÷ (monthly full quota × ramp percent)").arg(section - FirstMonth + 1);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rep: return tr("Rep");
    case Start: return tr("Ramp start");
    }
    return tr("M%1").arg(section - FirstMonth + 1);
}

SortKey RampAttainmentModel::sortKey(int row, int column) const
{
    // The cohort stays last whatever the sort: the proxy sorts rows, so it keys it past the ends.
    if (isCohortRow(row))
        return {};
    const RampAttainment::Rep &rep = m_ramp.reps[size_t(row)];
    if (column == Rep)
        return rep.name;
    if (column == Start)
        return double(rep.start.toJulianDay());
    const size_t month = size_t(column - FirstMonth);
    if (month < rep.months.size() && rep.months[month] && rep.months[month]->attainment)
        return *rep.months[month]->attainment;
    return {};
}

} // namespace dmc::ui
