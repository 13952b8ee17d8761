#include "NumbersJson.h"

#include "JsonSupport.h"

namespace dmc {

nlohmann::json toJson(const Numbers &n, const Dataset &dataset, bool withDrill)
{
    nlohmann::json object = {
        {"quota", json::money(n.quota)},
        {"won", json::money(n.won)},
        {"commit", json::money(n.commit)},
        {"best_case", json::money(n.bestCase)},
        {"pipeline", json::money(n.pipeline)},
        {"gap", json::money(n.gap)},
        {"attainment", json::ratio(n.attainment)},
        {"commit_forecast", json::money(n.commitForecast)},
        {"best_case_forecast", json::money(n.bestCaseForecast)},
        {"open_pipeline", json::money(n.openPipeline)},
        {"weighted_pipeline", json::money(n.weightedPipeline)},
        {"coverage", json::ratio(n.coverage)},
        {"covered", n.covered()},
        {"weighted_coverage", json::ratio(n.weightedCoverage)},
        {"weeks_left", n.weeksLeft},
        {"required_weekly_run_rate", json::money(n.requiredWeeklyRunRate)},
        {"counts",
         {{"won", n.wonCount},
          {"commit", n.commitCount},
          {"best_case", n.bestCaseCount},
          {"pipeline", n.pipelineCount}}},
    };
    if (withDrill) {
        object["drill"] = {{"won", json::ids(dataset, n.drill.won)},
                           {"commit", json::ids(dataset, n.drill.commit)},
                           {"best_case", json::ids(dataset, n.drill.bestCase)},
                           {"pipeline", json::ids(dataset, n.drill.pipeline)}};
    }
    return object;
}

} // namespace dmc
