#include "DealRow.h"

#include "analytics/dataset/Dataset.h"

#include <QHash>

namespace dmc {

void DealRow::fill(RiskHit &hit, const Dataset &data, const SnapshotRecord &row, QDate asOf)
{
    const Opportunity &opportunity = data.opportunity(row.opportunity);
    hit.opportunity = row.opportunity;
    hit.opportunityId = opportunity.id;
    hit.opportunityName = opportunity.name;
    const qint32 account = data.opportunityAccount(row.opportunity);
    hit.accountName = account >= 0 ? data.accounts()[size_t(account)].name : QString();
    hit.rep = row.owner;
    if (row.owner >= 0) {
        const DatasetRep &rep = data.reps()[size_t(row.owner)];
        hit.repId = rep.rep.id;
        hit.repName = rep.rep.name;
    }
    hit.amount = row.amount;
    hit.closeDate = row.closeDay == NoDay ? QDate() : QDate::fromJulianDay(row.closeDay);
    hit.category = row.category();
    hit.stage = data.stages()[row.stage].name;
    hit.asOf = asOf;
}

std::vector<RiskHit> DealRow::at(const Dataset &data, int dateIndex, const std::vector<qint32> &deals)
{
    std::vector<RiskHit> rows;
    if (dateIndex < 0 || dateIndex >= data.snapshotCount())
        return rows;
    QHash<qint32, int> wanted; // opportunity -> position in `deals`
    for (int i = 0; i < int(deals.size()); ++i)
        wanted.insert(deals[size_t(i)], i);
    std::vector<const SnapshotRecord *> found(deals.size(), nullptr);
    for (const SnapshotRecord &row : data.rowsAt(dateIndex)) {
        const auto position = wanted.constFind(row.opportunity);
        if (position != wanted.constEnd())
            found[size_t(*position)] = &row;
    }
    const QDate asOf = data.snapshotDate(dateIndex);
    for (const SnapshotRecord *row : found) {
        if (!row)
            continue;
        RiskHit hit;
        fill(hit, data, *row, asOf);
        rows.push_back(std::move(hit));
    }
    return rows;
}

} // namespace dmc
