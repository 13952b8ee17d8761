#include "CapacityReport.h"

#include "analytics/engine/Engine.h"
#include "analytics/review/PeriodDeals.h"

namespace dmc {

CapacityReport CapacityReport::build(const Engine &engine, const Query &query, const CapacityInputs &inputs,
                                     const std::vector<CapacityAssumptions> &sets)
{
    CapacityReport report;
    const Dataset &dataset = engine.dataset();
    const FiscalCalendar calendar = engine.calendar();
    report.plans.push_back(
        CapacityPlan::build(dataset, inputs, CapacityAssumptions(), calendar, query.period, query.scope));
    for (const CapacityAssumptions &set : sets)
        report.plans.push_back(CapacityPlan::build(dataset, inputs, set, calendar, query.period, query.scope));
    report.ramp = RampAttainment::build(dataset, inputs, calendar, query.asOf, query.scope);
    report.coverage = SegmentCoverage::build(dataset, calendar, query.period, query.scope, query.asOf,
                                             report.plans.front().totals[0].need);
    report.mix = PipelineMix::build(dataset, PeriodDeals::collect(dataset, query.period, query.scope, query.asOf));
    return report;
}

} // namespace dmc
