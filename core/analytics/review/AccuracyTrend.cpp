#include "AccuracyTrend.h"

#include "analytics/engine/Engine.h"

namespace dmc {

AccuracyTrend AccuracyTrend::build(const Engine &engine, const Scope &scope, const FiscalPeriod &through)
{
    // The quarters counted back from the reviewed one (from the quarter holding a reviewed month:
    // forecast calls are made for quarters), not before the quarter of the first snapshot (as
    // Engine::accuracy's default list); it says which of them are closed.
    AccuracyTrend trend;
    const QList<QDate> &dates = engine.dataset().snapshotDates();
    if (dates.isEmpty())
        return trend;
    const QDate first = engine.calendar().periodOf(dates.first()).start;
    QList<FiscalPeriod> candidates;
    for (FiscalPeriod period = engine.calendar().quarterOf(through);
         period.start >= first && candidates.size() < Periods; period = engine.calendar().previous(period))
        candidates.prepend(period);
    AccuracyResult result = engine.accuracy(scope, candidates);
    for (AccuracyPeriod &p : result.periods)
        if (p.closed)
            trend.periods.push_back(std::move(p));
    return trend;
}

} // namespace dmc
