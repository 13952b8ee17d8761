#include "QueueRows.h"

#include "analytics/risk/RuleSet.h"
#include "analytics/text/TermLabels.h"
#include "workspace/DmActions.h"

#include <QStringList>

#include <future>
#include <utility>

namespace dmc::ui {

namespace {

// Below this many rows a second thread costs more than it saves.
constexpr size_t RowsWorthASecondCore = 2000;

// work(from, to) over [0, count), the second half on another thread.
template<class Work>
void inTwoHalves(size_t count, const Work &work)
{
    if (count < RowsWorthASecondCore) {
        work(size_t(0), count);
        return;
    }
    const size_t half = count / 2;
    auto second = std::async(std::launch::async, [&work, half, count] { work(half, count); });
    work(size_t(0), half);
    second.get();
}

void sizeCaches(QueueRows &rows, size_t count)
{
    rows.keys.resize(count);
    rows.ruleOrder.resize(count);
    rows.rowActions.resize(count);
    rows.search.resize(count);
}

// Each row's caches; two threads fill disjoint ranges and only read the actions.
void fillCaches(QueueRows &rows, size_t from, size_t to, const QStringList &ruleOrder)
{
    for (size_t i = from; i < to; ++i) {
        const RiskHit &hit = rows.hits[i];
        rows.keys[i] = DmActions::key(hit.opportunityId, hit.ruleId);
        const DealAction stored = std::as_const(rows.actions).value(rows.keys[i]);
        rows.ruleOrder[i] = int(ruleOrder.indexOf(hit.ruleId));
        rows.rowActions[i] = QueueRows::resolvedAction(hit, stored);
        rows.search[i] = QueueRows::searchText(hit, stored);
    }
}

} // namespace

QueueRows QueueRows::prepare(std::vector<RiskHit> &&hits, std::vector<RiskHit> &&snoozed,
                             QHash<QString, DealAction> actions)
{
    QueueRows rows;
    rows.actions = std::move(actions);
    rows.hits = std::move(hits);
    rows.visibleCount = int(rows.hits.size());
    rows.hits.insert(rows.hits.end(), std::make_move_iterator(snoozed.begin()), std::make_move_iterator(snoozed.end()));
    sizeCaches(rows, rows.hits.size());
    const QStringList order = RuleSet::ruleIds();
    inTwoHalves(rows.hits.size(), [&rows, &order](size_t from, size_t to) { fillCaches(rows, from, to, order); });
    return rows;
}

QueueRows QueueRows::prepare(std::span<const RiskHit> hits, std::span<const RiskHit> snoozed,
                             QHash<QString, DealAction> actions)
{
    QueueRows rows;
    rows.actions = std::move(actions);
    rows.visibleCount = int(hits.size());
    rows.hits.resize(hits.size() + snoozed.size());
    sizeCaches(rows, rows.hits.size());
    const QStringList order = RuleSet::ruleIds();
    inTwoHalves(rows.hits.size(), [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            rows.hits[i] = i < hits.size() ? hits[i] : snoozed[i - hits.size()];
        fillCaches(rows, from, to, order);
    });
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
