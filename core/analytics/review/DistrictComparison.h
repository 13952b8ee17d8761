#pragma once

#include "PeriodDeals.h"
#include "analytics/insights/Insight.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

class Engine;
struct Query;

// On a region scope, each district's attainment, coverage, win rate, cycle, WAPE and exception
// count beside the region's median, with the highest and lowest of each described, a district
// highest on one metric and lowest on another as one sentence, and the existing region outlier
// and dichotomy insights of its districts (docs/definitions.md#district-comparison). Nothing is
// ranked as better or worse.
struct DistrictComparison
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DistrictComparison)

public:
    enum class Metric : quint8 { Attainment, Coverage, WinRate, Cycle, Wape, Exceptions };
    static constexpr std::array<Metric, 6> metrics{Metric::Attainment, Metric::Coverage, Metric::WinRate,
                                                   Metric::Cycle,      Metric::Wape,     Metric::Exceptions};
    using Values = std::array<std::optional<double>, 6>;
    // A highest / lowest is described only among at least this many districts with a value.
    static constexpr int MinimumDistricts = 3;

    struct Row
    {
        QString district;
        Values values;
        std::vector<qint32> wonDeals;  // the win rate's and cycle's deals
        std::vector<qint32> lostDeals; // the win rate's
    };

    QString region;
    std::vector<Row> rows; // the region's districts by name
    Values median;         // over the districts with a value
    QStringList descriptions;
    std::vector<Insight> insights; // region_outlier and dichotomy insights of the districts

    // `reviewed` holds the region's decided deals of the period.
    static DistrictComparison build(const Engine &engine, const Query &query, const PeriodDeals &reviewed);
    static QString metricKey(
        Metric metric); // "attainment", "coverage", "win_rate", "cycle_days", "wape_t14", "exceptions"
    static QString metricName(Metric metric); // translated, lower case, for sentences
    static QString show(Metric metric, double value);
    // The sentences for rows and medians, without the data (tests feed their own values).
    static QStringList describe(const QString &region, const std::vector<Row> &rows, const Values &median);
};

} // namespace dmc
