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
    review.fillOutcomes(engine);
    return review;
}

QuarterlyReview QuarterlyReview::build(const Engine &engine, const Query &query, const ReviewPlan &plan)
{
    const Dataset &data = engine.dataset();
    QuarterlyReview review;
    review.query = query;
    review.baselineKind = ReviewBaseline::Kind::Plan;
    review.planFile = plan.file;
    review.reportingCurrency = data.reportingCurrency();
    review.actual = PeriodDeals::collect(data, query.period, query.scope, query.asOf);
    review.baseline.period = query.period; // no snapshot, no deals: the plan's numbers

    BookingsFactors after;
    for (const auto &deal : review.actual.decided)
        after.add(deal);
    review.bridge = BookingsBridge::threeFactors(plan.total, after);
    // A type without a plan row is planned at 0: it shows when the period has deals of it.
    QMap<QString, BookingsFactors> byType;
    for (const auto &[type, factors] : plan.byDealType)
        byType.insert(dealTypeKey(type), factors);
    review.byDealType = SegmentedBridge::build(SegmentedBridge::Dimension::DealType, byType, review.actual);
    review.bySegment.dimension = SegmentedBridge::Dimension::Segment;
    review.fillOutcomes(engine);
    return review;
}

void QuarterlyReview::fillOutcomes(const Engine &engine)
{
    winLoss = WinLoss::build(engine.dataset(), actual);
    sourceMix = SourceMix::build(actual);
    renewals = RenewalOutlook::build(engine, query, query.period);
    accuracy = AccuracyTrend::build(engine, query.scope, query.period);
    if (query.scope.kind == Scope::Kind::Region)
        districts = DistrictComparison::build(engine, query, actual);
}

} // namespace dmc
