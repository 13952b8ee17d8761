#include "CockpitJson.h"

#include "JsonSupport.h"
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

} // namespace

nlohmann::json toJson(const CockpitResult &result, const Dataset &dataset)
{
    nlohmann::json totals = toJson(result.totals, dataset);
    totals["exceptions"] = result.exceptions;

    nlohmann::json team = nlohmann::json::array();
    for (const TeamRow &row : result.team) {
        nlohmann::json item = toJson(row.numbers, dataset);
        item["rep_id"] = json::text(row.repId);
        item["rep"] = json::text(row.name);
        item["district"] = json::text(row.district);
        item["region"] = json::text(row.region);
        item["exceptions"] = row.exceptions;
        item["previous"] = toJson(row.previous, dataset, false);
        item["deltas"] = deltas(row.numbers, row.previous);
        team.push_back(std::move(item));
    }

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

    return {{"as_of", json::date(result.asOf)},
            {"previous_as_of", json::date(result.previousAsOf)},
            {"period", result.period.key().toStdString()},
            {"period_start", json::date(result.period.start)},
            {"period_end", json::date(result.period.end)},
            {"scope", json::text(result.scope.key())},
            {"reporting_currency", json::text(result.reportingCurrency)},
            {"coverage_target", result.coverageTarget},
            // Moved, not copied: a json_ref of an lvalue copies the whole tree (the drill lists).
            {"totals", std::move(totals)},
            {"previous_totals", toJson(result.previousTotals, dataset, false)},
            {"deltas", deltas(result.totals, result.previousTotals)},
            {"next_period", result.nextPeriod.key().toStdString()},
            {"forward", toJson(result.forward, dataset, false)},
            {"team", std::move(team)},
            {"path_to_plan", std::move(path)},
            {"follow_ups", std::move(followUps)}};
}

} // namespace dmc
