#include "AccuracyJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

namespace {

nlohmann::json groupJson(const DistrictAccuracy &group)
{
    return {{"district", json::text(group.district)},        {"actual", json::money(group.actual)},
            {"actual_t7", json::money(group.actualT7)},      {"actual_t14", json::money(group.actualT14)},
            {"abs_error_t7", json::money(group.absErrorT7)}, {"abs_error_t14", json::money(group.absErrorT14)},
            {"wape_t7", json::ratio(group.wapeT7)},          {"wape_t14", json::ratio(group.wapeT14)}};
}

} // namespace

nlohmann::json toJson(const AccuracyResult &result, const Dataset &dataset)
{
    nlohmann::json periods = nlohmann::json::array();
    for (const AccuracyPeriod &p : result.periods) {
        nlohmann::json reps = nlohmann::json::array();
        for (const AccuracyRow &row : p.reps) {
            reps.push_back({{"rep_id", json::text(row.repId)},
                            {"rep", json::text(row.name)},
                            {"district", json::text(row.district)},
                            {"actual", json::money(row.actual)},
                            {"forecast_t7", json::money(row.forecastT7)},
                            {"forecast_t14", json::money(row.forecastT14)},
                            {"t7_source", row.t7FromCall ? "call" : "snapshot"},
                            {"t14_source", row.t14FromCall ? "call" : "snapshot"},
                            {"ratio_t7", json::ratio(row.ratioT7)},
                            {"ratio_t14", json::ratio(row.ratioT14)}});
        }
        nlohmann::json districts = nlohmann::json::array();
        for (const DistrictAccuracy &group : p.districts)
            districts.push_back(groupJson(group));
        periods.push_back({{"period", p.period.key().toStdString()},
                           {"closed", p.closed},
                           {"t7", json::date(p.t7)},
                           {"t14", json::date(p.t14)},
                           {"snapshot_t7", json::date(p.snapshotT7)},
                           {"snapshot_t14", json::date(p.snapshotT14)},
                           {"end_snapshot", json::date(p.endSnapshot)},
                           {"reps", std::move(reps)},
                           {"districts", std::move(districts)},
                           {"scope_total", groupJson(p.scopeTotal)},
                           {"commit_at_t14", json::money(p.commitAtT14)},
                           {"slipped_from_t14", json::money(p.slippedFromT14)},
                           {"slip_rate_t14", json::ratio(p.slipRateT14)},
                           {"commit_at_t7", json::money(p.commitAtT7)},
                           {"slipped_from_t7", json::money(p.slippedFromT7)},
                           {"slip_rate_t7", json::ratio(p.slipRateT7)},
                           {"slipped_deals_t14", json::ids(dataset, p.slippedDealsT14)}});
    }
    return {{"scope", json::text(result.scope.key())},
            {"reporting_currency", json::text(dataset.reportingCurrency())},
            {"periods", std::move(periods)}};
}

} // namespace dmc
