#include "PeriodDeals.h"

namespace dmc {

PeriodDeals PeriodDeals::collect(const Dataset &dataset, const FiscalPeriod &period, const Scope &scope,
                                 const QDate &asOf)
{
    PeriodDeals result;
    result.period = period;
    const int asOfIndex = dataset.latestSnapshotOnOrBefore(asOf);
    if (asOfIndex < 0)
        return result;
    int index = dataset.earliestSnapshotOnOrAfter(period.end);
    if (index < 0 || index > asOfIndex)
        index = asOfIndex;
    // Snapshots that all start after the period ended do not say which of its deals were decided.
    if (dataset.snapshotDate(index) < period.start || dataset.latestSnapshotOnOrBefore(period.end) < 0)
        return result;
    result.snapshot = index;
    result.snapshotDate = dataset.snapshotDate(index);
    result.closed = result.snapshotDate >= period.end;

    const std::vector<bool> inScope = dataset.scopeMask(scope);
    const DayNumber first = DayNumber(period.start.toJulianDay());
    const DayNumber last = DayNumber(period.end.toJulianDay());
    for (const SnapshotRecord &row : dataset.rowsAt(index)) {
        if (row.owner < 0 || !inScope[size_t(row.owner)])
            continue;
        const Opportunity &opportunity = dataset.opportunity(row.opportunity);
        Deal deal;
        deal.opportunity = row.opportunity;
        deal.owner = row.owner;
        deal.status = dataset.status(row);
        deal.amount = row.amount;
        deal.closeDay = row.closeDay;
        deal.type = opportunity.type;
        const qint32 account = dataset.opportunityAccount(row.opportunity);
        if (account >= 0)
            deal.segment = dataset.accounts()[size_t(account)].segment;
        deal.source = dataset.sourceGroups().groupOf(opportunity.source);
        if (opportunity.createdDate.isValid() && period.contains(opportunity.createdDate))
            result.created.push_back(deal);
        if (row.closeDay == NoDay || row.closeDay < first || row.closeDay > last)
            continue;
        if (deal.status == Dataset::Status::Open)
            result.undecided.push_back(deal);
        else
            result.decided.push_back(deal);
    }
    result.ownerReps = dataset.repsInScope(scope);
    return result;
}

} // namespace dmc
