#include "DealBrief.h"

#include "analytics/engine/Engine.h"
#include "export/agenda/AgendaRisks.h"

#include <algorithm>

namespace dmc {

namespace {

QString repName(const Dataset &dataset, qint32 rep)
{
    return rep >= 0 && size_t(rep) < dataset.reps().size() ? dataset.reps()[size_t(rep)].rep.name : QString();
}

QDate dayDate(DayNumber day)
{
    return day != NoDay ? QDate::fromJulianDay(day) : QDate();
}

} // namespace

DealBrief DealBrief::build(const Engine &engine, const QDate &asOf, qint32 opportunity,
                           const std::vector<DmAction> &actions)
{
    const Dataset &dataset = engine.dataset();
    const Opportunity &deal = dataset.opportunity(opportunity);
    DealBrief brief;
    brief.opportunityId = deal.id;
    brief.name = deal.name;
    brief.accountId = deal.accountId;
    brief.asOf = asOf;
    brief.currency = dataset.reportingCurrency();
    const qint32 account = dataset.opportunityAccount(opportunity);
    if (account >= 0) {
        const Account &a = dataset.accounts()[size_t(account)];
        brief.accountName = a.name;
        brief.renewalDate = a.renewalDate;
        brief.arr = dataset.accountArr(account);
        brief.executiveSponsor = a.executiveSponsor;
        brief.health = HealthTrend::of(dataset.healthOf(account), asOf, 30);
    }

    // The latest import's values, replaced by the as-of snapshot's where it holds the deal.
    qint32 owner = dataset.opportunityOwner(opportunity);
    brief.type = deal.type;
    brief.stage = deal.stage;
    brief.category = deal.category;
    if (deal.amount)
        brief.amount = dataset.opportunityAmount(opportunity);
    brief.closeDate = deal.closeDate;
    brief.stageEnteredDate = deal.stageEnteredDate;
    brief.lastActivityDate = deal.lastActivityDate;
    const int asOfIndex = dataset.latestSnapshotOnOrBefore(asOf);
    if (const SnapshotRecord *row = asOfIndex >= 0 ? dataset.rowOf(asOfIndex, opportunity) : nullptr) {
        brief.inSnapshot = true;
        owner = row->owner;
        brief.stage = dataset.stages()[row->stage].name;
        brief.category = row->category();
        brief.amount = row->hasAmount() ? std::optional<Cents>(row->amount) : std::nullopt;
        brief.closeDate = dayDate(row->closeDay);
        if (row->stageEnteredDay != NoDay)
            brief.stageEnteredDate = dayDate(row->stageEnteredDay);
        if (row->lastActivityDay != NoDay)
            brief.lastActivityDate = dayDate(row->lastActivityDay);
    }
    brief.owner = owner >= 0 ? repName(dataset, owner) : deal.ownerId;
    brief.district = owner >= 0 ? dataset.districtOf(owner) : QString();
    brief.createdDate = deal.createdDate;
    if (deal.createdDate.isValid() && deal.createdDate <= asOf)
        brief.ageDays = int(deal.createdDate.daysTo(asOf));
    if (brief.stageEnteredDate.isValid() && brief.stageEnteredDate <= asOf)
        brief.daysInStage = int(brief.stageEnteredDate.daysTo(asOf));
    brief.nextStep = deal.nextStep;
    brief.source = deal.source;
    brief.partner = deal.partner;
    brief.lossReason = deal.lossReason;
    brief.competitor = deal.competitor;
    brief.meddpicc = deal.meddpicc;
    brief.poc = deal.poc;
    brief.securityReview = deal.securityReview;
    brief.legalReview = deal.legalReview;

    // History: the snapshots up to the as-of where a field changed, and the first one.
    const SnapshotRecord *before = nullptr;
    for (const quint32 index : dataset.historyOf(opportunity)) {
        const SnapshotRecord &row = dataset.rows()[index];
        if (dataset.snapshotDate(row.dateIndex) > asOf)
            break;
        Step step;
        step.snapshot = dataset.snapshotDate(row.dateIndex);
        step.stage = dataset.stages()[row.stage].name;
        step.category = row.category();
        if (row.hasAmount())
            step.amount = row.amount;
        step.closeDate = dayDate(row.closeDay);
        step.owner = repName(dataset, row.owner);
        if (!before) {
            step.first = true;
        } else {
            step.stageChanged = row.stage != before->stage;
            step.categoryChanged = row.category() != before->category();
            step.amountChanged = row.amount != before->amount || row.hasAmount() != before->hasAmount();
            step.closeDateChanged = row.closeDay != before->closeDay;
            step.ownerChanged = row.owner != before->owner;
            if (step.closeDateChanged && row.closeDay != NoDay && before->closeDay != NoDay
                && row.closeDay > before->closeDay)
                ++brief.pushCount;
        }
        before = &row;
        if (step.first || step.stageChanged || step.categoryChanged || step.amountChanged || step.closeDateChanged
            || step.ownerChanged)
            brief.history.push_back(std::move(step));
    }

    for (const DmAction &action : actions)
        if (action.opportunityId == deal.id)
            brief.actions.push_back(action);
    std::sort(brief.actions.begin(), brief.actions.end(),
              [](const DmAction &a, const DmAction &b) { return a.ruleId < b.ruleId; });

    // The deal's hits as the inspection queue lists them: the owner's scope at the as-of.
    if (brief.inSnapshot && owner >= 0) {
        const Query query = engine.resolve(asOf, std::nullopt, Scope::rep(dataset.reps()[size_t(owner)].rep.id));
        const RiskResult risks = engine.exceptions(query);
        for (const RiskHit &hit : risks.hits)
            if (hit.opportunity == opportunity)
                brief.exceptions.push_back(AgendaRisks::exceptionLine(hit, brief.currency));
        for (const RiskHit &hit : risks.snoozed)
            if (hit.opportunity == opportunity)
                brief.snoozed.push_back(AgendaRisks::exceptionLine(hit, brief.currency));
        AgendaRisks::applyActions(brief.exceptions, actions);
        AgendaRisks::applyActions(brief.snoozed, actions);
    }
    return brief;
}

} // namespace dmc
