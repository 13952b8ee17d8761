#include "InspectionQueueModel.h"

#include "Format.h"
#include "analytics/risk/RuleSet.h"
#include "workspace/DmActions.h"
#include "analytics/text/TermLabels.h"

#include <QColor>
#include <QFont>

namespace dmc::ui {

InspectionQueueModel::InspectionQueueModel(QObject *parent)
    : SortableTableModel(parent)
{
}

QString InspectionQueueModel::statusName(DealAction::Status status)
{
    switch (status) {
    case DealAction::Status::Open: return tr("Open");
    case DealAction::Status::Reviewed: return tr("Reviewed");
    case DealAction::Status::Snoozed: return tr("Snoozed");
    }
    return {};
}

void InspectionQueueModel::setHits(std::vector<RiskHit> hits, std::vector<RiskHit> snoozed, const QString &currency,
                                   QHash<QString, DealAction> actions)
{
    setRows(QueueRows::prepare(std::move(hits), std::move(snoozed), std::move(actions)), currency);
}

void InspectionQueueModel::setRows(QueueRows rows, const QString &currency)
{
    beginResetModel();
    m_actions = std::move(rows.actions);
    m_hits = std::move(rows.hits);
    m_visibleCount = rows.visibleCount;
    m_dealRowStart = int(m_hits.size());
    m_keys = std::move(rows.keys);
    m_ruleOrder = std::move(rows.ruleOrder);
    m_rowActions = std::move(rows.rowActions);
    m_search = std::move(rows.search);
    m_currency = currency;
    endResetModel();
}

void InspectionQueueModel::setDealRows(std::vector<RiskHit> rows)
{
    if (rows.empty() && dealRowCount() == 0)
        return;
    beginResetModel();
    m_hits.erase(m_hits.begin() + m_dealRowStart, m_hits.end());
    m_hits.insert(m_hits.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    indexDealRows();
    endResetModel();
}

// The per-row caches (action key, rule order, resolved action, search text) of the drilled deals'
// rows; the hits' come prepared (QueueRows::prepare).
void InspectionQueueModel::indexDealRows()
{
    const int ruleCount = int(RuleSet::ruleIds().size());
    m_ruleOrder.resize(m_hits.size());
    m_search.resize(m_hits.size());
    m_rowActions.resize(m_hits.size());
    m_keys.resize(m_hits.size());
    for (int row = m_dealRowStart; row < int(m_hits.size()); ++row) {
        m_keys[size_t(row)] = DmActions::key(m_hits[size_t(row)].opportunityId, m_hits[size_t(row)].ruleId);
        m_ruleOrder[size_t(row)] = ruleCount; // a deal without a hit sorts after every rule
        m_rowActions[size_t(row)] = resolveAction(row);
        rebuildSearch(row);
    }
}

void InspectionQueueModel::setActions(QHash<QString, DealAction> actions)
{
    m_actions = std::move(actions);
    for (int row = 0; row < int(m_hits.size()); ++row) {
        m_rowActions[size_t(row)] = resolveAction(row);
        rebuildSearch(row);
    }
    if (!m_hits.empty())
        emit dataChanged(index(0, Status), index(rowCount() - 1, FollowUp));
}

void InspectionQueueModel::setAction(const QString &opportunityId, const QString &ruleId, const DealAction &action)
{
    m_actions.insert(DmActions::key(opportunityId, ruleId), action);
    for (int row = 0; row < int(m_hits.size()); ++row) {
        const RiskHit &hit = m_hits[size_t(row)];
        if (hit.opportunityId == opportunityId && hit.ruleId == ruleId) {
            m_rowActions[size_t(row)] = resolveAction(row);
            rebuildSearch(row);
            emit dataChanged(index(row, Status), index(row, FollowUp));
        }
    }
}

DealAction InspectionQueueModel::action(int row) const
{
    return m_rowActions[size_t(row)];
}

DealAction InspectionQueueModel::resolveAction(int row) const
{
    return QueueRows::resolvedAction(m_hits[size_t(row)], m_actions.value(m_keys[size_t(row)]));
}

void InspectionQueueModel::rebuildSearch(int row)
{
    m_search[size_t(row)] = QueueRows::searchText(m_hits[size_t(row)], m_actions.value(m_keys[size_t(row)]));
}

int InspectionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int InspectionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskHit &hit = m_hits[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rep: return hit.repName;
        case Deal: return hit.opportunityName;
        case Account: return hit.accountName;
        case Amount: return Format::money(hit.amount, m_currency);
        case CloseDate: return Format::date(hit.closeDate);
        case Category: return forecastCategoryName(hit.category);
        case Stage: return TermLabels::stage(hit.stage);
        case Rule: return isDealRow(index.row()) ? tr("No filter hit") : RuleSet::displayName(hit.ruleId);
        case Evidence:
            return isDealRow(index.row()) ? tr("No risk filter matches this deal at this as-of date.") : hit.text;
        case Status: {
            const DealAction a = action(index.row());
            return a.status == DealAction::Status::Snoozed && a.snoozeUntil.isValid()
                ? tr("Snoozed until %1").arg(Format::date(a.snoozeUntil))
                : statusName(a.status);
        }
        case Note: return action(index.row()).note;
        case FollowUp: {
            const DealAction a = action(index.row());
            if (!a.followUpDue.isValid())
                return QString();
            return a.followUpText.isEmpty() ? Format::date(a.followUpDue)
                                            : tr("%1: %2").arg(Format::date(a.followUpDue), a.followUpText);
        }
        }
    }
    if (role == Qt::EditRole) {
        const DealAction a = action(index.row());
        switch (index.column()) {
        case Status: return int(a.status);
        case Note: return a.note;
        case FollowUp: return a.followUpDue.isValid() ? a.followUpDue : QDate::currentDate().addDays(7);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Evidence)
            return data(index, Qt::DisplayRole);
        if (index.column() == Status) {
            const DealAction a = action(index.row());
            if (a.status == DealAction::Status::Snoozed && !a.snoozeReason.isEmpty())
                return tr("Snoozed: %1").arg(a.snoozeReason);
            return tr("Double-click or F2 to set open / reviewed / snoozed");
        }
        if (index.column() == Note)
            return action(index.row()).note.isEmpty() ? tr("Double-click or F2 to add a note")
                                                      : action(index.row()).note;
        if (index.column() == FollowUp)
            return tr("Double-click or F2 to set a follow-up date");
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const DealAction::Status status = action(index.row()).status;
        if (status != DealAction::Status::Open)
            return QColor(0x8a, 0x94, 0xa3); // handled this week: greyed, still listed
    }
    return {};
}

bool InspectionQueueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const RiskHit &hit = m_hits[size_t(index.row())];
    DealAction edited = m_actions.value(DmActions::key(hit.opportunityId, hit.ruleId));
    switch (index.column()) {
    case Status: {
        const int status = value.toInt();
        if (status < 0 || status > int(DealAction::Status::Snoozed))
            return false;
        edited.status = static_cast<DealAction::Status>(status);
        if (edited.status == DealAction::Status::Snoozed && !edited.snoozeUntil.isValid())
            edited.snoozeUntil = hit.asOf.addDays(14);
        if (edited.status != DealAction::Status::Snoozed) {
            edited.snoozeUntil = {};
            edited.snoozeReason.clear();
        }
        break;
    }
    case Note: edited.note = value.toString().trimmed(); break;
    case FollowUp: edited.followUpDue = value.toDate(); break;
    default: return false;
    }
    if (edited == m_actions.value(DmActions::key(hit.opportunityId, hit.ruleId)))
        return false;
    // DmActions stores the edit and calls setAction() when it is saved.
    emit actionEdited(hit.opportunityId, hit.ruleId, edited);
    return true;
}

Qt::ItemFlags InspectionQueueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SortableTableModel::flags(index);
    if (m_editable && index.isValid()
        && (index.column() == Status || index.column() == Note || index.column() == FollowUp))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant InspectionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rep: return tr("Rep");
    case Deal: return tr("Deal");
    case Account: return tr("Account");
    case Amount: return tr("Amount");
    case CloseDate: return tr("Close date");
    case Category: return tr("Category");
    case Stage: return tr("Stage");
    case Rule: return tr("Filter");
    case Evidence: return tr("Evidence");
    case Status: return tr("Status");
    case Note: return tr("Note");
    case FollowUp: return tr("Follow-up");
    }
    return {};
}

SortKey InspectionQueueModel::sortKey(int row, int column) const
{
    const RiskHit &hit = m_hits[size_t(row)];
    switch (column) {
    case Rep: return hit.repName;
    case Deal: return hit.opportunityName;
    case Account: return hit.accountName;
    case Amount: return double(hit.amount);
    case CloseDate: return hit.closeDate.isValid() ? SortKey(double(hit.closeDate.toJulianDay())) : SortKey();
    case Category: return double(hit.category);
    case Stage: return TermLabels::stage(hit.stage);
    case Rule: return double(m_ruleOrder[size_t(row)]);
    case Evidence: return hit.text;
    case Status: return double(action(row).status);
    case Note: return action(row).note.isEmpty() ? SortKey() : SortKey(action(row).note);
    case FollowUp: {
        const QDate due = action(row).followUpDue;
        return due.isValid() ? SortKey(double(due.toJulianDay())) : SortKey();
    }
    }
    return {};
}

} // namespace dmc::ui
