#include "AccuracyTrend.h"

#include "analytics/engine/Engine.h"

namespace dmc {

AccuracyTrend AccuracyTrend::build(const Engine &engine, const Scope &scope, const FiscalPeriod &through)
{
    // The periods counted back from the reviewed one, not before the period of the first
    // snapshot (as Engine::accuracy's default list); it says which of them are closed.
    AccuracyTrend trend;
    const QList<QDate> &dates = engine.dataset().snapshotDates();
    if (dates.isEmpty())
        return trend;
    const QDate first = engine.calendar().periodOf(dates.first()).start;
    QList<FiscalPeriod> candidates;
    for (FiscalPeriod period = through; period.start >= first && candidates.size() < Periods;
         period = engine.calendar().previous(period))
        candidates.prepend(period);
    AccuracyResult result = engine.accuracy(scope, candidates);
    for (AccuracyPeriod &p : result.periods)
        if (p.closed)
            trend.periods.push_back(std::move(p));
    return trend;
}

} // namespace dmc
