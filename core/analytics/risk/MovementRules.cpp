// Movement filters: close_date_pushed and amount_dropped, from consecutive snapshot rows of
// the deal up to the as-of date.
#include "RiskEvaluators.h"

namespace dmc::risk {

bool closeDatePushed(const RiskContext &c, RiskHit &hit)
{
    const int needed = c.parameter("close_date_pushed", "count");
    const int window = c.parameter("close_date_pushed", "window_days");
    const DayNumber windowStart = c.asOfDay - window;
    std::vector<RiskHit::CloseDateMove> moves;
    // A move counts when the snapshot showing the later date lies within the window.
    for (size_t i = c.history.size(); i-- > 1;) {
        const SnapshotRecord &now = c.historyRow(i);
        if (c.data.snapshotDay(now.dateIndex) <= windowStart)
            break;
        const SnapshotRecord &before = c.historyRow(i - 1);
        if (before.closeDay == NoDay || now.closeDay == NoDay || now.closeDay <= before.closeDay)
            continue;
        moves.push_back({c.data.snapshotDate(now.dateIndex), c.data.snapshotDate(before.dateIndex),
                         QDate::fromJulianDay(before.closeDay), QDate::fromJulianDay(now.closeDay)});
    }
    if (int(moves.size()) < needed)
        return false;
    std::reverse(moves.begin(), moves.end());
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("moves"), qint64(moves.size())));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("window_days"), window));
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("threshold"), needed));
    for (const auto &move : moves) {
        hit.snapshots.push_back(move.previousSnapshot);
        hit.snapshots.push_back(move.snapshot);
    }
    hit.moves = std::move(moves);
    return true;
}

bool amountDropped(const RiskContext &c, RiskHit &hit)
{
    if (c.history.size() < 2)
        return false;
    const SnapshotRecord &before = c.historyRow(c.history.size() - 2);
    const Cents oldAmount = before.amount;
    const Cents newAmount = c.row.amount;
    const int percent = c.parameter("amount_dropped", "percent");
    // Exact in integers: (old - new) / old >= percent / 100.
    if (oldAmount <= 0 || (oldAmount - newAmount) * 100 < qint64(percent) * oldAmount)
        return false;
    const qint64 dropPercent = ((oldAmount - newAmount) * 100 + oldAmount / 2) / oldAmount;
    hit.facts.push_back(RiskFact::ofMoney(QStringLiteral("old_amount"), oldAmount));
    hit.facts.push_back(RiskFact::ofMoney(QStringLiteral("new_amount"), newAmount));
    hit.facts.push_back(RiskFact::ofPercent(QStringLiteral("drop_percent"), dropPercent));
    hit.facts.push_back(RiskFact::ofPercent(QStringLiteral("threshold"), percent));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("previous_snapshot"), c.data.snapshotDate(before.dateIndex)));
    hit.snapshots.push_back(c.data.snapshotDate(before.dateIndex));
    hit.snapshots.push_back(c.asOf);
    return true;
}

} // namespace dmc::risk
