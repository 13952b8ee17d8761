// Timing filters: stale_stage, past_close_date, no_recent_activity. All from the snapshot row at
// the as-of date, so they are reproducible for any past as-of.
#include "RiskEvaluators.h"

namespace dmc::risk {

namespace {
QDate dateOf(DayNumber day)
{
    return day == NoDay ? QDate() : QDate::fromJulianDay(day);
}
} // namespace

bool staleStage(const RiskContext &c, RiskHit &hit)
{
    const QString &stage = c.data.stages()[c.row.stage].name;
    const int limit = c.rules.stageLimit(stage);
    DayNumber entered = c.row.stageEnteredDay;
    QDate source = c.asOf;
    bool fromSnapshots = false;
    if (entered == NoDay || entered > c.asOfDay) {
        // No entered date in the export: the first snapshot of the current run in this stage.
        size_t i = c.history.size() - 1;
        while (i > 0 && c.historyRow(i - 1).stage == c.row.stage)
            --i;
        entered = c.data.snapshotDay(c.historyRow(i).dateIndex);
        source = c.data.snapshotDate(c.historyRow(i).dateIndex);
        fromSnapshots = true;
    }
    const qint64 days = qint64(c.asOfDay) - entered;
    if (days <= limit)
        return false;
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("stage"), stage));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("entered"), dateOf(entered)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days"), days));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("limit"), limit));
    if (fromSnapshots)
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("entered_source"), QStringLiteral("snapshots")));
    if (source != c.asOf)
        hit.snapshots.push_back(source);
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool pastCloseDate(const RiskContext &c, RiskHit &hit)
{
    if (c.row.closeDay == NoDay || c.row.closeDay >= c.asOfDay)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("close_date"), dateOf(c.row.closeDay)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_past"), qint64(c.asOfDay) - c.row.closeDay));
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool noRecentActivity(const RiskContext &c, RiskHit &hit)
{
    // Unknown activity (no date in the export) is not evidence of anything: no hit.
    if (c.row.lastActivityDay == NoDay || c.row.lastActivityDay > c.asOfDay)
        return false;
    const int limit = c.parameter("no_recent_activity", "days");
    const qint64 days = qint64(c.asOfDay) - c.row.lastActivityDay;
    if (days <= limit)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("last_activity"), dateOf(c.row.lastActivityDay)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days"), days));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("limit"), limit));
    hit.snapshots.push_back(c.asOf);
    return true;
}

} // namespace dmc::risk
