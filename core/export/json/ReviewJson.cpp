#include "ReviewJson.h"

#include "InsightJson.h"
#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/review/ReviewText.h"

namespace dmc {

namespace {

nlohmann::json termJson(const BookingsBridge::Term &term, const Dataset &dataset)
{
    return {{"amount", json::money(term.amount)},
            {"deals", json::ids(dataset, term.deals)},
            {"baseline_deals", json::ids(dataset, term.baselineDeals)}};
}

nlohmann::json factorsJson(const BookingsFactors &f)
{
    return {{"decided", f.decided},
            {"won", f.won},
            {"bookings", json::money(f.bookings)},
            {"win_rate", json::ratio(f.winRate())},
            {"average_won", f.averageWon() ? json::money(Cents(std::llround(*f.averageWon()))) : nlohmann::json()}};
}

nlohmann::json bridgeJson(const BookingsBridge &bridge, const Dataset &dataset, bool withMix)
{
    nlohmann::json value = {{"baseline", factorsJson(bridge.baseline)},
                            {"actual", factorsJson(bridge.actual)},
                            {"difference", json::money(bridge.difference)},
                            {"volume", termJson(bridge.volume, dataset)},
                            {"win_rate", termJson(bridge.winRate, dataset)},
                            {"size", termJson(bridge.size, dataset)}};
    if (withMix)
        value["mix"] = termJson(bridge.mix, dataset);
    return value;
}

nlohmann::json splitJson(const SegmentedBridge &split, const Dataset &dataset)
{
    nlohmann::json groups = nlohmann::json::array();
    for (const BookingsBridge &group : split.groups) {
        nlohmann::json value = bridgeJson(group, dataset, true);
        value["group"] = json::text(group.group);
        groups.push_back(value);
    }
    return {{"dimension", json::text(SegmentedBridge::dimensionKey(split.dimension))},
            {"groups", groups},
            {"total", bridgeJson(split.total, dataset, true)}};
}

nlohmann::json tallyJson(const WinLoss::Tally &tally, const Dataset &dataset)
{
    return {{"count", tally.count}, {"amount", json::money(tally.amount)}, {"deals", json::ids(dataset, tally.deals)}};
}

nlohmann::json valuesJson(const std::vector<WinLoss::ValueRow> &rows, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &row : rows)
        array.push_back({{"value", json::text(row.value)},
                         {"lost", tallyJson(row.lost, dataset)},
                         {"share", json::ratio(row.share)}});
    return array;
}

nlohmann::json groupsJson(const std::vector<WinLoss::GroupRow> &rows, const Dataset &dataset, bool reps)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &row : rows) {
        nlohmann::json value = {{"won", tallyJson(row.won, dataset)},
                                {"lost_with_reason", tallyJson(row.lostWithReason, dataset)},
                                {"lost_without_reason", tallyJson(row.lostWithoutReason, dataset)},
                                {"no_decision", tallyJson(row.noDecision, dataset)},
                                {"decided", row.decided()},
                                {"win_rate", json::ratio(row.winRate())}};
        if (reps) {
            value["rep_id"] = json::text(row.id);
            value["rep"] = json::text(row.name);
            value["district"] = json::text(row.district);
        } else {
            value["district"] = json::text(row.id);
        }
        array.push_back(value);
    }
    return array;
}

nlohmann::json winLossJson(const WinLoss &w, const Dataset &dataset)
{
    return {{"won", tallyJson(w.won, dataset)},
            {"lost_with_reason", tallyJson(w.lostWithReason, dataset)},
            {"lost_without_reason", tallyJson(w.lostWithoutReason, dataset)},
            {"no_decision", tallyJson(w.noDecision, dataset)},
            {"minimum_lost_for_share", WinLoss::MinimumLostForShare},
            {"data_has_reasons", w.dataHasReasons},
            {"data_has_competitors", w.dataHasCompetitors},
            {"reasons", valuesJson(w.reasons, dataset)},
            {"competitors", valuesJson(w.competitors, dataset)},
            {"reps", groupsJson(w.reps, dataset, true)},
            {"districts", groupsJson(w.districts, dataset, false)}};
}

nlohmann::json sourceJson(const SourceMix &mix, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &row : mix.rows)
        array.push_back({{"group", json::text(SourceGroups::key(row.group))},
                         {"created", row.created},
                         {"created_amount", json::money(row.createdAmount)},
                         {"created_deals", json::ids(dataset, row.createdDeals)},
                         {"won", row.won},
                         {"bookings", json::money(row.bookings)},
                         {"won_deals", json::ids(dataset, row.wonDeals)},
                         {"decided", row.decided},
                         {"lost_deals", json::ids(dataset, row.lostDeals)},
                         {"win_rate", json::ratio(row.winRate)}});
    return array;
}

nlohmann::json renewalJson(const RenewalOutlook &outlook, const Dataset &dataset)
{
    nlohmann::json bands = nlohmann::json::array();
    for (const auto &band : outlook.bands)
        bands.push_back({{"band", json::text(RenewalOutlook::bandKey(band.band))},
                         {"accounts", band.accounts},
                         {"arr", json::money(band.arr)},
                         {"health_fell", band.fell},
                         {"health_flat", band.flat},
                         {"health_rose", band.rose},
                         {"no_trend", band.noTrend},
                         {"renewal_deals_commit", band.renewalCategories[0]},
                         {"renewal_deals_best_case", band.renewalCategories[1]},
                         {"renewal_deals_pipeline", band.renewalCategories[2]},
                         {"without_renewal_deal", band.withoutRenewalDeal},
                         {"account_ids", json::strings(band.accountIds)},
                         {"deals", json::ids(dataset, band.deals)}});
    return {{"from", json::date(outlook.from)}, {"to", json::date(outlook.to)}, {"bands", bands}};
}

nlohmann::json accuracyJson(const AccuracyTrend &trend, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const AccuracyPeriod &p : trend.periods)
        array.push_back({{"period", json::text(p.period.key())},
                         {"end_snapshot", json::date(p.endSnapshot)},
                         {"actual", json::money(p.scopeTotal.actual)},
                         {"wape_t14", json::ratio(p.scopeTotal.wapeT14)},
                         {"wape_t7", json::ratio(p.scopeTotal.wapeT7)},
                         {"slip_rate_t14", json::ratio(p.slipRateT14)},
                         {"slip_rate_t7", json::ratio(p.slipRateT7)},
                         {"slipped_deals_t14", json::ids(dataset, p.slippedDealsT14)}});
    return array;
}

nlohmann::json districtsJson(const DistrictComparison &c, const Dataset &dataset)
{
    const auto values = [](const DistrictComparison::Values &v) {
        nlohmann::json object = nlohmann::json::object();
        for (auto metric : DistrictComparison::metrics)
            object[DistrictComparison::metricKey(metric).toStdString()] = json::ratio(v[size_t(metric)]);
        return object;
    };
    nlohmann::json rows = nlohmann::json::array();
    for (const auto &row : c.rows)
        rows.push_back({{"district", json::text(row.district)},
                        {"values", values(row.values)},
                        {"won_deals", json::ids(dataset, row.wonDeals)},
                        {"lost_deals", json::ids(dataset, row.lostDeals)}});
    return {{"region", json::text(c.region)},
            {"districts", rows},
            {"median", values(c.median)},
            {"descriptions", json::strings(c.descriptions)},
            {"insights", toJson(c.insights, dataset)}};
}

nlohmann::json periodJson(const PeriodDeals &deals)
{
    nlohmann::json value = json::period(deals.period);
    value["snapshot"] = deals.snapshot >= 0 ? json::date(deals.snapshotDate) : nlohmann::json();
    value["closed"] = deals.closed;
    return value;
}

} // namespace

JsonMemberBuilders reviewJsonMembers(const QuarterlyReview &review, const Dataset &dataset)
{
    const QuarterlyReview *r = &review;
    const Dataset *d = &dataset;
    return {{"as_of", [r] { return json::date(r->query.asOf); }},
            {"scope", [r] { return json::text(r->query.scope.key()); }},
            {"reporting_currency", [r] { return json::text(r->reportingCurrency); }},
            {"baseline", [r] { return json::text(ReviewBaseline::key(r->baselineKind)); }},
            {"plan_file", [r] { return r->planFile.isEmpty() ? nlohmann::json() : json::text(r->planFile); }},
            {"period", [r] { return periodJson(r->actual); }},
            {"baseline_period", [r] { return periodJson(r->baseline); }},
            {"bridge", [r, d] { return bridgeJson(r->bridge, *d, false); }},
            {"by_deal_type", [r, d] { return splitJson(r->byDealType, *d); }},
            {"by_segment", [r, d] { return splitJson(r->bySegment, *d); }},
            {"win_loss", [r, d] { return winLossJson(r->winLoss, *d); }},
            {"source_mix", [r, d] { return sourceJson(r->sourceMix, *d); }},
            {"renewal_outlook", [r, d] { return renewalJson(r->renewals, *d); }},
            {"accuracy_trend", [r, d] { return accuracyJson(r->accuracy, *d); }},
            {"district_comparison",
             [r, d] { return r->districts ? districtsJson(*r->districts, *d) : nlohmann::json(); }},
            {"text", [r, d] { return json::strings(ReviewText::all(*r, *d)); }}};
}

nlohmann::json toJson(const QuarterlyReview &review, const Dataset &dataset)
{
    nlohmann::json document = nlohmann::json::object();
    for (const auto &[key, build] : reviewJsonMembers(review, dataset))
        document[key] = build();
    return document;
}

} // namespace dmc
