#pragma once

#include "AccuracyTrend.h"
#include "BookingsBridge.h"
#include "DistrictComparison.h"
#include "PeriodDeals.h"
#include "RenewalOutlook.h"
#include "ReviewBaseline.h"
#include "ReviewPlan.h"
#include "SegmentedBridge.h"
#include "SourceMix.h"
#include "WinLoss.h"
#include "analytics/engine/Query.h"

#include <optional>

namespace dmc {

class Engine;

// The monthly / quarterly outcome review of one scope and period against a baseline
// (docs/definitions.md#quarterly-review): the bookings bridge (total and by deal type and
// account segment, with the mix), win and loss, source mix, renewal outlook, the forecast
// accuracy trend and, on a region, the district comparison. Every term keeps its deals.
struct QuarterlyReview
{
    Query query; // as-of, the reviewed period, the scope
    ReviewBaseline::Kind baselineKind = ReviewBaseline::Kind::PreviousPeriod;
    QString reportingCurrency;
    PeriodDeals actual;
    PeriodDeals baseline;
    BookingsBridge bridge; // three factors over the whole scope
    SegmentedBridge byDealType;
    SegmentedBridge bySegment;
    WinLoss winLoss;
    SourceMix sourceMix;
    RenewalOutlook renewals;
    AccuracyTrend accuracy;
    std::optional<DistrictComparison> districts; // region scope only
    QString planFile;                            // the plan baseline's file; empty otherwise

    static QuarterlyReview build(const Engine &engine, const Query &query, ReviewBaseline::Kind baseline);
    // Against a plan for the query's period and scope: the bridge and the split by deal type
    // (a type without a plan row is planned at 0); a plan has no account segments, so the split
    // by segment is empty.
    static QuarterlyReview build(const Engine &engine, const Query &query, const ReviewPlan &plan);

private:
    void fillOutcomes(const Engine &engine); // win / loss, sources, renewals, accuracy, districts
};

} // namespace dmc
