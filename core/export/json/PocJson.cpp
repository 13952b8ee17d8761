#include "PocJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

namespace dmc {

namespace {

nlohmann::json optional(const std::optional<int> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json stats(const PocDurationStats &stats)
{
    return {{"n", stats.n},
            {"median", stats.median ? nlohmann::json(*stats.median) : nlohmann::json(nullptr)},
            {"p75", optional(stats.p75)}};
}

nlohmann::json share(int part, int whole)
{
    return json::ratio(whole > 0 ? std::optional<double>(double(part) / whole) : std::nullopt);
}

nlohmann::json tasks(const PocTaskCounts &counts)
{
    return {{"total", counts.total}, {"open", counts.open}, {"overdue", counts.overdue}};
}

const char *dealState(PocScorecard::DealState state)
{
    switch (state) {
    case PocScorecard::DealState::Open: return "open";
    case PocScorecard::DealState::Won: return "won";
    case PocScorecard::DealState::Lost: return "lost";
    case PocScorecard::DealState::Absent: return "absent";
    }
    return "";
}

const char *dorState(PocDorItem::State state)
{
    switch (state) {
    case PocDorItem::State::Met: return "met";
    case PocDorItem::State::Missing: return "missing";
    case PocDorItem::State::NotRecorded: return "not_recorded";
    }
    return "";
}

} // namespace

nlohmann::json toJson(const PocScorecard &card)
{
    const PocRecord &poc = card.poc;
    nlohmann::json items = nlohmann::json::array();
    for (const PocDorItem &item : card.dor)
        items.push_back({{"id", json::text(item.id)}, {"required", item.required}, {"state", dorState(item.state)}});
    nlohmann::json criteria = nlohmann::json::array();
    for (const PocCriterion &c : card.criteria)
        criteria.push_back({{"id", json::text(c.id)},
                            {"objective", json::text(c.objective)},
                            {"metric", json::text(c.metric)},
                            {"target", json::text(c.target)},
                            {"method", json::text(c.method)},
                            {"evidence", json::text(c.evidence)},
                            {"measurable", c.isMeasurable()},
                            {"result", json::text(criterionResultKey(c.result))},
                            {"result_date", json::date(c.resultDate)},
                            {"recorded_date", json::date(c.recordedDate)},
                            {"changed_date", json::date(c.changedDate)}});
    nlohmann::json checkIns = nlohmann::json::array();
    for (const PocCheckIn &c : card.checkIns)
        checkIns.push_back({{"id", json::text(c.id)},
                            {"planned_date", json::date(c.plannedDate)},
                            {"held_date", json::date(c.heldDate)},
                            {"note", json::text(c.note)}});
    nlohmann::json taskList = nlohmann::json::array();
    for (const PocTask &t : card.tasks)
        taskList.push_back({{"id", json::text(t.id)},
                            {"side", json::text(taskSideKey(t.side))},
                            {"title", json::text(t.title)},
                            {"due_date", json::date(t.dueDate)},
                            {"done_date", json::date(t.doneDate)}});
    return {{"id", json::text(poc.id)},
            {"opportunity_id", json::text(poc.opportunityId)},
            {"opportunity", json::text(card.dealName)},
            {"account", json::text(card.accountName)},
            {"segment", json::text(card.segment)},
            {"rep_id", json::text(card.ownerId)},
            {"rep", json::text(card.ownerName)},
            {"deal_status", dealState(card.dealState)},
            {"won_date", json::date(card.wonDate)},
            {"shorthand", card.fromShorthand},
            {"status", json::text(pocPhaseKey(poc.phase))},
            {"outcome", poc.outcome ? json::text(pocOutcomeKey(poc.outcome)) : nlohmann::json(nullptr)},
            {"start_date", json::date(poc.start)},
            {"planned_end", json::date(poc.plannedEnd)},
            {"actual_end", json::date(poc.actualEnd)},
            {"go_live", json::date(poc.goLive)},
            {"started", card.started},
            {"ended", card.ended},
            {"elapsed_days", optional(card.elapsedDays)},
            {"planned_days", optional(card.plannedDays)},
            {"overrun_days", optional(card.overrunDays)},
            {"days_left", optional(card.daysLeft)},
            {"dor",
             {{"recorded", card.dorRecorded},
              {"complete", card.dorComplete},
              {"missing", card.dorMissing},
              {"items", items}}},
            {"criteria",
             {{"measurable", card.criteriaMeasurable},
              {"met", card.criteriaMet},
              {"not_met", card.criteriaNotMet},
              {"open", card.criteriaOpen},
              {"changed_after_start", card.criteriaChangedAfterStart},
              {"list", criteria}}},
            {"check_ins",
             {{"planned", card.checkInsPlanned},
              {"held_of_planned", card.checkInsHeldOfPlanned},
              {"held", card.checkInsHeld},
              {"last_held", json::date(card.lastCheckIn)},
              {"days_since", optional(card.daysSinceCheckIn)},
              {"list", checkIns}}},
            {"tasks", {{"buyer", tasks(card.buyerTasks)}, {"seller", tasks(card.sellerTasks)}, {"list", taskList}}},
            {"facts", json::strings(card.facts)}};
}

nlohmann::json toJson(const PocBoard &board, const Dataset &dataset)
{
    const PocFigures &f = board.figures;
    nlohmann::json figures = {{"pocs", f.pocs},
                              {"started", f.started},
                              {"dor_recorded", f.dorRecorded},
                              {"dor_complete", f.dorComplete},
                              {"dor_adoption", share(f.dorComplete, f.dorRecorded)},
                              {"duration_days", stats(f.duration)},
                              {"overrun_days", stats(f.overrun)},
                              {"past_planned_end", f.overrunning},
                              {"criteria_with_result", f.criteriaWithResult},
                              {"criteria_met", f.criteriaMet},
                              {"criteria_pass_rate", share(f.criteriaMet, f.criteriaWithResult)},
                              {"with_outcome", f.withOutcome},
                              {"technical_wins", f.technicalWins},
                              {"technical_win_rate", share(f.technicalWins, f.withOutcome)},
                              {"check_ins_planned", f.checkInsPlanned},
                              {"check_ins_held_of_planned", f.checkInsHeldOfPlanned},
                              {"buyer_tasks", tasks(f.buyerTasks)},
                              {"seller_tasks", tasks(f.sellerTasks)},
                              {"with_poc",
                               {{"decided", f.decidedWithPoc},
                                {"won", f.wonWithPoc},
                                {"win_rate", share(f.wonWithPoc, f.decidedWithPoc)}}},
                              {"without_poc",
                               {{"decided", f.decidedWithoutPoc},
                                {"won", f.wonWithoutPoc},
                                {"win_rate", share(f.wonWithoutPoc, f.decidedWithoutPoc)}}}};
    nlohmann::json cohorts = nlohmann::json::array();
    for (const PocCohort &c : board.cohorts)
        cohorts.push_back({{"period", json::text(c.period)},
                           {"started", c.started},
                           {"dor_recorded", c.dorRecorded},
                           {"dor_complete", c.dorComplete},
                           {"duration_days", stats(c.duration)},
                           {"overrun_days", stats(c.overrun)},
                           {"ended", c.ended},
                           {"won_within", c.wonWithin},
                           {"poc_to_won", share(c.wonWithin, c.ended)},
                           {"window_open", c.windowOpen},
                           {"with_go_live", c.withGoLive},
                           {"live_within", c.liveWithin}});
    nlohmann::json segments = nlohmann::json::array();
    for (const PocSegmentFigures &s : board.segments)
        segments.push_back({{"segment", json::text(s.segment)},
                            {"duration_days", stats(s.duration)},
                            {"overrun_days", stats(s.overrun)}});
    nlohmann::json pocs = nlohmann::json::array();
    for (const PocScorecard &card : board.pocs)
        pocs.push_back(toJson(card));
    return {{"as_of", json::date(board.asOf)},
            {"period", json::period(board.period)},
            {"scope", json::text(board.scope.key())},
            {"scope_name", json::text(board.scope.displayName(dataset))},
            {"within_days", board.withinDays},
            {"figures", figures},
            {"cohorts", cohorts},
            {"segments", segments},
            {"pocs", pocs}};
}

} // namespace dmc
