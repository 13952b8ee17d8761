#include "AgendaJson.h"

#include "AgendaPatterns.h"
#include "export/json/JsonPieces.h"
#include "export/json/PlaysJson.h"

namespace dmc {

namespace {

using nlohmann::json;

json money(Cents cents)
{
    return double(cents) / 100.0;
}

json text(const QString &value)
{
    return value.toStdString();
}

json date(const QDate &value)
{
    return value.isValid() ? json(value.toString(Qt::ISODate).toStdString()) : json(nullptr);
}

json category(const std::optional<ForecastCategory> &value)
{
    return value ? text(forecastCategoryKey(*value)) : json(nullptr);
}

template<typename T>
json optionalNumber(const std::optional<T> &value)
{
    return value ? json(*value) : json(nullptr);
}

} // namespace

json AgendaJson::numbersJson(const Numbers &n)
{
    return {{"quota", money(n.quota)},
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
            {"required_weekly_run_rate", n.requiredWeeklyRunRate ? money(*n.requiredWeeklyRunRate) : json(nullptr)}};
}

json AgendaJson::changeJson(const Agenda::ChangeLine &c)
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
            {"from_stage", c.fromStage.isEmpty() ? json(nullptr) : text(c.fromStage)},
            {"to_stage", c.toStage.isEmpty() ? json(nullptr) : text(c.toStage)},
            {"removed", c.removed}};
}

json AgendaJson::exceptionJson(const Agenda::ExceptionLine &h)
{
    json hit = {{"rule", text(h.ruleId)},
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
                {"note", h.note.isEmpty() ? json(nullptr) : text(h.note)}};
    // A snooze that ended before the as-of keeps its dates: the hit is listed open, its status still says snoozed.
    if (h.snoozed || h.status == DmActionStatus::Snoozed) {
        hit["snooze_reason"] = text(h.snoozeReason);
        hit["snoozed_until"] = date(h.snoozedUntil);
    }
    return hit;
}

json AgendaJson::unavailableJson(const Agenda::UnavailableLine &u)
{
    json missing = json::array();
    for (const QString &key : u.missing)
        missing.push_back(text(key));
    return {{"rule", text(u.ruleId)}, {"rule_name", text(u.ruleName)}, {"missing", missing}, {"reason", text(u.reason)}};
}

json AgendaJson::followUpJson(const Agenda::FollowUpLine &f)
{
    return {{"text", text(f.text)},
            {"opportunity_id", f.opportunityId.isEmpty() ? json(nullptr) : text(f.opportunityId)},
            {"deal", f.deal.isEmpty() ? json(nullptr) : text(f.deal)},
            {"owner", text(f.owner)},
            {"due_date", date(f.due)},
            {"status", f.overdue ? "overdue" : "due"}};
}

json AgendaJson::repJson(const Agenda::RepPart &rep)
{
    json changes = json::array();
    for (const auto &change : rep.changes)
        changes.push_back(changeJson(change));
    json exceptions = json::array();
    for (const auto &hit : rep.exceptions)
        exceptions.push_back(exceptionJson(hit));
    json snoozed = json::array();
    for (const auto &hit : rep.snoozed)
        snoozed.push_back(exceptionJson(hit));
    json questions = json::array();
    for (const QString &question : rep.questions)
        questions.push_back(text(question));
    json followUps = json::array();
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

json AgendaJson::toJson(const Agenda &agenda)
{
    json document = toJsonWithoutReps(agenda);
    json reps = json::array();
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

json AgendaJson::toJsonWithoutReps(const Agenda &agenda)
{
    json unavailable = json::array();
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
            {"compare_to", agenda.compareTo ? date(*agenda.compareTo) : json(nullptr)},
            {"currency", text(agenda.currency)},
            {"coverage_target", agenda.coverageTarget},
            {"generated_at", text(agenda.generatedAt.toString(Qt::ISODate))},
            {"totals", numbersJson(agenda.totals)},
            {"previous_totals", agenda.compareTo ? numbersJson(agenda.previousTotals) : json(nullptr)},
            {"unavailable_filters", unavailable},
            {"plays", toPlaysSummaryJson(agenda.plays)},
            {"patterns", AgendaPatterns::toJson(agenda.patterns)}};
}

} // namespace dmc
