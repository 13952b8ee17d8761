#pragma once

#include "DemoDeal.h"
#include "domain/FiscalCalendar.h"
#include "domain/SnapshotRow.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace dmc {

class DemoRandom;

// Moves the planned demo deals week by week (Mondays) from a warm-up start to the last
// snapshot: stage progressions, activity, pushes, pulls, amount and category changes, wins,
// losses and deletions, plus the scripted ends. Emits one snapshot row per live deal on each
// snapshot date and the per-rep forecast numbers the forecast calls are made from.
class DemoDealSimulator
{
public:
    struct Context
    {
        QList<QDate> snapshotDates; // Mondays, oldest first
        QDate simulationStart;      // a Monday before the first snapshot (warm-up)
        QStringList repIds;
        QStringList currencyCodes; // index 0 is the reporting currency
        std::vector<double> rates; // units of the currency per reporting unit
        FiscalCalendar calendar;
    };

    // Per rep at one snapshot, in reporting cents, for the period holding the snapshot date.
    struct RepNumbers
    {
        Cents won = 0;
        Cents commit = 0;
        Cents bestCase = 0;
    };

    DemoDealSimulator(DemoRandom &random, const Context &context);

    // deals: planned (id, owner, created, close, amount, ...); left in their final state.
    // repNumbers receives [snapshot][rep].
    void run(std::vector<DemoDeal> &deals, std::vector<SnapshotRow> &rows,
             std::vector<std::vector<RepNumbers>> &repNumbers);

    static QString stageName(DemoStage stage);
    static int stageProbability(DemoStage stage);

private:
    void start(DemoDeal &deal, DayNumber day);
    void step(DemoDeal &deal, DayNumber day, int weeksToEnd);
    void close(DemoDeal &deal, DayNumber day, bool won);
    ForecastCategory categoryFor(DemoStage stage);
    Cents toReporting(const DemoDeal &deal) const;

    DemoRandom &m_random;
    const Context &m_context;
    DayNumber m_lastDay = 0;
};

} // namespace dmc
