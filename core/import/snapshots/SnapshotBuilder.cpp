#include "SnapshotBuilder.h"

#include <QSet>

namespace dmc {

QDate SnapshotBuilder::latestDate(const CrmData &data)
{
    QSet<QString> closedStages;
    for (const Stage &stage : data.stages)
        if (stage.isWon || stage.isLost)
            closedStages.insert(stage.name);
    QDate latest;
    auto consider = [&latest](const QDate &date) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    };
    for (const Opportunity &o : data.opportunities) {
        consider(o.createdDate);
        consider(o.stageEnteredDate);
        consider(o.lastActivityDate);
        const bool closed = closedStages.contains(o.stage) || o.category == ForecastCategory::Closed
            || o.category == ForecastCategory::Omitted;
        if (closed)
            consider(o.closeDate);
    }
    return latest;
}

SnapshotRow SnapshotBuilder::snapshotOf(const Opportunity &o, QDate asOf)
{
    SnapshotRow row;
    row.asOf = asOf;
    row.opportunityId = o.id;
    row.ownerId = o.ownerId;
    row.stage = o.stage;
    row.category = o.category;
    row.amount = o.amount;
    row.currency = o.currency;
    row.closeDate = o.closeDate;
    row.stageEnteredDate = o.stageEnteredDate;
    row.lastActivityDate = o.lastActivityDate;
    return row;
}

void SnapshotBuilder::addSnapshot(CrmData &data, QDate asOf)
{
    data.snapshots.reserve(data.snapshots.size() + data.opportunities.size());
    for (const Opportunity &o : data.opportunities)
        data.snapshots.push_back(snapshotOf(o, asOf));
}

} // namespace dmc
