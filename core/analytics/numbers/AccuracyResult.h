#pragma once

#include "AccuracyPeriod.h"
#include "analytics/engine/Scope.h"

#include <vector>

namespace dmc {

// Forecast accuracy and slip rate over past periods (oldest first).
struct AccuracyResult
{
    Scope scope;
    std::vector<AccuracyPeriod> periods;
};

} // namespace dmc
