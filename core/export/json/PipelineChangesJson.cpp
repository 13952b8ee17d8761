#include "PipelineChangesJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

namespace {

nlohmann::json bridgeJson(const ChangeBridge &b)
{
    return {{"opening", json::money(b.opening)},
            {"new", json::money(b.newDeals)},
            {"pulled_in", json::money(b.pulledIn)},
            {"transferred_in", json::money(b.transferredIn)},
            {"increased", json::money(b.increased)},
            {"decreased", json::money(b.decreased)},
            {"pushed_out", json::money(b.pushedOut)},
            {"transferred_out", json::money(b.transferredOut)},
            {"won", json::money(b.won)},
            {"lost", json::money(b.lost)},
            {"category_in", json::money(b.categoryIn)},
            {"category_out", json::money(b.categoryOut)},
            {"closing", json::money(b.closing)},
            {"holds", b.holds()}};
}

nlohmann::json categoryOrNull(const std::optional<ForecastCategory> &value)
{
    return value ? nlohmann::json(forecastCategoryKey(*value).toStdString()) : nlohmann::json(nullptr);
}

nlohmann::json stage(const Dataset &dataset, qint32 index)
{
    return index >= 0 ? json::text(dataset.stages()[size_t(index)].name) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json toJson(const PipelineChanges &changes, const Dataset &dataset)
{
    nlohmann::json deals = nlohmann::json::array();
    for (const DealChange &d : changes.deals) {
        const Opportunity &o = dataset.opportunity(d.opportunity);
        deals.push_back({{"opportunity_id", json::text(o.id)},
                         {"name", json::text(o.name)},
                         {"rep_id", d.rep >= 0 ? json::text(dataset.reps()[size_t(d.rep)].rep.id) : nullptr},
                         {"reason", changeReasonKey(d.reason).toStdString()},
                         {"removed", d.removed},
                         {"reopened", d.reopened},
                         {"from_stage", stage(dataset, d.fromStage)},
                         {"to_stage", stage(dataset, d.toStage)},
                         {"from_category", categoryOrNull(d.fromCategory)},
                         {"to_category", categoryOrNull(d.toCategory)},
                         {"from_amount", d.fromCategory ? json::money(d.fromAmount) : nullptr},
                         {"to_amount", d.toCategory ? json::money(d.toAmount) : nullptr},
                         {"from_close", json::date(d.fromClose)},
                         {"to_close", json::date(d.toClose)},
                         {"delta", json::money(d.delta)}});
    }
    nlohmann::json byCategory = nlohmann::json::object();
    for (auto category : {ForecastCategory::Commit, ForecastCategory::BestCase, ForecastCategory::Pipeline})
        byCategory[forecastCategoryKey(category).toStdString()] = bridgeJson(changes.bridge(category));
    return {{"from", json::date(changes.from)},
            {"to", json::date(changes.to)},
            {"period", changes.period.key().toStdString()},
            {"scope", json::text(changes.scope.key())},
            {"reporting_currency", json::text(dataset.reportingCurrency())},
            {"invariant_holds", changes.invariantHolds()},
            {"total", bridgeJson(changes.total)},
            {"by_category", byCategory},
            {"deals", deals}};
}

} // namespace dmc
