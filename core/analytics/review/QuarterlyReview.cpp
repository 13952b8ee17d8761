#include "QuarterlyReview.h"

#include "analytics/engine/Engine.h"

namespace dmc {

QuarterlyReview QuarterlyReview::build(const Engine &engine, const Query &query, ReviewBaseline::Kind baseline)
{
    const Dataset &data = engine.dataset();
    QuarterlyReview review;
    review.query = query;
    review.baselineKind = baseline;
    review.reportingCurrency = data.reportingCurrency();
    review.actual = PeriodDeals::collect(data, query.period, query.scope, query.asOf);
    const FiscalPeriod basePeriod = ReviewBaseline::periodFor(baseline, query.period, engine.calendar());
    review.baseline = PeriodDeals::collect(data, basePeriod, query.scope, query.asOf);

    BookingsFactors before;
    for (const auto &deal : review.baseline.decided)
        before.add(deal);
    BookingsFactors after;
    for (const auto &deal : review.actual.decided)
        after.add(deal);
    review.bridge = BookingsBridge::threeFactors(before, after);
    review.byDealType = SegmentedBridge::build(SegmentedBridge::Dimension::DealType, review.baseline, review.actual);
    review.bySegment = SegmentedBridge::build(SegmentedBridge::Dimension::Segment, review.baseline, review.actual);
    review.winLoss = WinLoss::build(data, review.actual);
    review.sourceMix = SourceMix::build(review.actual);
    review.renewals = RenewalOutlook::build(engine, query, query.period);
    review.accuracy = AccuracyTrend::build(engine, query.scope, query.period);
    if (query.scope.kind == Scope::Kind::Region)
        review.districts = DistrictComparison::build(engine, query, review.actual);
    return review;
}

} // namespace dmc
