#include "RiskEngine.h"

#include "DealRow.h"
#include "RiskAvailability.h"
#include "RiskDescriber.h"
#include "RiskEvaluators.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/dataset/QualificationHistory.h"

#include <QHash>

#include <algorithm>

namespace dmc {

namespace risk {

Evaluator evaluatorFor(const QString &id)
{
    static const std::pair<const char *, Evaluator> table[] = {
        {"stale_stage", &staleStage},
        {"close_date_pushed", &closeDatePushed},
        {"past_close_date", &pastCloseDate},
        {"commit_without_champion_or_eb", &commitWithoutChampionOrEb},
        {"paper_process_unmapped", &paperProcessUnmapped},
        {"security_review_not_started", &securityReviewNotStarted},
        {"poc_overrun_or_idle", &pocOverrunOrIdle},
        {"poc_started_without_dor", &pocStartedWithoutDor},
        {"poc_past_planned_end", &pocPastPlannedEnd},
        {"poc_no_check_in", &pocNoCheckIn},
        {"poc_criteria_changed", &pocCriteriaChanged},
        {"play_step_past_stage", &playStepPastStage},
        {"compliance_not_started", &complianceNotStarted},
        {"partner_task_overdue", &partnerTaskOverdue},
        {"renewal_health", &renewalHealth},
        {"no_recent_activity", &noRecentActivity},
        {"amount_dropped", &amountDropped},
        {"meddpicc_incomplete", &meddpiccIncomplete},
        {"early_stage_commit", &earlyStageCommit},
    };
    for (const auto &[key, evaluator] : table)
        if (id == QLatin1String(key))
            return evaluator;
    return nullptr;
}

} // namespace risk

RiskEngine::RiskEngine(const Dataset &dataset, const RuleSet &rules, const PocChecklist &checklist)
    : m_dataset(dataset)
    , m_rules(rules)
    , m_checklist(checklist)
{
}

namespace {

struct ActiveRule
{
    QString id;
    risk::Evaluator evaluator;
    int order;
};

// The enabled rules (or just `onlyRule`) that the data can feed, in rule order.
std::vector<ActiveRule> activeRules(const RuleSet &rules, const QString &onlyRule,
                                    const std::vector<RiskUnavailable> &unavailable)
{
    const auto isUnavailable = [&](const QString &id) {
        return std::any_of(unavailable.begin(), unavailable.end(),
                           [&](const RiskUnavailable &missing) { return missing.ruleId == id; });
    };
    std::vector<ActiveRule> active;
    const QStringList ids = RuleSet::ruleIds();
    for (int i = 0; i < ids.size(); ++i) {
        if (!rules.isEnabled(ids[i]) || (!onlyRule.isEmpty() && onlyRule != ids[i]) || isUnavailable(ids[i]))
            continue;
        if (auto evaluator = risk::evaluatorFor(ids[i]))
            active.push_back({ids[i], evaluator, i});
    }
    return active;
}

// Calls onHit(row, rule, hit, snooze) for each hit of `active` on the scope's open deals at the
// snapshot `dateIndex`; `snooze` is the longest-running one hiding the hit, or nullptr.
template<class OnHit>
void forEachHit(const Dataset &data, const RuleSet &rules, const PocChecklist &checklist, int dateIndex,
                const Scope &scope, std::span<const RiskSnooze> snoozes, const std::vector<ActiveRule> &active,
                OnHit &&onHit)
{
    const QDate asOf = data.snapshotDate(dateIndex);
    // Snoozes by deal id, keeping only those still running at the as-of.
    QHash<QString, std::vector<const RiskSnooze *>> snoozesByDeal;
    for (const RiskSnooze &snooze : snoozes)
        if (snooze.until.isValid() && asOf <= snooze.until)
            snoozesByDeal[snooze.opportunityId].push_back(&snooze);

    const std::vector<bool> mask = data.scopeMask(scope);
    const DayNumber asOfDay = data.snapshotDay(dateIndex);
    // The filters read the qualification fields as they were at the as-of (the latest record
    // unless a value changed after it: one comparison a deal at the latest snapshot).
    const QualificationHistory &qualification = data.qualificationHistory();
    Opportunity asOfRecord;
    HistoryPassPaging paging(data); // the rows of one date ascend by deal
    for (const SnapshotRecord &row : data.rowsAt(dateIndex)) {
        if (row.owner < 0 || !mask[size_t(row.owner)] || !data.isOpen(row))
            continue;
        paging.nextDeal();
        const std::span<const quint32> history = historyUpTo(data, row.opportunity, dateIndex);
        const Opportunity &opportunity =
            qualification.opportunityAsOf(data.opportunity(row.opportunity), row.opportunity, asOfDay, asOfRecord);
        const RiskContext context{data, rules, dateIndex, asOf, asOfDay, row, opportunity, history, checklist};
        const auto snoozeList = snoozesByDeal.constFind(opportunity.id);

        for (const ActiveRule &rule : active) {
            RiskHit hit;
            if (!rule.evaluator(context, hit))
                continue;
            const RiskSnooze *snooze = nullptr;
            if (snoozeList != snoozesByDeal.constEnd()) {
                for (const RiskSnooze *candidate : *snoozeList)
                    if (candidate->hides(opportunity.id, rule.id, asOf)
                        && (!snooze || candidate->until > snooze->until))
                        snooze = candidate;
            }
            onHit(row, rule, std::move(hit), snooze);
        }
    }
}

} // namespace

RiskResult RiskEngine::evaluate(const QDate &asOf, const Scope &scope, std::span<const RiskSnooze> snoozes,
                                const QString &onlyRule) const
{
    const Dataset &data = m_dataset;
    RiskResult result;
    result.scope = scope;
    result.reportingCurrency = data.reportingCurrency();
    result.countsPerRep.assign(data.reps().size(), 0);
    for (RiskUnavailable &missing : RiskAvailability::unavailable(m_rules, data))
        if (onlyRule.isEmpty() || onlyRule == missing.ruleId)
            result.unavailable.push_back(std::move(missing));
    const int dateIndex = data.latestSnapshotOnOrBefore(asOf);
    if (dateIndex < 0)
        return result;
    result.asOf = data.snapshotDate(dateIndex);
    const std::vector<ActiveRule> active = activeRules(m_rules, onlyRule, result.unavailable);
    forEachHit(data, m_rules, m_checklist, dateIndex, scope, snoozes, active,
               [&](const SnapshotRecord &row, const ActiveRule &rule, RiskHit &&hit, const RiskSnooze *snooze) {
                   hit.ruleId = rule.id;
                   DealRow::fill(hit, data, row, result.asOf);
                   std::sort(hit.snapshots.begin(), hit.snapshots.end());
                   hit.snapshots.erase(std::unique(hit.snapshots.begin(), hit.snapshots.end()), hit.snapshots.end());
                   hit.text = RiskDescriber::describe(hit, result.reportingCurrency);
                   if (snooze) {
                       hit.snoozed = true;
                       hit.snoozedUntil = snooze->until;
                       hit.snoozeReason = snooze->reason;
                       result.snoozed.push_back(std::move(hit));
                   } else {
                       ++result.countsPerRep[size_t(row.owner)];
                       result.hits.push_back(std::move(hit));
                   }
               });

    QHash<QString, int> order;
    for (const ActiveRule &rule : active)
        order.insert(rule.id, rule.order);
    auto byRepRuleAmount = [&](const RiskHit &a, const RiskHit &b) {
        if (a.repName != b.repName)
            return a.repName < b.repName;
        if (a.repId != b.repId)
            return a.repId < b.repId;
        const int ra = order.value(a.ruleId), rb = order.value(b.ruleId);
        if (ra != rb)
            return ra < rb;
        if (a.amount != b.amount)
            return a.amount > b.amount;
        return a.opportunityId < b.opportunityId;
    };
    std::sort(result.hits.begin(), result.hits.end(), byRepRuleAmount);
    std::sort(result.snoozed.begin(), result.snoozed.end(), byRepRuleAmount);
    return result;
}

RiskCounts RiskEngine::count(const QDate &asOf, const Scope &scope, std::span<const RiskSnooze> snoozes) const
{
    const Dataset &data = m_dataset;
    RiskCounts counts;
    counts.perRep.assign(data.reps().size(), 0);
    const int dateIndex = data.latestSnapshotOnOrBefore(asOf);
    if (dateIndex < 0)
        return counts;
    const std::vector<ActiveRule> active = activeRules(m_rules, {}, RiskAvailability::unavailable(m_rules, data));
    forEachHit(data, m_rules, m_checklist, dateIndex, scope, snoozes, active,
               [&](const SnapshotRecord &row, const ActiveRule &, RiskHit &&, const RiskSnooze *snooze) {
                   if (snooze)
                       return;
                   ++counts.perRep[size_t(row.owner)];
                   ++counts.visible;
               });
    return counts;
}

} // namespace dmc
