#pragma once

#include "PocDurationStats.h"

#include <QString>

namespace dmc {

// The POCs of the scope that started in one fiscal quarter, seen at the as-of.
struct PocCohort
{
    QString period; // "2026Q1"
    int started = 0;
    int dorRecorded = 0;
    int dorComplete = 0;
    PocDurationStats duration;
    PocDurationStats overrun;
    int ended = 0;
    int wonWithin = 0;  // ended, the deal won within N days of the POC's end
    int windowOpen = 0; // ended, not won, fewer than N days since the end
    int withGoLive = 0; // ended, with a go-live date on or before the as-of
    int liveWithin = 0; // ... within N days of the end
};

} // namespace dmc
