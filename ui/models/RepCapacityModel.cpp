#include "RepCapacityModel.h"

#include "CapacityMonthModel.h"
#include "Format.h"
#include "analytics/text/TextFormat.h"

namespace dmc::ui {

RepCapacityModel::RepCapacityModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void RepCapacityModel::setPlan(const CapacityPlan &plan, const QString &currency)
{
    beginResetModel();
    m_plan = plan;
    m_currency = currency;
    endResetModel();
}

void RepCapacityModel::clear()
{
    setPlan({}, {});
}

int RepCapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.reps.size());
}

int RepCapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RepCapacityModel::change(const CapacityPlan::Rep &rep) const
{
    if (rep.assumed && rep.id.isEmpty())
        return tr("hire of the set from %1").arg(Format::date(rep.start));
    if (rep.assumed)
        return tr("leaves in the set on %1").arg(Format::date(rep.end));
    if (rep.end.isValid())
        return tr("leaves on %1").arg(Format::date(rep.end));
    if (rep.planned)
        return tr("planned hire from %1").arg(Format::date(rep.start));
    return {};
}

// The period's three months: "50% · 75% · 100%", a dash where the rep is not employed.
QString RepCapacityModel::ramps(const CapacityPlan::Rep &rep) const
{
    QStringList parts;
    for (size_t m = 0; m < m_plan.months.size() && m < rep.months.size(); ++m) {
        if (m_plan.months[m].periodIndex != 0)
            continue;
        const CapacityPlan::RepMonth &cell = rep.months[m];
        parts << (cell.employed ? Format::percent(cell.ramp) : QStringLiteral("–"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString RepCapacityModel::quotaNote(const CapacityPlan::Rep &rep) const
{
    switch (rep.quotaSource[0]) {
    case CapacityPlan::QuotaSource::Own: return tr("the rep's own quota of the period");
    case CapacityPlan::QuotaSource::RoleMedian: return tr("no quota of the rep's own: the median quota of the role");
    case CapacityPlan::QuotaSource::Assumed: return tr("the quota given in the assumption set");
    case CapacityPlan::QuotaSource::None: return tr("no quota: neither the rep's own nor one of the role");
    }
    return {};
}

QVariant RepCapacityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityPlan::Rep &r = rep(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rep: return r.name;
        case Role: return r.role;
        case Start: return Format::date(r.start);
        case Change: return change(r);
        case FullQuota:
            return r.quotaSource[0] == CapacityPlan::QuotaSource::None ? QString()
                                                                       : Format::money(r.fullQuota[0], m_currency);
        case Ramp: return ramps(r);
        case Fre: return TextFormat::decimal(r.fre, 2);
        case Capacity: return Format::money(r.capacity, m_currency);
        case RampLoss: return Format::money(r.rampLoss, m_currency);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FullQuota)
            return quotaNote(r);
        if (index.column() == Ramp) {
            QStringList lines;
            for (size_t m = 0; m < m_plan.months.size() && m < r.months.size(); ++m) {
                if (m_plan.months[m].periodIndex != 0)
                    continue;
                const CapacityPlan::RepMonth &cell = r.months[m];
                const QString month = CapacityMonthModel::monthLabel(m_plan.months[m].month);
                if (!cell.employed)
                    lines << tr("%1: not employed").arg(month);
                else if (cell.tenure < 0)
                    lines << tr("%1: no ramp start, counted as fully ramped").arg(month);
                else
                    lines << tr("%1: tenure month %2, %3 of full quota")
                                 .arg(month)
                                 .arg(cell.tenure)
                                 .arg(Format::percent(cell.ramp));
            }
            return lines.join(u'\n');
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= FullQuota)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RepCapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Ramp: return tr("The ramp percent of each month of the period by tenure month");
        case Fre: return tr("Fully ramped equivalents: the ramp percents of the months employed ÷ 3");
        case Capacity: return tr("Full quota ÷ 3 × ramp percent × attainment factor, summed over the months");
        case RampLoss: return tr("Full quota ÷ 3 × (1 − ramp percent), summed over the months");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rep: return tr("Rep");
    case Role: return tr("Role");
    case Start: return tr("Ramp start");
    case Change: return tr("Hire or leaver");
    case FullQuota: return tr("Full quota");
    case Ramp: return tr("Ramp by month");
    case Fre: return tr("FRE");
    case Capacity: return tr("Ramped capacity");
    case RampLoss: return tr("Ramp loss");
    }
    return {};
}

SortKey RepCapacityModel::sortKey(int row, int column) const
{
    const CapacityPlan::Rep &r = rep(row);
    switch (column) {
    case Rep: return r.name;
    case Role: return r.role;
    case Start: return r.start.isValid() ? SortKey(double(r.start.toJulianDay())) : SortKey();
    case Change: return change(r);
    case FullQuota: return double(r.fullQuota[0]);
    case Ramp:
    case Fre: return r.fre;
    case Capacity: return double(r.capacity);
    case RampLoss: return double(r.rampLoss);
    }
    return {};
}

} // namespace dmc::ui
