#include "ConversionJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

nlohmann::json toJson(const StageConversion &c, const Dataset &dataset)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const StageStep &step : c.steps) {
        steps.push_back({{"stage", json::text(dataset.stages()[size_t(step.stage)].name)},
                         {"entered", step.entered},
                         {"advanced", step.advanced},
                         {"fell_out", step.fellOut},
                         {"pending", step.pending},
                         {"conversion", json::ratio(step.conversion)}});
    }
    return {{"scope", json::text(c.scope.key())},
            {"as_of", json::date(c.asOf)},
            {"steps", steps},
            {"won_deals", c.wonDeals},
            {"lost_deals", c.lostDeals},
            {"win_rate", json::ratio(c.winRate)},
            {"median_cycle_days", json::ratio(c.medianCycleDays)},
            {"average_won_amount",
             c.averageWonAmount ? json::money(Cents(*c.averageWonAmount)) : nlohmann::json(nullptr)},
            {"overall_conversion", json::ratio(c.overallConversion)}};
}

nlohmann::json toJson(const std::vector<DeadwoodDeal> &deadwood, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const DeadwoodDeal &d : deadwood) {
        array.push_back({{"opportunity_id", json::text(dataset.opportunity(d.opportunity).id)},
                         {"rep_id", d.rep >= 0 ? json::text(dataset.reps()[size_t(d.rep)].rep.id) : nullptr},
                         {"amount", json::money(d.amount)},
                         {"close_date", json::date(d.closeDate)},
                         {"created_date", json::date(d.createdDate)},
                         {"age_days", d.ageDays},
                         {"too_old", d.tooOld},
                         {"past_close", d.pastClose},
                         {"median_cycle_days", d.medianCycleDays}});
    }
    return array;
}

} // namespace dmc
