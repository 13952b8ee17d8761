#pragma once

#include "Numbers.h"

#include <QString>

namespace dmc {

// One rep's line in the cockpit team table.
struct TeamRow
{
    qint32 rep = -1; // index into Dataset::reps()
    QString repId;
    QString name;
    QString district;
    QString region;
    Numbers numbers;    // at the as-of snapshot
    Numbers previous;   // at the compare-to snapshot (zeros when there is none)
    int exceptions = 0; // risk hits (filled by Engine::exceptions when the rule engine is present)
};

} // namespace dmc
