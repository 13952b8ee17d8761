// Engine::insights: every enabled insight detector (InsightRules) over one query, described not
// judged (docs/definitions.md#descriptive-language), in the order a DM reads them (InsightReview::sort).
#include "Engine.h"

#include "analytics/ConcentrationDetector.h"
#include "analytics/DealMoveDetector.h"
#include "analytics/DichotomyDetector.h"
#include "analytics/HealthDropDetector.h"
#include "analytics/InsightContext.h"
#include "analytics/InsightReview.h"
#include "analytics/OutlierDetector.h"
#include "analytics/ScopeTrendDetector.h"
#include "analytics/StageDurationDetector.h"

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
