#pragma once

#include "PocDurationStats.h"
#include "PocTaskCounts.h"

namespace dmc {

// The scope's POC figures for the query, each with its n (docs/definitions.md#pocs).
struct PocFigures
{
    int pocs = 0;              // on the board
    int started = 0;           // started on or before the as-of
    int dorRecorded = 0;       // started, with a recorded checklist
    int dorComplete = 0;       // ... DOR-complete at the start
    PocDurationStats duration; // started POCs: actual or so far
    PocDurationStats overrun;  // started POCs with a planned end
    int overrunning = 0;       // of those, past the planned end
    int criteriaWithResult = 0;
    int criteriaMet = 0;
    int withOutcome = 0;
    int technicalWins = 0;
    int checkInsPlanned = 0;
    int checkInsHeldOfPlanned = 0;
    PocTaskCounts buyerTasks;
    PocTaskCounts sellerTasks;
    // Deals of the scope decided at the as-of with the close date in the period.
    int decidedWithPoc = 0;
    int wonWithPoc = 0;
    int decidedWithoutPoc = 0;
    int wonWithoutPoc = 0;
};

} // namespace dmc
