#pragma once

#include "analytics/engine/Scope.h"
#include "analytics/numbers/AccuracyPeriod.h"

#include <vector>

namespace dmc {

class Engine;

// WAPE at T-14 and T-7 and the slip rate of the last closed periods up to the reviewed one,
// as Engine::accuracy computes them (docs/definitions.md#forecast-accuracy).
struct AccuracyTrend
{
    static constexpr int Periods = 4;

    std::vector<AccuracyPeriod> periods; // closed periods, oldest first, at most Periods

    static AccuracyTrend build(const Engine &engine, const Scope &scope, const FiscalPeriod &through);
};

} // namespace dmc
