// Engine::insights: every enabled insight detector (InsightRules) over one query, described not
// judged (docs/definitions.md#descriptive-language), in the order a DM reads them (InsightReview::sort).
#include "Engine.h"

#include "analytics/insights/ConcentrationDetector.h"
#include "analytics/insights/DealMoveDetector.h"
#include "analytics/insights/DichotomyDetector.h"
#include "analytics/insights/HealthDropDetector.h"
#include "analytics/insights/InsightContext.h"
#include "analytics/insights/InsightReview.h"
#include "analytics/insights/OutlierDetector.h"
#include "analytics/insights/ScopeTrendDetector.h"
#include "analytics/insights/StageDurationDetector.h"

namespace dmc {

std::vector<Insight> Engine::insights(const Query &query) const
{
    std::vector<Insight> result;
    const InsightContext context(*this, query);
    if (!context.valid())
        return result;
    StageDurationDetector::detect(context, result);
    DealMoveDetector::detect(context, result);
    HealthDropDetector::detect(context, result);
    DichotomyDetector::detect(context, result);
    OutlierDetector::detect(context, result);
    ConcentrationDetector::detect(context, result);
    ScopeTrendDetector::detect(context, result);
    InsightReview::sort(result);
    return result;
}

} // namespace dmc
