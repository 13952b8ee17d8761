#include "CoachingPackJson.h"

#include "InsightJson.h"
#include "JsonSupport.h"
#include "NumbersJson.h"
#include "PipelineChangesJson.h"
#include "PlaysJson.h"
#include "RiskJson.h"
#include "analytics/insights/InsightReview.h"

#include <cmath>

namespace dmc {

nlohmann::json toJson(const CoachingPackData &pack, const Dataset &dataset)
{
    nlohmann::json matrix = nlohmann::json::array();
    for (const auto &row : pack.meddpiccMatrix) {
        nlohmann::json levels = nlohmann::json::object();
        for (int i = 0; i < MeddpiccElementCount; ++i)
            levels[meddpiccKey(MeddpiccElement(i)).toStdString()] =
                evidenceLevelKey(row.levels[size_t(i)]).toStdString();
        matrix.push_back({{"opportunity_id", json::text(row.opportunityId)},
                          {"opportunity", json::text(row.opportunityName)},
                          {"account", json::text(row.accountName)},
                          {"stage", json::text(row.stage)},
                          {"category", json::text(forecastCategoryKey(row.category))},
                          {"amount", json::money(row.amount)},
                          {"close_date", json::date(row.closeDate)},
                          {"confirmed", row.confirmed},
                          {"levels", levels}});
    }
    auto number = [](const std::optional<double> &value) {
        return value ? nlohmann::json(std::round(*value * 10000.0) / 10000.0) : nlohmann::json(nullptr);
    };
    nlohmann::json metrics = nlohmann::json::array();
    for (const auto &metric : pack.metrics) {
        // Money metrics in reporting-currency units like every amount.
        const bool money = metric.key == QLatin1String("average_deal_size");
        auto scaled = [&](const std::optional<double> &v) {
            return money && v ? std::optional<double>(*v / 100.0) : v;
        };
        metrics.push_back({{"key", json::text(metric.key)},
                           {"name", json::text(CoachingPackData::metricName(metric.key))},
                           {"rep", number(scaled(metric.rep))},
                           {"district_median", number(scaled(metric.districtMedian))},
                           {"district_reps", metric.districtReps},
                           {"text", json::text(metric.text)}});
    }
    nlohmann::json stacks = nlohmann::json::array();
    for (const auto &stack : pack.beliefStacks) {
        nlohmann::json beliefs = nlohmann::json::array();
        for (const auto &belief : stack.beliefs)
            beliefs.push_back(
                {{"position", belief.position},
                 {"belief_key", belief.key.isEmpty() ? nlohmann::json(nullptr) : json::text(belief.key)},
                 {"belief", json::text(belief.text)},
                 {"rating", belief.rating.isEmpty() ? nlohmann::json(nullptr) : json::text(belief.rating)},
                 {"rating_name", json::text(CoachingPackData::ratingName(belief.rating))}});
        stacks.push_back({{"opportunity_id", json::text(stack.opportunityId)},
                          {"opportunity", json::text(stack.opportunityName)},
                          {"beliefs", beliefs}});
    }
    // "Numbers and changes" with the exact values beside the texts the documents show.
    nlohmann::json numberRows = nlohmann::json::array();
    for (const PackNumbers::Row &row : pack.numberRows) {
        const auto value = [&](const std::optional<double> &v) {
            if (row.kind == PackNumbers::Row::Kind::Ratio)
                return json::ratio(v);
            return v ? json::money(Cents(std::llround(*v))) : nlohmann::json(nullptr);
        };
        numberRows.push_back(
            {{"key", json::text(row.key)},
             {"label", json::text(row.label)},
             {"value", value(row.value)},
             {"previous", pack.previousAsOf ? value(row.previous) : nlohmann::json(nullptr)},
             {"value_text", json::text(row.valueText)},
             {"change_text", pack.previousAsOf ? json::text(row.changeText) : nlohmann::json(nullptr)}});
    }
    nlohmann::json questions = nlohmann::json::array();
    for (const auto &question : pack.questions)
        questions.push_back({{"opportunity_id", json::text(question.opportunityId)},
                             {"opportunity", json::text(question.opportunityName)},
                             {"id", json::text(question.questionId)},
                             {"kind", json::text(QuestionBank::kindKey(question.kind))},
                             {"rules", json::strings(question.rules)},
                             {"text", json::text(question.text)}});
    nlohmann::json followUps = nlohmann::json::array();
    for (const auto &item : pack.followUps)
        followUps.push_back({{"id", item.id},
                             {"opportunity_id", json::text(item.opportunityId)},
                             {"rule_id", json::text(item.ruleId)},
                             {"text", json::text(item.text)},
                             {"owner", json::text(item.owner)},
                             {"due_date", json::date(item.dueDate)}});
    // The rep's POCs: the figures the pack's POC table shows, with its cells as text.
    nlohmann::json pocs = nlohmann::json::array();
    for (size_t i = 0; i < pack.pocs.size() && i < pack.pocLines.size(); ++i) {
        const PocScorecard &card = pack.pocs[i];
        const CoachingPackData::PocLine &line = pack.pocLines[i];
        const auto days = [](const std::optional<int> &value) {
            return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
        };
        QStringList missing;
        for (const PocDorItem &item : card.dor)
            if (item.required && item.state == PocDorItem::State::Missing)
                missing << item.id;
        pocs.push_back(
            {{"id", json::text(card.poc.id)},
             {"opportunity_id", json::text(card.poc.opportunityId)},
             {"opportunity", json::text(card.dealName)},
             {"status", json::text(pocPhaseKey(card.poc.phase))},
             {"elapsed_days", days(card.elapsedDays)},
             {"planned_days", days(card.plannedDays)},
             {"days_left", days(card.daysLeft)},
             {"overrun_days", days(card.overrunDays)},
             {"dor_recorded", card.dorRecorded},
             {"dor_missing", json::strings(missing)},
             {"criteria", {{"met", card.criteriaMet}, {"not_met", card.criteriaNotMet}, {"open", card.criteriaOpen}}},
             {"tasks_overdue", {{"buyer", card.buyerTasks.overdue}, {"seller", card.sellerTasks.overdue}}},
             {"text",
              {{"status", json::text(line.status)},
               {"timeline", json::text(line.timeline)},
               {"dor", json::text(line.dor)},
               {"criteria", json::text(line.criteria)},
               {"overdue", json::text(line.overdue)}}}});
    }
    // The patterns the pack shows (the cap), with how many more and how many dismissed.
    const InsightReview::Selection selection = InsightReview::select(pack.patterns, pack.patternCap);
    nlohmann::json patterns = nlohmann::json::array();
    for (const Insight *insight : selection.shown)
        patterns.push_back(toJson(*insight, dataset));
    return {{"rep_id", json::text(pack.repId)},
            {"rep", json::text(pack.repName)},
            {"district", json::text(pack.district)},
            {"region", json::text(pack.region)},
            {"as_of", json::date(pack.asOf)},
            {"previous_as_of", json::date(pack.previousAsOf)},
            {"period", pack.period.key().toStdString()},
            {"reporting_currency", json::text(pack.reportingCurrency)},
            {"numbers", toJson(pack.numbers, dataset)},
            {"previous", toJson(pack.previous, dataset, false)},
            {"numbers_table", numberRows},
            {"pipeline_bridge",
             pack.pipelineBridge.isEmpty() ? nlohmann::json(nullptr) : json::text(pack.pipelineBridge)},
            {"changes", pack.previousAsOf ? toJson(pack.changes, dataset) : nlohmann::json(nullptr)},
            {"exceptions", toJson(pack.exceptions)},
            {"meddpicc_matrix", matrix},
            {"metrics", metrics},
            {"belief_stacks", stacks},
            {"questions", questions},
            {"follow_ups", followUps},
            {"pocs", pocs},
            {"plays", toPlaysSummaryJson(pack.plays)},
            {"patterns", {{"shown", patterns}, {"more", selection.more}, {"dismissed", selection.dismissed}}},
            {"coaching_note", pack.coachingNote.isEmpty() ? nlohmann::json(nullptr) : json::text(pack.coachingNote)},
            {"summary", json::strings(pack.summary)}};
}

} // namespace dmc
