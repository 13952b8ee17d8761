#include "InspectionQueueProxy.h"

#include "InspectionQueueModel.h"

namespace dmc::ui {

InspectionQueueProxy::InspectionQueueProxy(QObject *parent)
    : TypedSortProxy(parent)
{
}

void InspectionQueueProxy::setSourceModel(QAbstractItemModel *model)
{
    m_queue = qobject_cast<InspectionQueueModel *>(model);
    TypedSortProxy::setSourceModel(model);
}

void InspectionQueueProxy::setHiddenRules(const QSet<QString> &rules)
{
    m_hiddenRules = rules;
    invalidate();
}

void InspectionQueueProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidate();
}

void InspectionQueueProxy::setDealFilter(std::optional<QSet<qint32>> deals)
{
    m_deals = std::move(deals);
    invalidate();
}

void InspectionQueueProxy::setShowSnoozed(bool show)
{
    m_showSnoozed = show;
    invalidate();
}

void InspectionQueueProxy::setShowReviewed(bool show)
{
    m_showReviewed = show;
    invalidate();
}

void InspectionQueueProxy::setGroupBy(GroupBy group)
{
    m_groupBy = group;
    invalidate();
}

bool InspectionQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_queue || sourceParent.isValid())
        return true;
    const RiskHit &hit = m_queue->hit(sourceRow);
    // A drill-down lists every row of the deals behind the number, snoozed and reviewed hits
    // and deals without a hit included; only the search narrows it.
    if (m_deals) {
        if (!m_deals->contains(hit.opportunity))
            return false;
        return m_needle.isEmpty() || m_queue->searchText(sourceRow).contains(m_needle);
    }
    if (m_queue->isDealRow(sourceRow))
        return false;
    if (!m_hiddenRules.isEmpty() && m_hiddenRules.contains(hit.ruleId))
        return false;
    if (m_queue->isSnoozed(sourceRow) && !m_showSnoozed)
        return false;
    if (!m_showReviewed || !m_showSnoozed) {
        const DealAction::Status status = m_queue->action(sourceRow).status;
        if (status == DealAction::Status::Reviewed && !m_showReviewed)
            return false;
        if (status == DealAction::Status::Snoozed && !m_showSnoozed)
            return false;
    }
    return m_needle.isEmpty() || m_queue->searchText(sourceRow).contains(m_needle);
}

bool InspectionQueueProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_queue && m_groupBy != GroupBy::None) {
        // The group is the first key, in the same direction as the sort so groups stay together.
        const int a = left.row();
        const int b = right.row();
        if (m_groupBy == GroupBy::Rep) {
            const QString &x = m_queue->hit(a).repName;
            const QString &y = m_queue->hit(b).repName;
            if (x != y)
                return (QString::localeAwareCompare(x, y) < 0) == (sortOrder() == Qt::AscendingOrder);
        } else if (m_queue->ruleOrder(a) != m_queue->ruleOrder(b)) {
            return (m_queue->ruleOrder(a) < m_queue->ruleOrder(b)) == (sortOrder() == Qt::AscendingOrder);
        }
    }
    return TypedSortProxy::lessThan(left, right);
}

} // namespace dmc::ui
