#include "RoleTaskModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"

namespace dmc::ui {

void RoleTaskModel::setReport(const PlaysReport &report)
{
    beginResetModel();
    m_roles.assign(report.tasks.roles.begin(), report.tasks.roles.end());
    m_chainDeals.clear();
    for (const RoleTasks &role : m_roles)
        m_chainDeals << (role.longestChain ? report.deals[size_t(role.longestChain->deal)].id : QString());
    if (report.tasks.tasks.empty()) {
        m_roles.clear();
        m_chainDeals.clear();
    }
    endResetModel();
}

void RoleTaskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RoleTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleTasks &r = m_roles[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Role: return PlaysText::role(r.role);
        case Open: return Format::number(r.open);
        case Overdue: return Format::number(r.overdue);
        case Chain:
            return r.longestChain ? tr("%1: %2").arg(m_chainDeals[index.row()], PlaysText::chain(*r.longestChain))
                                  : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Chain && r.longestChain)
        return r.longestChain->tasks.join(QStringLiteral(" → "));
    if (role == Qt::TextAlignmentRole && (index.column() == Open || index.column() == Overdue))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoleTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role: return tr("Role");
    case Open: return tr("Open tasks");
    case Overdue: return tr("Overdue");
    case Chain: return tr("Longest chain of open tasks");
    }
    return {};
}

} // namespace dmc::ui
