#include "RenewalJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

namespace {

nlohmann::json reading(const std::optional<HealthReading> &value)
{
    if (!value)
        return nullptr;
    return {{"date", json::date(value->date)}, {"score", value->score}};
}

} // namespace

nlohmann::json toJson(const RenewalWatchlist &list, const Dataset &dataset)
{
    nlohmann::json entries = nlohmann::json::array();
    nlohmann::json bands = {{"30", 0}, {"60", 0}, {"90", 0}, {"120", 0}};
    for (const auto &entry : list.entries) {
        const std::string band = std::to_string(entry.band);
        bands[band] = bands[band].get<int>() + 1;
        nlohmann::json readings = nlohmann::json::array();
        for (const HealthReading &r : entry.readings)
            readings.push_back({{"date", json::date(r.date)}, {"score", r.score}});
        nlohmann::json renewal = nullptr;
        if (entry.renewalDeal >= 0)
            renewal = {{"opportunity_id", json::text(entry.renewalDealId)},
                       {"opportunity", json::text(entry.renewalDealName)},
                       {"stage", json::text(entry.renewalStage)},
                       {"category", json::text(forecastCategoryKey(entry.renewalCategory))},
                       {"amount", json::money(entry.renewalAmount)},
                       {"close_date", json::date(entry.renewalClose)},
                       {"rep_id", json::text(entry.repId)}};
        std::vector<qint32> drill = entry.expansionDeals;
        if (entry.renewalDeal >= 0)
            drill.insert(drill.begin(), entry.renewalDeal);
        entries.push_back({{"account_id", json::text(entry.accountId)},
                           {"account", json::text(entry.name)},
                           {"sponsor", json::text(entry.sponsor)},
                           {"renewal_date", json::date(entry.renewalDate)},
                           {"days_to_renewal", entry.daysToRenewal},
                           {"band", entry.band},
                           {"arr", json::money(entry.arr)},
                           {"health", reading(entry.health)},
                           {"health_baseline", reading(entry.baseline)},
                           {"health_change", entry.change ? nlohmann::json(*entry.change) : nlohmann::json(nullptr)},
                           {"readings", readings},
                           {"renewal_deal", renewal},
                           {"expansion_pipeline", json::money(entry.expansionPipeline)},
                           {"expansion_deals", json::ids(dataset, entry.expansionDeals)},
                           {"drill", json::ids(dataset, drill)},
                           {"text", json::text(entry.text)}});
    }
    nlohmann::json missing = nlohmann::json::array();
    for (const auto &gap : list.missing)
        missing.push_back({{"field", json::text(gap.field)}, {"text", json::text(gap.text)}});
    return {{"as_of", json::date(list.asOf)},
            {"scope", json::text(list.scope.key())},
            {"reporting_currency", json::text(list.reportingCurrency)},
            {"window_days", list.windowDays},
            {"trend_days", list.trendDays},
            {"reading_days", list.readingDays},
            {"count_by_band", bands},
            {"missing", missing},
            {"accounts", entries}};
}

} // namespace dmc
