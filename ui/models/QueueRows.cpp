#include "QueueRows.h"

#include "analytics/risk/RuleSet.h"
#include "analytics/text/TermLabels.h"
#include "workspace/DmActions.h"

#include <QStringList>

namespace dmc::ui {

QueueRows QueueRows::prepare(std::vector<RiskHit> hits, std::vector<RiskHit> snoozed,
                             QHash<QString, DealAction> actions)
{
    QueueRows rows;
    rows.actions = std::move(actions);
    rows.hits = std::move(hits);
    rows.visibleCount = int(rows.hits.size());
    rows.hits.insert(rows.hits.end(), std::make_move_iterator(snoozed.begin()), std::make_move_iterator(snoozed.end()));
    const QStringList order = RuleSet::ruleIds();
    const size_t count = rows.hits.size();
    rows.keys.reserve(count);
    rows.ruleOrder.reserve(count);
    rows.rowActions.reserve(count);
    rows.search.reserve(count);
    for (const RiskHit &hit : rows.hits) {
        rows.keys.push_back(DmActions::key(hit.opportunityId, hit.ruleId));
        const DealAction stored = rows.actions.value(rows.keys.back());
        rows.ruleOrder.push_back(int(order.indexOf(hit.ruleId)));
        rows.rowActions.push_back(resolvedAction(hit, stored));
        rows.search.push_back(searchText(hit, stored));
    }
    return rows;
}

DealAction QueueRows::resolvedAction(const RiskHit &hit, const DealAction &stored)
{
    DealAction action = stored;
    if (hit.snoozed && action.status != DealAction::Status::Snoozed) {
        action.status = DealAction::Status::Snoozed;
        action.snoozeUntil = hit.snoozedUntil;
        action.snoozeReason = hit.snoozeReason;
    }
    return action;
}

QString QueueRows::searchText(const RiskHit &hit, const DealAction &stored)
{
    return QStringList{hit.repName,
                       hit.opportunityName,
                       hit.opportunityId,
                       hit.accountName,
                       RuleSet::displayName(hit.ruleId),
                       hit.text,
                       hit.stage,
                       TermLabels::stage(hit.stage),
                       stored.note,
                       stored.followUpText}
        .join(QLatin1Char('\n'))
        .toLower();
}

} // namespace dmc::ui
