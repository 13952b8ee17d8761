#include "PlaysJson.h"

#include "JsonSupport.h"

namespace dmc {

namespace {

nlohmann::json query(const PlaysReport &report)
{
    return {{"as_of", json::date(report.asOf)},
            {"period", json::period(report.period)},
            {"scope", json::text(report.scope.key())},
            {"minimum_n", report.minimumN}};
}

nlohmann::json ratio(const std::optional<double> &value)
{
    return json::ratio(value);
}

nlohmann::json deal(const PlayDeal &deal)
{
    const char *state = deal.state == PlayDeal::State::Open ? "open"
        : deal.state == PlayDeal::State::Won                ? "won"
                                                            : "lost";
    return {{"opportunity_id", json::text(deal.id)},
            {"opportunity", json::text(deal.name)},
            {"account", json::text(deal.accountName)},
            {"segment", json::text(deal.segment)},
            {"rep", json::text(deal.ownerName)},
            {"stage", json::text(deal.stage)},
            {"state", state},
            {"amount", json::money(deal.amount)},
            {"created_date", json::date(deal.created)},
            {"close_date", json::date(deal.close)},
            {"attribution", json::text(partnerAttributionKey(deal.attribution))},
            {"primary_partner_id",
             deal.primaryPartnerId.isEmpty() ? nlohmann::json(nullptr) : json::text(deal.primaryPartnerId)},
            {"partner_rows", deal.partnerRows}};
}

nlohmann::json cell(const WithWithoutCell &c)
{
    return {{"decided", c.decided},
            {"won", c.won},
            {"win_rate", ratio(c.winRate)},
            {"average_won", json::money(c.averageWon)},
            {"cycle_n", c.cycleN},
            {"median_cycle_days", c.medianCycleDays ? nlohmann::json(*c.medianCycleDays) : nlohmann::json(nullptr)}};
}

nlohmann::json chain(const PlaysReport &report, const TaskChain &c)
{
    return {{"opportunity_id", json::text(report.deals[size_t(c.deal)].id)},
            {"tasks", json::strings(c.tasks)},
            {"end", json::date(c.end)},
            {"close_date", json::date(c.close)},
            {"days_after_close", c.daysAfterClose ? nlohmann::json(*c.daysAfterClose) : nlohmann::json(nullptr)}};
}

} // namespace

nlohmann::json toPartnersJson(const PlaysReport &report)
{
    nlohmann::json document = toPartnersJsonWithoutDeals(report);
    nlohmann::json deals = nlohmann::json::array();
    for (const PlayDeal &d : report.deals)
        deals.push_back(partnerDealJson(d));
    document["deals"] = std::move(deals);
    return document;
}

nlohmann::json partnerDealJson(const PlayDeal &playDeal)
{
    return deal(playDeal);
}

nlohmann::json toPartnersJsonWithoutDeals(const PlaysReport &report)
{
    const PartnerFigures &f = report.partners;
    nlohmann::json split = nlohmann::json::object();
    for (const auto attribution :
         {PartnerAttribution::Sourced, PartnerAttribution::Influenced, PartnerAttribution::None}) {
        const AttributionShare &s = f.split[size_t(attribution)];
        split[partnerAttributionKey(attribution).toStdString()] = {{"deals", s.deals},
                                                                   {"amount", json::money(s.amount)},
                                                                   {"open_deals", s.openDeals},
                                                                   {"open_amount", json::money(s.openAmount)},
                                                                   {"won_deals", s.wonDeals},
                                                                   {"won_amount", json::money(s.wonAmount)}};
    }
    nlohmann::json table = nlohmann::json::array();
    for (const WithWithoutRow &row : f.withWithout)
        table.push_back({{"segment", row.all ? nlohmann::json("*") : json::text(row.segment)},
                         {"with_partner", cell(row.with)},
                         {"without_partner", cell(row.without)}});
    nlohmann::json partners = nlohmann::json::array();
    for (const PartnerRow &p : f.partners)
        partners.push_back({{"id", json::text(p.id)},
                            {"name", json::text(p.name)},
                            {"capabilities", json::strings(p.capabilities)},
                            {"segments", json::strings(p.segments)},
                            {"vehicles", json::strings(p.vehicles)},
                            {"deals", p.deals},
                            {"sourced_deals", p.sourcedDeals},
                            {"sourced_amount", json::money(p.sourcedAmount)},
                            {"influenced_deals", p.influencedDeals},
                            {"influenced_amount", json::money(p.influencedAmount)},
                            {"co_sell_won", p.coSellWon},
                            {"co_sell_lost", p.coSellLost},
                            {"win_rate", ratio(p.winRate)}});
    const PartnerCoverage &c = f.coverage;
    return {{"query", query(report)},
            {"attribution", split},
            {"with_without", table},
            {"coverage",
             {{"open_deals", c.openDeals},
              {"open_amount", json::money(c.openAmount)},
              {"with_partner_deals", c.withPartnerDeals},
              {"with_partner_amount", json::money(c.withPartnerAmount)},
              {"share", ratio(c.share)}}},
            {"partners", partners}};
}

nlohmann::json toPlaysJson(const PlaysReport &report)
{
    nlohmann::json plays = nlohmann::json::array();
    for (const PlayFigures &p : report.plays) {
        nlohmann::json steps = nlohmann::json::array();
        for (const PlayStep &s : p.steps)
            steps.push_back(
                {{"id", json::text(s.id)}, {"title", json::text(s.title)}, {"due_stage", json::text(s.dueStage)}});
        nlohmann::json deals = nlohmann::json::array();
        for (const PlayDealSteps &d : p.deals) {
            QStringList missing;
            for (const PlayStep &s : d.missing)
                missing << s.id;
            deals.push_back({{"opportunity_id", json::text(report.deals[size_t(d.deal)].id)},
                             {"stage", json::text(report.deals[size_t(d.deal)].stage)},
                             {"steps_due", d.due},
                             {"steps_done", d.done},
                             {"missing_steps", json::strings(missing)}});
        }
        nlohmann::json partners = nlohmann::json::array();
        for (const PartnerMatch &m : p.partners)
            partners.push_back({{"partner_id", json::text(m.partnerId)},
                                {"name", json::text(m.partnerName)},
                                {"matched", json::strings(m.matched)},
                                {"match_count", m.matched.size()},
                                {"co_sell_won", m.coSellWon},
                                {"co_sell_lost", m.coSellLost}});
        plays.push_back({{"id", json::text(p.play.id)},
                         {"name", json::text(p.play.name)},
                         {"steps", steps},
                         {"eligible", p.deals.size()},
                         {"adherent", p.adherent},
                         {"adherence", ratio(p.adherence)},
                         {"deals", deals},
                         {"partner_matches", partners}});
    }
    nlohmann::json roles = nlohmann::json::array();
    for (const RoleTasks &r : report.tasks.roles)
        roles.push_back({{"role", json::text(taskRoleKey(r.role))},
                         {"open", r.open},
                         {"overdue", r.overdue},
                         {"longest_chain", r.longestChain ? chain(report, *r.longestChain) : nlohmann::json(nullptr)}});
    nlohmann::json chains = nlohmann::json::array();
    for (const TaskChain &c : report.tasks.dealChains)
        chains.push_back(chain(report, c));
    return {{"query", query(report)}, {"plays", plays}, {"task_roles", roles}, {"deal_chains", chains}};
}

nlohmann::json toComplianceJson(const PlaysReport &report)
{
    static const char *const states[] = {"not_yet_due", "in_parallel",  "started_late",
                                         "not_started", "not_required", "recorded_only"};
    const ComplianceFigures &f = report.compliance;
    nlohmann::json cells = nlohmann::json::array();
    for (const ComplianceCell &c : f.cells)
        cells.push_back({{"opportunity_id", json::text(report.deals[size_t(c.deal)].id)},
                         {"artifact", json::text(c.artifact)},
                         {"required", c.required},
                         {"stage", c.stage.isEmpty() ? nlohmann::json(nullptr) : json::text(c.stage)},
                         {"entered", json::date(c.entered)},
                         {"status", c.status ? json::text(artifactStatusKey(*c.status)) : nlohmann::json(nullptr)},
                         {"started", json::date(c.started)},
                         {"done", json::date(c.done)},
                         {"state", states[size_t(c.state)]}});
    nlohmann::json artifacts = nlohmann::json::array();
    for (const ComplianceArtifactFigures &a : f.artifacts)
        artifacts.push_back(
            {{"artifact", json::text(a.artifact)},
             {"due", a.due},
             {"in_parallel", a.inParallel},
             {"rate", ratio(a.due > 0 ? std::optional<double>(double(a.inParallel) / a.due) : std::nullopt)}});
    return {{"query", query(report)}, {"due", f.due},           {"in_parallel", f.inParallel},
            {"rate", ratio(f.rate)},  {"artifacts", artifacts}, {"cells", cells}};
}

nlohmann::json toPlaysSummaryJson(const PlaysSummary &summary)
{
    if (!summary.present)
        return nullptr;
    nlohmann::json plays = nlohmann::json::array();
    for (const PlaysSummary::PlayLine &play : summary.plays)
        plays.push_back({{"id", json::text(play.playId)},
                         {"name", json::text(play.name)},
                         {"eligible", play.eligible},
                         {"adherent", play.adherent},
                         {"adherence", ratio(play.adherence)}});
    nlohmann::json overdue = nlohmann::json::object();
    for (size_t role = 0; role < summary.overdueByRole.size(); ++role)
        overdue[taskRoleKey(TaskRole(role)).toStdString()] = summary.overdueByRole[role];
    nlohmann::json deals = nlohmann::json::array();
    for (const PlaysSummary::DealLine &deal : summary.deals)
        deals.push_back({{"opportunity_id", json::text(deal.opportunityId)},
                         {"opportunity", json::text(deal.deal)},
                         {"owner", json::text(deal.owner)},
                         {"amount", json::money(deal.amount)},
                         {"stage", json::text(deal.stage)},
                         {"missing_steps", json::strings(deal.stepIds)},
                         {"artifacts_not_started", json::strings(deal.artifactIds)},
                         {"tasks_overdue", json::strings(deal.overdueTaskIds)},
                         {"text",
                          {{"missing_steps", json::strings(deal.missingSteps)},
                           {"artifacts_not_started", json::strings(deal.artifacts)},
                           {"tasks_overdue", json::strings(deal.overdueTasks)}}}});
    return {{"plays", plays},
            {"compliance",
             {{"due", summary.artifactsDue},
              {"in_parallel", summary.artifactsInParallel},
              {"rate", ratio(summary.parallelRate)}}},
            {"tasks_overdue", overdue},
            {"deals", deals},
            {"summary", json::strings(summary.lines())}};
}

} // namespace dmc
