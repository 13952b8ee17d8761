#include "Engine.h"

#include "domain/FiscalCalendar.h"
#include "domain/Money.h"

#include <algorithm>
#include <span>

namespace dmc {

namespace {

// Weeks left in P seen from `asOf`; before P starts, all of P's weeks.
int weeksLeftIn(const FiscalPeriod &period, const QDate &asOf)
{
    if (asOf < period.start)
        return FiscalCalendar::weeksLeft(period, period.start.addDays(-1));
    return FiscalCalendar::weeksLeft(period, asOf);
}

// The numbers of every rep at one snapshot for P. Without the drill (the path to plan reads only
// sums), no deal index is stored: 13 weeks of a 100k-deal company fill no vector.
std::vector<Numbers> tallyPerRep(const Dataset &data, int dateIndex, const FiscalPeriod &period, bool withDrill)
{
    std::vector<Numbers> perRep(data.reps().size());
    std::vector<qint64> weighted(perRep.size(), 0); // cents x percent, rounded once per rep
    const DayNumber first = dayOf(period.start);
    const DayNumber last = dayOf(period.end);
    for (const SnapshotRecord &row : data.rowsAt(dateIndex)) {
        // Deals with no close date are in no period.
        if (row.closeDay == NoDay || row.closeDay < first || row.closeDay > last)
            continue;
        Numbers &n = perRep[size_t(row.owner)];
        switch (data.status(row)) {
        case Dataset::Status::Won:
            n.won += row.amount;
            ++n.wonCount;
            if (withDrill)
                n.drill.won.push_back(row.opportunity);
            break;
        case Dataset::Status::Lost: break;
        case Dataset::Status::Open:
            weighted[size_t(row.owner)] += qint64(data.probability(row)) * row.amount;
            switch (row.category()) {
            case ForecastCategory::Commit:
                n.commit += row.amount;
                ++n.commitCount;
                if (withDrill)
                    n.drill.commit.push_back(row.opportunity);
                break;
            case ForecastCategory::BestCase:
                n.bestCase += row.amount;
                ++n.bestCaseCount;
                if (withDrill)
                    n.drill.bestCase.push_back(row.opportunity);
                break;
            default:
                n.pipeline += row.amount;
                ++n.pipelineCount;
                if (withDrill)
                    n.drill.pipeline.push_back(row.opportunity);
                break;
            }
            break;
        }
    }
    const QDate asOf = dateIndex >= 0 && dateIndex < data.snapshotCount() ? data.snapshotDate(dateIndex) : QDate();
    const int weeks = asOf.isValid() ? weeksLeftIn(period, asOf) : FiscalCalendar::weeksInPeriod(period);
    for (size_t rep = 0; rep < perRep.size(); ++rep) {
        Numbers &n = perRep[rep];
        n.quota = data.quota(qint32(rep), period);
        n.quotaReps = data.hasQuota(qint32(rep), period) ? 1 : 0;
        // Round half away from zero, once per rep, so team rows add up to the totals.
        const qint64 w = weighted[rep];
        n.weightedPipeline = w >= 0 ? (w + 50) / 100 : -((-w + 50) / 100);
        n.weeksLeft = weeks;
        n.derive();
    }
    return perRep;
}

// The numbers of a scope's reps at one snapshot for P (derived values filled).
Numbers scopeTotal(const Dataset &data, int dateIndex, const FiscalPeriod &period, std::span<const qint32> reps,
                   bool withDrill)
{
    const std::vector<Numbers> perRep = tallyPerRep(data, dateIndex, period, withDrill);
    Numbers total = Numbers::sum(perRep, reps);
    const bool valid = dateIndex >= 0 && dateIndex < data.snapshotCount();
    total.weeksLeft = valid ? weeksLeftIn(period, data.snapshotDate(dateIndex)) : FiscalCalendar::weeksInPeriod(period);
    total.derive();
    return total;
}

} // namespace

Engine::Engine(std::shared_ptr<const Dataset> dataset, AnalyticsSettings settings)
    : m_dataset(std::move(dataset))
    , m_settings(std::move(settings))
{
}

Query Engine::resolve(std::optional<QDate> asOf, std::optional<FiscalPeriod> period, Scope scope,
                      std::optional<QDate> compareTo) const
{
    return Query::resolve(*m_dataset, calendar(), asOf, period, std::move(scope), compareTo);
}

std::vector<Numbers> Engine::numbersPerRep(int dateIndex, const FiscalPeriod &period) const
{
    return tallyPerRep(*m_dataset, dateIndex, period, true);
}

Numbers Engine::numbers(int dateIndex, const FiscalPeriod &period, const Scope &scope) const
{
    return scopeTotal(*m_dataset, dateIndex, period, m_dataset->repsInScope(scope), true);
}

CockpitResult Engine::cockpit(const Query &query) const
{
    const Dataset &data = *m_dataset;
    CockpitResult result;
    result.asOf = query.asOf;
    result.previousAsOf = query.compareTo;
    result.period = query.period;
    result.scope = query.scope;
    result.reportingCurrency = data.reportingCurrency();
    result.coverageTarget = m_settings.coverageTarget;
    const FiscalCalendar fiscal = calendar();
    result.nextPeriod = fiscal.next(query.period);

    const int now = data.dateIndex(query.asOf);
    const int before = query.compareTo ? data.dateIndex(*query.compareTo) : -1;

    const std::vector<Numbers> current = numbersPerRep(now, query.period);
    const std::vector<Numbers> previous =
        before >= 0 ? numbersPerRep(before, query.period) : std::vector<Numbers>(data.reps().size());
    const std::vector<Numbers> forward = numbersPerRep(now, result.nextPeriod);

    const int weeks = weeksLeftIn(query.period, query.asOf);
    const int forwardWeeks = weeksLeftIn(result.nextPeriod, query.asOf);
    const int previousWeeks = query.compareTo ? weeksLeftIn(query.period, *query.compareTo) : weeks;

    const std::vector<qint32> reps = data.repsInScope(query.scope);
    for (const qint32 rep : reps) {
        const Numbers &n = current[size_t(rep)];
        const DatasetRep &entry = data.reps()[size_t(rep)];
        // Owners missing from the rep table show only when they hold something in P.
        const bool empty = n.wonCount + n.commitCount + n.bestCaseCount + n.pipelineCount == 0;
        if (!entry.known && empty)
            continue;
        TeamRow row;
        row.rep = rep;
        row.repId = entry.rep.id;
        row.name = entry.rep.name;
        row.district = entry.rep.district;
        row.region = entry.rep.region;
        row.numbers = n;
        row.previous = previous[size_t(rep)];
        if (before < 0) {
            row.previous.weeksLeft = weeks;
            row.previous.derive();
        }
        result.team.push_back(std::move(row));
    }
    result.totals = Numbers::sum(current, reps);
    result.previousTotals = Numbers::sum(previous, reps);
    result.forward = Numbers::sum(forward, reps);
    result.totals.weeksLeft = weeks;
    result.previousTotals.weeksLeft = previousWeeks;
    result.forward.weeksLeft = forwardWeeks;
    const RiskCounts risk = exceptionCounts(query);
    for (TeamRow &row : result.team)
        row.exceptions = risk.perRep[size_t(row.rep)];
    result.exceptions = risk.visible;
    result.totals.derive();
    result.previousTotals.derive();
    result.forward.derive();

    // Path to plan: one point per week of P.
    const int weekCount = FiscalCalendar::weeksInPeriod(query.period);
    const qint64 periodDays = query.period.start.daysTo(query.period.end) + 1;
    const QDate firstMonday = FiscalCalendar::weekStart(query.period.start);
    for (int week = 1; week <= weekCount; ++week) {
        PathPoint point;
        point.week = week;
        const QDate monday = firstMonday.addDays(7 * (week - 1));
        point.date = std::min(monday.addDays(6), query.period.end);
        const qint64 elapsed = query.period.start.daysTo(point.date) + 1;
        point.plan = Cents((result.totals.quota * elapsed * 2 + periodDays) / (2 * periodDays));
        const int snapshot = data.latestSnapshotOnOrBefore(std::min(point.date, query.asOf));
        if (snapshot >= 0 && data.snapshotDate(snapshot) >= std::max(monday, query.period.start)) {
            // Three sums a week: no drill.
            const Numbers atSnapshot =
                snapshot == now ? result.totals : scopeTotal(data, snapshot, query.period, reps, false);
            point.snapshot = data.snapshotDate(snapshot);
            point.won = atSnapshot.won;
            point.commitForecast = atSnapshot.commitForecast;
            point.bestCaseForecast = atSnapshot.bestCaseForecast;
        }
        result.pathToPlan.push_back(point);
    }
    return result;
}

} // namespace dmc
