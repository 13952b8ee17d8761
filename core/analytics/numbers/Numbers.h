#pragma once

#include "domain/Money.h"

#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace dmc {

// The numbers of docs/definitions.md#numbers for one scope, period and snapshot, all in
// reporting-currency cents, with the deals behind each cell (the drill).
struct Numbers
{
    // Opportunity indices (into Dataset::opportunities()) behind a cell, ascending.
    struct Drill
    {
        std::vector<qint32> won;
        std::vector<qint32> commit;
        std::vector<qint32> bestCase;
        std::vector<qint32> pipeline;
    };

    Cents quota = 0;
    // Reps of the sum whose quota for P the data records (a recorded 0 counts). With none the
    // scope has no plan: no gap, coverage or run rate, and not "covered" (a Salesforce export
    // carries no quotas).
    int quotaReps = 0;
    Cents won = 0;    // Closed Won with close date in P
    Cents commit = 0; // open, category Commit, close date in P
    Cents bestCase = 0;
    Cents pipeline = 0;
    Cents gap = 0;                              // max(0, quota - won)
    std::optional<double> attainment;           // won / quota; none when quota is 0
    Cents commitForecast = 0;                   // won + commit
    Cents bestCaseForecast = 0;                 // won + commit + best case
    Cents openPipeline = 0;                     // commit + best case + pipeline
    Cents weightedPipeline = 0;                 // sum of stage probability x amount over open pipeline
    std::optional<double> coverage;             // open pipeline / gap; none when gap is 0 or no quota
    std::optional<double> weightedCoverage;     // weighted pipeline / gap; none when gap is 0 or no quota
    int weeksLeft = 0;                          // FiscalCalendar::weeksLeft(P, as-of)
    std::optional<Cents> requiredWeeklyRunRate; // gap / weeks left (rounded up); none when no weeks left or no quota
    int wonCount = 0;
    int commitCount = 0;
    int bestCaseCount = 0;
    int pipelineCount = 0;
    Drill drill;

    bool quotaRecorded() const { return quotaReps > 0; }
    bool covered() const { return quotaRecorded() && gap == 0; }
    // Fills gap, attainment, forecasts, coverage and run rate from the sums and weeksLeft.
    void derive();
    // The sums, counts and drills of perRep[r] for each r in reps (the derived values need
    // derive()). Each drill is concatenated and sorted once: merging rep by rep made a company's
    // totals quadratic in its reps.
    static Numbers sum(const std::vector<Numbers> &perRep, std::span<const qint32> reps);
};

} // namespace dmc
