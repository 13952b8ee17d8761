#include "FollowUpModel.h"

#include "Format.h"

namespace dmc::ui {

FollowUpModel::FollowUpModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void FollowUpModel::setFollowUps(std::vector<FollowUpDue> followUps, QHash<QString, QString> repNames)
{
    beginResetModel();
    m_followUps = std::move(followUps);
    m_repNames = std::move(repNames);
    endResetModel();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpDue &item = m_followUps[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Due: return Format::date(item.dueDate);
        case Rep: return m_repNames.value(item.repId, item.repId);
        case Deal:
            // The deal's name, as the queue shows it; its id when the data no longer holds it.
            if (role == Qt::ToolTipRole || item.opportunityName.isEmpty())
                return item.opportunityId;
            return item.opportunityName;
        case Text: return item.text;
        case Owner: return item.owner;
        }
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case Rep: return tr("Rep");
    case Deal: return tr("Deal");
    case Text: return tr("Follow-up");
    case Owner: return tr("Owner");
    }
    return {};
}

SortKey FollowUpModel::sortKey(int row, int column) const
{
    const FollowUpDue &item = m_followUps[size_t(row)];
    switch (column) {
    case Due: return item.dueDate.isValid() ? SortKey(double(item.dueDate.toJulianDay())) : SortKey();
    case Rep: return m_repNames.value(item.repId, item.repId);
    case Deal: return item.opportunityName.isEmpty() ? item.opportunityId : item.opportunityName;
    case Text: return item.text;
    case Owner: return item.owner;
    }
    return {};
}

} // namespace dmc::ui
