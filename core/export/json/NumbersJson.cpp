#include "NumbersJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

namespace {
std::function<void(JsonWriter &)> ids(const Dataset &dataset, const std::vector<qint32> &opportunities)
{
    return [&dataset, &opportunities](JsonWriter &writer) {
        writer.strings(opportunities.size(),
                       [&](size_t i) -> QStringView { return dataset.opportunity(opportunities[i]).id; });
    };
}
} // namespace

JsonMemberList numbersMembers(const Numbers &n, const Dataset &dataset, bool withDrill)
{
    JsonMemberList members = {
        {"quota", json::money(n.quota), {}},
        {"quota_recorded", n.quotaRecorded(), {}},
        {"won", json::money(n.won), {}},
        {"commit", json::money(n.commit), {}},
        {"best_case", json::money(n.bestCase), {}},
        {"pipeline", json::money(n.pipeline), {}},
        {"gap", json::money(n.gap), {}},
        {"attainment", json::ratio(n.attainment), {}},
        {"commit_forecast", json::money(n.commitForecast), {}},
        {"best_case_forecast", json::money(n.bestCaseForecast), {}},
        {"open_pipeline", json::money(n.openPipeline), {}},
        {"weighted_pipeline", json::money(n.weightedPipeline), {}},
        {"coverage", json::ratio(n.coverage), {}},
        {"covered", n.covered(), {}},
        {"weighted_coverage", json::ratio(n.weightedCoverage), {}},
        {"weeks_left", n.weeksLeft, {}},
        {"required_weekly_run_rate", json::money(n.requiredWeeklyRunRate), {}},
        {"counts",
         {{"won", n.wonCount}, {"commit", n.commitCount}, {"best_case", n.bestCaseCount}, {"pipeline", n.pipelineCount}},
         {}},
    };
    if (withDrill) {
        members.push_back({"drill", {}, [&n, &dataset](JsonWriter &writer) {
                               writer.object({{"won", {}, ids(dataset, n.drill.won)},
                                              {"commit", {}, ids(dataset, n.drill.commit)},
                                              {"best_case", {}, ids(dataset, n.drill.bestCase)},
                                              {"pipeline", {}, ids(dataset, n.drill.pipeline)}});
                           }});
    }
    return members;
}

nlohmann::json toJson(const Numbers &n, const Dataset &dataset, bool withDrill)
{
    return toTree(numbersMembers(n, dataset, withDrill));
}

} // namespace dmc
