#include "CapacityJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"

#include <cmath>

namespace dmc {

namespace {

nlohmann::json fraction(double value)
{
    return json::ratio(std::optional<double>(value));
}

const char *quotaSourceKey(CapacityPlan::QuotaSource source)
{
    switch (source) {
    case CapacityPlan::QuotaSource::Own: return "own";
    case CapacityPlan::QuotaSource::RoleMedian: return "role_median";
    case CapacityPlan::QuotaSource::Assumed: return "assumed";
    case CapacityPlan::QuotaSource::None: return "none";
    }
    return "none";
}

nlohmann::json assumptionsJson(const CapacityAssumptions &set)
{
    nlohmann::json hires = nlohmann::json::array();
    for (const auto &hire : set.hires)
        hires.push_back({{"name", json::text(hire.name)},
                         {"role", json::text(hire.role)},
                         {"start", json::date(hire.start)},
                         {"quarterly_quota", json::money(hire.quarterlyQuota)},
                         {"district", hire.district.isEmpty() ? nlohmann::json(nullptr) : json::text(hire.district)},
                         {"region", hire.region.isEmpty() ? nlohmann::json(nullptr) : json::text(hire.region)}});
    nlohmann::json leavers = nlohmann::json::array();
    for (const auto &leaver : set.leavers)
        leavers.push_back({{"rep_id", json::text(leaver.repId)}, {"last_day", json::date(leaver.lastDay)}});
    return {{"name", set.name.isEmpty() ? nlohmann::json(nullptr) : json::text(set.name)},
            {"attainment_factor", fraction(set.attainmentFactor)},
            {"curves", set.curves == CapacityAssumptions::Curves::Shipped ? "shipped" : "database"},
            {"district_target", json::money(set.districtTarget)},
            {"hires", hires},
            {"leavers", leavers}};
}

nlohmann::json planJson(const CapacityPlan &plan, const QString &currency)
{
    nlohmann::json months = nlohmann::json::array();
    for (const CapacityPlan::Month &month : plan.months)
        months.push_back({{"month", json::date(month.month)},
                          {"period", month.periodIndex == 0 ? "period" : "next"},
                          {"capacity", json::money(month.capacity)},
                          {"need", json::money(month.need)},
                          {"ramp_loss", json::money(month.rampLoss)},
                          {"fre", fraction(month.fre)},
                          {"reps", month.reps}});
    nlohmann::json totals = nlohmann::json::array();
    for (const CapacityPlan::Totals &t : plan.totals)
        totals.push_back(
            {{"period", json::period(t.period)},
             {"capacity", json::money(t.capacity)},
             {"need", json::money(t.need)},
             {"need_is_target", t.needIsTarget},
             {"ramp_loss", json::money(t.rampLoss)},
             {"fre", fraction(t.fre)},
             {"mean_full_quota", json::money(t.meanFullQuota)},
             {"match", json::ratio(t.match)},
             {"within_band", t.withinBand()},
             {"fre_for_need", json::ratio(t.freForNeed)},
             {"summary", json::text(CapacityPlan::describe(t, plan.assumptions.attainmentFactor, currency))},
             {"fre_arithmetic",
              json::text(CapacityPlan::freArithmetic(t, plan.assumptions.attainmentFactor, currency))}});
    nlohmann::json reps = nlohmann::json::array();
    for (const CapacityPlan::Rep &rep : plan.reps) {
        nlohmann::json cells = nlohmann::json::array();
        for (const CapacityPlan::RepMonth &cell : rep.months)
            cells.push_back({{"employed", cell.employed},
                             {"tenure_month", cell.tenure < 0 ? nlohmann::json(nullptr) : nlohmann::json(cell.tenure)},
                             {"ramp", fraction(cell.ramp)},
                             {"capacity", json::money(cell.capacity)},
                             {"ramp_loss", json::money(cell.rampLoss)}});
        reps.push_back(
            {{"rep_id", rep.id.isEmpty() ? nlohmann::json(nullptr) : json::text(rep.id)},
             {"name", json::text(rep.name)},
             {"role", json::text(rep.role)},
             {"start", json::date(rep.start)},
             {"end", json::date(rep.end)},
             {"planned", rep.planned},
             {"assumed", rep.assumed},
             {"full_quota", nlohmann::json::array({json::money(rep.fullQuota[0]), json::money(rep.fullQuota[1])})},
             {"quota_source",
              nlohmann::json::array({quotaSourceKey(rep.quotaSource[0]), quotaSourceKey(rep.quotaSource[1])})},
             {"fre", fraction(rep.fre)},
             {"capacity", json::money(rep.capacity)},
             {"ramp_loss", json::money(rep.rampLoss)},
             {"months", cells}});
    }
    return {{"assumptions", assumptionsJson(plan.assumptions)}, {"months", months}, {"totals", totals}, {"reps", reps}};
}

} // namespace

nlohmann::json toJson(const CapacityReport &report, const Dataset &dataset)
{
    const QString currency = dataset.reportingCurrency();
    nlohmann::json plans = nlohmann::json::array();
    for (const CapacityPlan &plan : report.plans)
        plans.push_back(planJson(plan, currency));

    nlohmann::json rampReps = nlohmann::json::array();
    for (const RampAttainment::Rep &rep : report.ramp.reps) {
        nlohmann::json months = nlohmann::json::array();
        for (const auto &cell : rep.months)
            months.push_back(cell ? nlohmann::json{{"month", json::date(cell->month)},
                                                   {"bookings", json::money(cell->bookings)},
                                                   {"ramped_quota", json::money(cell->rampedQuota)},
                                                   {"attainment", json::ratio(cell->attainment)}}
                                  : nlohmann::json(nullptr));
        rampReps.push_back({{"rep_id", json::text(rep.id)},
                            {"name", json::text(rep.name)},
                            {"role", json::text(rep.role)},
                            {"start", json::date(rep.start)},
                            {"tenure_months", months}});
    }
    nlohmann::json cohort = nlohmann::json::array();
    for (size_t t = 0; t < report.ramp.cohortMedian.size(); ++t)
        cohort.push_back({{"tenure_month", int(t) + 1},
                          {"median", json::ratio(report.ramp.cohortMedian[t])},
                          {"reps", report.ramp.cohortSize[t]}});

    const SegmentCoverage &c = report.coverage;
    nlohmann::json segments = nlohmann::json::array();
    for (const SegmentCoverage::Row &row : c.rows)
        segments.push_back({{"segment", row.segment.isEmpty() ? nlohmann::json(nullptr) : json::text(row.segment)},
                            {"open_deals", row.openDeals},
                            {"open_pipeline", json::money(row.openPipeline)},
                            {"target_share", fraction(row.targetShare)},
                            {"remaining_target", json::money(row.remainingTarget)},
                            {"coverage", json::ratio(row.coverage)},
                            {"decided", row.decided},
                            {"won", row.won},
                            {"won_amount", json::money(row.wonAmount)},
                            {"win_rate", json::ratio(row.winRate)},
                            {"implied_coverage", json::ratio(row.impliedCoverage)},
                            {"open_deal_ids", json::ids(dataset, row.openDealIndices)}});

    const auto mixRow = [&](const PipelineMix::Row &row) {
        nlohmann::json groups = nlohmann::json::array();
        for (const SourceMix::Row &group : row.mix.rows)
            groups.push_back({{"group", json::text(SourceGroups::key(group.group))},
                              {"created", group.created},
                              {"created_amount", json::money(group.createdAmount)},
                              {"created_share", json::ratio(row.createdShare(group.group))},
                              {"won", group.won},
                              {"bookings", json::money(group.bookings)},
                              {"bookings_share", json::ratio(row.bookingsShare(group.group))}});
        return nlohmann::json{{"rep_id", row.repId.isEmpty() ? nlohmann::json(nullptr) : json::text(row.repId)},
                              {"name", json::text(row.name)},
                              {"created_amount", json::money(row.created)},
                              {"bookings", json::money(row.bookings)},
                              {"groups", groups}};
    };
    nlohmann::json mixReps = nlohmann::json::array();
    for (const PipelineMix::Row &row : report.mix.reps)
        mixReps.push_back(mixRow(row));

    return {{"currency", json::text(currency)},
            {"band", CapacityPlan::Band},
            {"plans", plans},
            {"ramp_attainment", {{"reps", rampReps}, {"cohort", cohort}}},
            {"coverage_by_segment",
             {{"period", json::period(c.period)},
              {"trailing_first", json::period(c.trailingFirst)},
              {"trailing_last", json::period(c.trailingLast)},
              {"need", json::money(c.need)},
              {"won_so_far", json::money(c.wonSoFar)},
              {"remaining", json::money(c.remaining)},
              {"segments", segments}}},
            {"pipeline_mix", {{"scope", mixRow(report.mix.scope)}, {"reps", mixReps}}}};
}

nlohmann::json toJson(const TerritoryBalance &balance, const Dataset &dataset)
{
    const auto values = [](const TerritoryBalance::Values &v) {
        return nlohmann::json{{"accounts", v.accounts},
                              {"arr", json::money(v.arr)},
                              {"open_pipeline", json::money(v.openPipeline)},
                              {"renewals", v.renewals},
                              {"no_open_deal", v.noOpenDeal}};
    };
    nlohmann::json mean = nlohmann::json::object();
    for (size_t m = 0; m < TerritoryBalance::metrics.size(); ++m) {
        const std::string key = TerritoryBalance::key(TerritoryBalance::metrics[m]).toStdString();
        const bool money = TerritoryBalance::metrics[m] == TerritoryBalance::Metric::Arr
            || TerritoryBalance::metrics[m] == TerritoryBalance::Metric::OpenPipeline;
        mean[key] = money ? json::money(Cents(std::llround(balance.mean[m]))) : fraction(balance.mean[m]);
    }
    nlohmann::json reps = nlohmann::json::array();
    for (const TerritoryBalance::Row &row : balance.reps) {
        nlohmann::json index = nlohmann::json::object();
        for (size_t m = 0; m < TerritoryBalance::metrics.size(); ++m)
            index[TerritoryBalance::key(TerritoryBalance::metrics[m]).toStdString()] = json::ratio(row.index[m]);
        nlohmann::json accounts = nlohmann::json::array();
        for (qint32 a : row.accounts)
            accounts.push_back(json::text(dataset.accounts()[size_t(a)].id));
        reps.push_back({{"rep_id", json::text(row.repId)},
                        {"name", json::text(row.name)},
                        {"values", values(row.values)},
                        {"index", index},
                        {"account_ids", accounts}});
    }
    nlohmann::json apart = nlohmann::json::array();
    for (const TerritoryBalance::ApartAccount &a : balance.apart) {
        const Account &account = dataset.accounts()[size_t(a.account)];
        apart.push_back({{"account_id", json::text(account.id)},
                         {"name", json::text(account.name)},
                         {"reason", a.reason == TerritoryBalance::Apart::NoOwner ? "no_owner" : "inactive_owner"},
                         {"owner_id", a.ownerId.isEmpty() ? nlohmann::json(nullptr) : json::text(a.ownerId)},
                         {"arr", json::money(dataset.accountArr(a.account))}});
    }
    return {{"as_of", json::date(balance.asOf)},
            {"period", json::period(balance.period)},
            {"currency", json::text(dataset.reportingCurrency())},
            {"owners_from_deals", balance.ownersFromDeals},
            {"mean", mean},
            {"reps", reps},
            {"apart", apart}};
}

} // namespace dmc
