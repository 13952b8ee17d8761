#include "CockpitJson.h"

#include "JsonSupport.h"
#include "JsonWriter.h"
#include "NumbersJson.h"

namespace dmc {

namespace {

nlohmann::json deltas(const Numbers &now, const Numbers &before)
{
    return {{"won", json::money(now.won - before.won)},
            {"commit", json::money(now.commit - before.commit)},
            {"best_case", json::money(now.bestCase - before.bestCase)},
            {"pipeline", json::money(now.pipeline - before.pipeline)},
            {"gap", json::money(now.gap - before.gap)},
            {"commit_forecast", json::money(now.commitForecast - before.commitForecast)},
            {"best_case_forecast", json::money(now.bestCaseForecast - before.bestCaseForecast)},
            {"open_pipeline", json::money(now.openPipeline - before.openPipeline)}};
}

// A Numbers object nested as one member.
std::function<void(JsonWriter &)> numbers(const Numbers &n, const Dataset &dataset, bool withDrill)
{
    return [&n, &dataset, withDrill](JsonWriter &writer) { writer.object(numbersMembers(n, dataset, withDrill)); };
}

void writeTeamRow(JsonWriter &writer, const TeamRow &row, const Dataset &dataset)
{
    JsonMemberList members = numbersMembers(row.numbers, dataset);
    members.push_back({"rep_id", json::text(row.repId), {}});
    members.push_back({"rep", json::text(row.name), {}});
    members.push_back({"district", json::text(row.district), {}});
    members.push_back({"region", json::text(row.region), {}});
    members.push_back({"exceptions", row.exceptions, {}});
    members.push_back({"previous", {}, numbers(row.previous, dataset, false)});
    members.push_back({"deltas", deltas(row.numbers, row.previous), {}});
    writer.object(std::move(members));
}

JsonMemberList cockpitMembers(const CockpitResult &result, const Dataset &dataset)
{
    nlohmann::json path = nlohmann::json::array();
    for (const PathPoint &point : result.pathToPlan) {
        path.push_back({{"week", point.week},
                        {"date", json::date(point.date)},
                        {"plan", json::money(point.plan)},
                        {"snapshot", json::date(point.snapshot)},
                        {"won", json::money(point.won)},
                        {"commit_forecast", json::money(point.commitForecast)},
                        {"best_case_forecast", json::money(point.bestCaseForecast)}});
    }

    nlohmann::json followUps = nlohmann::json::array();
    for (const FollowUpDue &item : result.followUps) {
        followUps.push_back({{"id", item.id},
                             {"rep_id", json::text(item.repId)},
                             {"opportunity_id", json::text(item.opportunityId)},
                             {"rule_id", json::text(item.ruleId)},
                             {"text", json::text(item.text)},
                             {"owner", json::text(item.owner)},
                             {"due_date", json::date(item.dueDate)}});
    }

    const auto totals = [&result, &dataset](JsonWriter &writer) {
        JsonMemberList members = numbersMembers(result.totals, dataset);
        members.push_back({"exceptions", result.exceptions, {}});
        writer.object(std::move(members));
    };
    const auto team = [&result, &dataset](JsonWriter &writer) {
        writer.beginArray();
        for (const TeamRow &row : result.team)
            writeTeamRow(writer, row, dataset);
        writer.endArray();
    };
    return {{"as_of", json::date(result.asOf), {}},
            {"previous_as_of", json::date(result.previousAsOf), {}},
            {"period", result.period.key().toStdString(), {}},
            {"period_start", json::date(result.period.start), {}},
            {"period_end", json::date(result.period.end), {}},
            {"scope", json::text(result.scope.key()), {}},
            {"reporting_currency", json::text(result.reportingCurrency), {}},
            {"coverage_target", result.coverageTarget, {}},
            {"totals", {}, totals},
            {"previous_totals", {}, numbers(result.previousTotals, dataset, false)},
            {"deltas", deltas(result.totals, result.previousTotals), {}},
            {"next_period", result.nextPeriod.key().toStdString(), {}},
            {"forward", {}, numbers(result.forward, dataset, false)},
            {"team", {}, team},
            {"path_to_plan", std::move(path), {}},
            {"follow_ups", std::move(followUps), {}}};
}

} // namespace

void writeJson(std::ostream &out, const CockpitResult &result, const Dataset &dataset)
{
    JsonWriter(out).object(cockpitMembers(result, dataset));
}

nlohmann::json toJson(const CockpitResult &result, const Dataset &dataset)
{
    return toTree(cockpitMembers(result, dataset));
}

} // namespace dmc
