#pragma once

#include "CapacityInputs.h"
#include "CapacityPlan.h"
#include "PipelineMix.h"
#include "RampAttainment.h"
#include "SegmentCoverage.h"

#include <vector>

namespace dmc {

class Engine;
struct Query;

// Everything the capacity command, the Territory & capacity dock and the quarterly plan show for
// one query: a plan per assumption set (the data as imported first), the ramp attainment, the
// coverage by segment (against the first plan's need) and the pipeline mix.
struct CapacityReport
{
    std::vector<CapacityPlan> plans;
    RampAttainment ramp;
    SegmentCoverage coverage;
    PipelineMix mix;

    static CapacityReport build(const Engine &engine, const Query &query, const CapacityInputs &inputs,
                                const std::vector<CapacityAssumptions> &sets);
};

} // namespace dmc
