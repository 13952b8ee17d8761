#pragma once

#include "analytics/risk/RiskHit.h"
#include "workspace/DealAction.h"

#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace dmc::ui {

// The inspection queue's rows with the caches its model keeps per row: the hits, then the snoozed
// ones, each with its DmActions::key(), its rule's place in the rule list, the DM's action with the
// hit's snooze applied and its search text. prepare() reads no model and no widget, so the window
// builds them on its worker beside the exceptions (26k rows took a fifth of a second on the GUI
// thread) and the model takes them whole (InspectionQueueModel::setRows).
struct QueueRows
{
    std::vector<RiskHit> hits;
    int visibleCount = 0; // the hits before the snoozed ones
    std::vector<QString> keys;
    std::vector<int> ruleOrder;
    std::vector<DealAction> rowActions;
    std::vector<QString> search;
    QHash<QString, DealAction> actions; // the DM's actions by DmActions::key(), as they were read

    // The hits taken whole (the model's own setHits).
    static QueueRows prepare(std::vector<RiskHit> &&hits, std::vector<RiskHit> &&snoozed,
                             QHash<QString, DealAction> actions);
    // The hits copied, for a caller that keeps its own (the window's worker: the cockpit reads
    // the same hits). Above a few thousand rows both this copy and the caches are made in two
    // halves on two cores: 26k rows took 0.2 s on one.
    static QueueRows prepare(std::span<const RiskHit> hits, std::span<const RiskHit> snoozed,
                             QHash<QString, DealAction> actions);

    // The stored action of a hit with its snooze applied (a snoozed hit shows as Snoozed).
    static DealAction resolvedAction(const RiskHit &hit, const DealAction &stored);
    // Lower-case text the search box matches: rep, deal, id, account, rule, evidence, stage (as
    // the CRM and the glossary name it), note, follow-up.
    static QString searchText(const RiskHit &hit, const DealAction &stored);
};

} // namespace dmc::ui
