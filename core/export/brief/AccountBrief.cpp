#include "AccountBrief.h"

#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/engine/Engine.h"
#include "export/agenda/AgendaRisks.h"

#include <QSet>

#include <algorithm>

namespace dmc {

AccountBrief AccountBrief::build(const Engine &engine, const QDate &asOf, qint32 account,
                                 const std::vector<DmAction> &actions)
{
    const Dataset &dataset = engine.dataset();
    const Account &a = dataset.accounts()[size_t(account)];
    AccountBrief brief;
    brief.accountId = a.id;
    brief.name = a.name;
    brief.segment = a.segment;
    brief.industry = a.industry;
    brief.executiveSponsor = a.executiveSponsor;
    brief.arr = dataset.accountArr(account);
    brief.renewalDate = a.renewalDate;
    if (a.renewalDate.isValid() && a.renewalDate >= asOf)
        brief.daysToRenewal = int(asOf.daysTo(a.renewalDate));
    brief.health = HealthTrend::of(dataset.healthOf(account), asOf, 30);
    brief.asOf = asOf;
    brief.currency = dataset.reportingCurrency();

    const int asOfIndex = dataset.latestSnapshotOnOrBefore(asOf);
    QSet<qint32> deals;
    std::vector<DealLine> closed;
    for (qint32 i = 0; i < qint32(dataset.opportunities().size()); ++i) {
        if (dataset.opportunityAccount(i) != account)
            continue;
        const Opportunity &deal = dataset.opportunity(i);
        DealLine line;
        line.opportunityId = deal.id;
        line.name = deal.name;
        line.type = deal.type;
        Dataset::Status status = Dataset::Status::Open;
        qint32 owner = dataset.opportunityOwner(i);
        if (const SnapshotRecord *row = asOfIndex >= 0 ? dataset.rowOf(asOfIndex, i) : nullptr) {
            line.inSnapshot = true;
            line.stage = dataset.stages()[row->stage].name;
            line.category = row->category();
            if (row->hasAmount())
                line.amount = row->amount;
            line.closeDate = row->closeDay != NoDay ? QDate::fromJulianDay(row->closeDay) : QDate();
            owner = row->owner;
            status = dataset.status(*row);
        } else if (const auto history = historyUpTo(dataset, i, asOfIndex); !history.empty()) {
            // The last row before the as-of: the deal as last seen, then gone from the export.
            const SnapshotRecord *last = &dataset.rows()[history.back()];
            line.stage = dataset.stages()[last->stage].name;
            line.category = last->category();
            if (last->hasAmount())
                line.amount = last->amount;
            line.closeDate = last->closeDay != NoDay ? QDate::fromJulianDay(last->closeDay) : QDate();
            line.lastSeen = dataset.snapshotDate(last->dateIndex);
            owner = last->owner;
            status = Dataset::Status::Lost;
        } else {
            // In no snapshot up to the as-of: the latest import's values, unless created after it.
            if (deal.createdDate.isValid() && deal.createdDate > asOf)
                continue;
            line.stage = deal.stage;
            line.category = deal.category;
            if (deal.amount)
                line.amount = dataset.opportunityAmount(i);
            line.closeDate = deal.closeDate;
            const int stage = dataset.stageIndex(deal.stage);
            if (stage >= 0 && dataset.stages()[size_t(stage)].isWon)
                status = Dataset::Status::Won;
            else if ((stage >= 0 && dataset.stages()[size_t(stage)].isLost)
                     || deal.category == ForecastCategory::Omitted)
                status = Dataset::Status::Lost;
            else if (deal.category == ForecastCategory::Closed)
                status = Dataset::Status::Won;
        }
        line.owner = owner >= 0 ? dataset.reps()[size_t(owner)].rep.name : deal.ownerId;
        deals.insert(i);
        switch (status) {
        case Dataset::Status::Open:
            brief.openAmount += line.amount.value_or(0);
            brief.open.push_back(std::move(line));
            break;
        case Dataset::Status::Won:
            ++brief.wonCount;
            brief.wonAmount += line.amount.value_or(0);
            closed.push_back(std::move(line));
            break;
        case Dataset::Status::Lost:
            ++brief.lostCount;
            brief.lostAmount += line.amount.value_or(0);
            closed.push_back(std::move(line));
            break;
        }
    }
    std::sort(brief.open.begin(), brief.open.end(), [](const DealLine &x, const DealLine &y) {
        if (x.closeDate.isValid() != y.closeDate.isValid())
            return x.closeDate.isValid();
        if (x.closeDate != y.closeDate)
            return x.closeDate < y.closeDate;
        return x.name.localeAwareCompare(y.name) < 0;
    });
    // The most recent closed deals; a won and a lost one of the same date by name.
    std::sort(closed.begin(), closed.end(), [](const DealLine &x, const DealLine &y) {
        if (x.closeDate != y.closeDate)
            return x.closeDate > y.closeDate;
        return x.name.localeAwareCompare(y.name) < 0;
    });
    if (closed.size() > size_t(ClosedDealsShown)) {
        brief.closedNotShown = int(closed.size()) - ClosedDealsShown;
        closed.resize(size_t(ClosedDealsShown));
    }
    brief.closed = std::move(closed);

    const Query query = engine.resolve(asOf);
    const RiskResult risks = engine.exceptions(query);
    for (const RiskHit &hit : risks.hits)
        if (deals.contains(hit.opportunity))
            brief.exceptions.push_back(AgendaRisks::exceptionLine(hit, brief.currency));
    for (const RiskHit &hit : risks.snoozed)
        if (deals.contains(hit.opportunity))
            brief.snoozed.push_back(AgendaRisks::exceptionLine(hit, brief.currency));
    AgendaRisks::applyActions(brief.exceptions, actions);
    AgendaRisks::applyActions(brief.snoozed, actions);
    return brief;
}

} // namespace dmc
