#include "AgendaJson.h"

#include "AgendaPatterns.h"
#include "export/json/JsonPieces.h"
#include "export/json/PlaysJson.h"

namespace dmc {

namespace {

using Json = nlohmann::json;

Json money(Cents cents)
{
    return double(cents) / 100.0;
}

Json text(const QString &value)
{
    return value.toStdString();
}

Json date(const QDate &value)
{
    return value.isValid() ? Json(value.toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

Json category(const std::optional<ForecastCategory> &value)
{
    return value ? text(forecastCategoryKey(*value)) : Json(nullptr);
}

template<typename T>
Json optionalNumber(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

} // namespace

Json AgendaJson::numbersJson(const Numbers &n)
{
    return {{"quota", money(n.quota)},
            {"quota_recorded", n.quotaRecorded()},
            {"won", money(n.won)},
            {"commit", money(n.commit)},
            {"best_case", money(n.bestCase)},
            {"pipeline", money(n.pipeline)},
            {"gap", money(n.gap)},
            {"attainment", optionalNumber(n.attainment)},
            {"commit_forecast", money(n.commitForecast)},
            {"best_case_forecast", money(n.bestCaseForecast)},
            {"open_pipeline", money(n.openPipeline)},
            {"coverage", optionalNumber(n.coverage)},
            {"weeks_left", n.weeksLeft},
            {"required_weekly_run_rate", n.requiredWeeklyRunRate ? money(*n.requiredWeeklyRunRate) : Json(nullptr)}};
}

Json AgendaJson::changeJson(const Agenda::ChangeLine &c)
{
    return {{"reason", text(changeReasonKey(c.reason))},
            {"opportunity_id", text(c.opportunityId)},
            {"deal", text(c.deal)},
            {"account", text(c.account)},
            {"from_amount", money(c.fromAmount)},
            {"to_amount", money(c.toAmount)},
            {"delta", money(c.delta)},
            {"from_close_date", date(c.fromClose)},
            {"to_close_date", date(c.toClose)},
            {"from_category", category(c.fromCategory)},
            {"to_category", category(c.toCategory)},
            {"from_stage", c.fromStage.isEmpty() ? Json(nullptr) : text(c.fromStage)},
            {"to_stage", c.toStage.isEmpty() ? Json(nullptr) : text(c.toStage)},
            {"removed", c.removed}};
}

Json AgendaJson::exceptionJson(const Agenda::ExceptionLine &h)
{
    Json hit = {{"rule", text(h.ruleId)},
                {"rule_name", text(h.ruleName)},
                {"opportunity_id", text(h.opportunityId)},
                {"deal", text(h.deal)},
                {"account", text(h.account)},
                {"amount", money(h.amount)},
                {"close_date", date(h.closeDate)},
                {"stage", text(h.stage)},
                {"category", category(h.category)},
                {"evidence", text(h.evidence)},
                {"snoozed", h.snoozed},
                {"status", text(dmActionStatusKey(h.status))},
                {"note", h.note.isEmpty() ? Json(nullptr) : text(h.note)}};
    // A snooze that ended before the as-of keeps its dates: the hit is listed open, its status still says snoozed.
    if (h.snoozed || h.status == DmActionStatus::Snoozed) {
        hit["snooze_reason"] = text(h.snoozeReason);
        hit["snoozed_until"] = date(h.snoozedUntil);
    }
    return hit;
}

Json AgendaJson::unavailableJson(const Agenda::UnavailableLine &u)
{
    Json missing = Json::array();
    for (const QString &key : u.missing)
        missing.push_back(text(key));
    return {{"rule", text(u.ruleId)}, {"rule_name", text(u.ruleName)}, {"missing", missing}, {"reason", text(u.reason)}};
}

Json AgendaJson::followUpJson(const Agenda::FollowUpLine &f)
{
    return {{"text", text(f.text)},
            {"opportunity_id", f.opportunityId.isEmpty() ? Json(nullptr) : text(f.opportunityId)},
            {"deal", f.deal.isEmpty() ? Json(nullptr) : text(f.deal)},
            {"owner", text(f.owner)},
            {"due_date", date(f.due)},
            {"status", f.overdue ? "overdue" : "due"}};
}

Json AgendaJson::repJson(const Agenda::RepPart &rep)
{
    Json changes = Json::array();
    for (const auto &change : rep.changes)
        changes.push_back(changeJson(change));
    Json exceptions = Json::array();
    for (const auto &hit : rep.exceptions)
        exceptions.push_back(exceptionJson(hit));
    Json snoozed = Json::array();
    for (const auto &hit : rep.snoozed)
        snoozed.push_back(exceptionJson(hit));
    Json questions = Json::array();
    for (const QString &question : rep.questions)
        questions.push_back(text(question));
    Json followUps = Json::array();
    for (const auto &item : rep.followUps)
        followUps.push_back(followUpJson(item));
    return {{"rep_id", text(rep.repId)},
            {"rep", text(rep.name)},
            {"district", text(rep.district)},
            {"region", text(rep.region)},
            {"numbers", numbersJson(rep.numbers)},
            {"previous", numbersJson(rep.previous)},
            {"pipeline_opening", money(rep.pipelineOpening)},
            {"pipeline_closing", money(rep.pipelineClosing)},
            {"changes", changes},
            {"exceptions", exceptions},
            {"snoozed", snoozed},
            {"questions", questions},
            {"follow_ups", followUps},
            {"patterns", AgendaPatterns::toJson(rep.patterns)}};
}

Json AgendaJson::toJson(const Agenda &agenda)
{
    Json document = toJsonWithoutReps(agenda);
    Json reps = Json::array();
    for (const Agenda::RepPart &rep : agenda.reps)
        reps.push_back(repJson(rep));
    document["reps"] = std::move(reps);
    return document;
}

void AgendaJson::write(const Agenda &agenda, std::ostream &out)
{
    // A company's agenda at 300k deals is ~40 MB of JSON: each rep's part is built as it is written.
    writeJsonInPieces(out, toJsonWithoutReps(agenda),
                      {{"reps", agenda.reps.size(), [&](size_t i) { return repJson(agenda.reps[i]); }}});
}

Json AgendaJson::toJsonWithoutReps(const Agenda &agenda)
{
    Json unavailable = Json::array();
    for (const auto &line : agenda.unavailable)
        unavailable.push_back(unavailableJson(line));
    return {{"kind", "forecast_call_agenda"},
            {"scope", text(agenda.scopeKey)},
            {"scope_name", text(agenda.scopeName)},
            {"period", text(agenda.period.key())},
            {"period_start", date(agenda.period.start)},
            {"period_end", date(agenda.period.end)},
            {"week", agenda.week},
            {"weeks_in_period", agenda.weeksInPeriod},
            {"as_of", date(agenda.asOf)},
            {"compare_to", agenda.compareTo ? date(*agenda.compareTo) : Json(nullptr)},
            {"currency", text(agenda.currency)},
            {"coverage_target", agenda.coverageTarget},
            {"generated_at", text(agenda.generatedAt.toString(Qt::ISODate))},
            {"totals", numbersJson(agenda.totals)},
            {"previous_totals", agenda.compareTo ? numbersJson(agenda.previousTotals) : Json(nullptr)},
            {"unavailable_filters", unavailable},
            {"plays", toPlaysSummaryJson(agenda.plays)},
            {"patterns", AgendaPatterns::toJson(agenda.patterns)}};
}

} // namespace dmc
