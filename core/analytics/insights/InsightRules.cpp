#include "InsightRules.h"

#include <QCoreApplication>

#include <array>

namespace dmc {

namespace {

using Spec = RuleCatalog::Spec;

constexpr int MaxDays = 3650;
constexpr int MaxWeeks = 520;
constexpr int MaxCount = 100000;

struct KindOf
{
    const char *id;
    Insight::Kind kind;
};

// Names and descriptions are keyed by rule id (the disambiguation) so lupdate sees each one.
// They say what a detector compares; they never judge what it finds.
const std::array<Spec, 17> &insightSpecs()
{
    static const std::array<Spec, 17> table{{
        // --- anomalies against the deal's or the rep's own history
        {"stage_duration",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Stage held longer than the rep's own", "stage_duration"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Open deal in its stage longer than the given percentile of the rep's own completed "
                            "stays in that stage (plus the given days), over the baseline weeks.",
                            "stage_duration"),
         {{{"percentile", 50, 99},
           {"min_days_over", 0, MaxDays},
           {"min_stays", 1, MaxCount},
           {"baseline_weeks", 1, MaxWeeks}}}},
        {"amount_move",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Amount move larger than the deal's history", "amount_move"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Amount changed by at least the given percent within the window, more than any "
                            "earlier change of the same deal, after the given weeks of history.",
                            "amount_move"),
         {{{"window_weeks", 1, 52}, {"min_percent", 1, 1000}, {"min_history_weeks", 1, MaxWeeks}}}},
        {"close_date_move",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Close-date move larger than the deal's history", "close_date_move"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Close date moved by at least the given days within the window, more than any "
                            "earlier move of the same deal, after the given weeks of history.",
                            "close_date_move"),
         {{{"window_weeks", 1, 52}, {"min_days", 1, MaxDays}, {"min_history_weeks", 1, MaxWeeks}}}},
        {"health_drop",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Sudden drop in account health", "health_drop"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Account with open deals whose health fell by at least the given points within the "
                            "window, more than in any earlier window of its readings.",
                            "health_drop"),
         {{{"points", 1, 100}, {"window_days", 1, MaxDays}, {"min_readings", 2, MaxCount}}}},
        {"activity_stopped",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Activity stopped after a rhythm", "activity_stopped"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Open deal with activity in at least the given number of the rhythm weeks, then none "
                            "for the given quiet weeks.",
                            "activity_stopped"),
         {{{"rhythm_weeks", 2, 52}, {"min_active_weeks", 1, 52}, {"quiet_weeks", 1, 52}}}},
        {"category_jump",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Jump of several categories", "category_jump"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Forecast category moved by at least the given steps (Pipeline, Best Case, Commit, "
                            "Closed) between two snapshots within the window.",
                            "category_jump"),
         {{{"steps", 2, 3}, {"window_weeks", 1, 52}}}},
        // --- dichotomies: the period to date against the previous period to the same day
        {"pipeline_vs_conversion",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Pipeline up, conversion down", "pipeline_vs_conversion"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Open pipeline up by at least the given percent while stage-to-stage conversion fell "
                            "by at least the given points, period to date against the previous period.",
                            "pipeline_vs_conversion"),
         {{{"pipeline_percent", 1, 1000}, {"conversion_points", 1, 100}, {"min_decided", 1, MaxCount}}}},
        {"commit_vs_meddpicc",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Commit up, MEDDPICC completeness down", "commit_vs_meddpicc"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Commit up by at least the given percent while the share of MEDDPICC elements "
                            "confirmed across its deals fell by at least the given points.",
                            "commit_vs_meddpicc"),
         {{{"commit_percent", 1, 1000}, {"completeness_points", 1, 100}, {"min_deals", 1, MaxCount}}}},
        {"won_vs_cycle",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Won up, cycle longer", "won_vs_cycle"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Won up by at least the given percent while the median cycle of the won deals "
                            "lengthened by at least the given percent.",
                            "won_vs_cycle"),
         {{{"won_percent", 1, 1000}, {"cycle_percent", 1, 1000}, {"min_deals", 1, MaxCount}}}},
        {"created_vs_advancing",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "More deals created, fewer advancing", "created_vs_advancing"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Deals created up by at least the given percent while deals moving up a stage fell "
                            "by at least the given percent.",
                            "created_vs_advancing"),
         {{{"created_percent", 1, 1000}, {"advanced_percent", 1, 100}, {"min_deals", 1, MaxCount}}}},
        {"commit_vs_activity",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Commit up, activity down", "commit_vs_activity"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Commit up by at least the given percent while the share of open deals with activity "
                            "in the given days before the snapshot fell by at least the given points.",
                            "commit_vs_activity"),
         {{{"commit_percent", 1, 1000}, {"activity_points", 1, 100}, {"activity_days", 1, MaxDays}}}},
        // --- outliers
        {"district_outlier",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Outlier in the district", "district_outlier"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Rep whose win rate, cycle, average won deal or stage conversion is at least the given "
                            "standard deviations from the mean of the district's reps.",
                            "district_outlier"),
         {{{"z", 1, 10}, {"min_reps", 3, MaxCount}}}},
        {"own_history_outlier",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Outside the rep's own quarters", "own_history_outlier"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Rep whose win rate, cycle or average won deal this period is beyond the range of "
                            "their own previous quarters by at least the given percent.",
                            "own_history_outlier"),
         {{{"quarters", 1, 8}, {"min_quarters", 1, 8}, {"percent", 1, 1000}, {"min_deals", 1, MaxCount}}}},
        {"region_outlier",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "District outside the region's range", "region_outlier"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "District whose win rate, cycle, average won deal or stage conversion is beyond the "
                            "range of the other districts of its region by at least the given percent.",
                            "region_outlier"),
         {{{"percent", 1, 1000}, {"min_districts", 1, MaxCount}}}},
        // --- concentration
        {"commit_concentration",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "One deal carries the commit", "commit_concentration"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "One deal is at least the given percent of a rep's (or district's) Commit for the "
                            "period, among at least the given number of deals.",
                            "commit_concentration"),
         {{{"percent", 1, 100}, {"min_deals", 1, MaxCount}}}},
        {"close_clustering",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Close dates at the quarter end", "close_clustering"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "At least the given percent of the open pipeline for the period closes in its last "
                            "days, among at least the given number of deals.",
                            "close_clustering"),
         {{{"percent", 1, 100}, {"days", 1, 31}, {"min_deals", 1, MaxCount}}}},
        // --- trends of the scope
        {"scope_trend",
         QT_TRANSLATE_NOOP3("dmc::InsightRules", "Pipeline and commit trend", "scope_trend"),
         QT_TRANSLATE_NOOP3("dmc::InsightRules",
                            "Open pipeline or commit forecast of the scope changed by at least the given percent "
                            "over the given weeks.",
                            "scope_trend"),
         {{{"weeks", 1, 52}, {"percent", 1, 1000}}}},
    }};
    return table;
}

constexpr std::array<KindOf, 17> kinds{{
    {"stage_duration", Insight::Kind::Anomaly},
    {"amount_move", Insight::Kind::Anomaly},
    {"close_date_move", Insight::Kind::Anomaly},
    {"health_drop", Insight::Kind::Anomaly},
    {"activity_stopped", Insight::Kind::Anomaly},
    {"category_jump", Insight::Kind::Anomaly},
    {"pipeline_vs_conversion", Insight::Kind::Dichotomy},
    {"commit_vs_meddpicc", Insight::Kind::Dichotomy},
    {"won_vs_cycle", Insight::Kind::Dichotomy},
    {"created_vs_advancing", Insight::Kind::Dichotomy},
    {"commit_vs_activity", Insight::Kind::Dichotomy},
    {"district_outlier", Insight::Kind::Outlier},
    {"own_history_outlier", Insight::Kind::Outlier},
    {"region_outlier", Insight::Kind::Outlier},
    {"commit_concentration", Insight::Kind::Concentration},
    {"close_clustering", Insight::Kind::Concentration},
    {"scope_trend", Insight::Kind::Trend},
}};

} // namespace

const RuleCatalog &InsightRules::catalog()
{
    static const RuleCatalog catalog{"dmc::InsightRules", ":/rules/insight-rules.json", "insight_rules", nullptr,
                                     std::span<const Spec>(insightSpecs())};
    return catalog;
}

QStringList InsightRules::ruleIds()
{
    return catalog().ids();
}

Insight::Kind InsightRules::kindOf(const QString &ruleId)
{
    for (const KindOf &k : kinds)
        if (ruleId == QLatin1String(k.id))
            return k.kind;
    return Insight::Kind::Anomaly;
}

QString InsightRules::displayName(const QString &ruleId)
{
    return catalog().displayName(ruleId);
}

QString InsightRules::description(const QString &ruleId)
{
    return catalog().description(ruleId);
}

} // namespace dmc
