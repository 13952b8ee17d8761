#pragma once

#include "AnalyticsSettings.h"
#include "Query.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/insights/Insight.h"
#include "analytics/numbers/AccuracyResult.h"
#include "analytics/numbers/CockpitResult.h"
#include "analytics/numbers/DeadwoodDeal.h"
#include "analytics/numbers/Numbers.h"
#include "analytics/numbers/PipelineChanges.h"
#include "analytics/numbers/StageConversion.h"
#include "analytics/renewals/RenewalWatchlist.h"
#include "analytics/risk/RiskResult.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace dmc {

// The analytics engine: pure functions of an immutable Dataset and the settings. Every method is
// const and thread-safe; nothing touches the database. docs/definitions.md is the specification.
class Engine
{
    Q_DECLARE_TR_FUNCTIONS(dmc::Engine)

public:
    Engine(std::shared_ptr<const Dataset> dataset, AnalyticsSettings settings);

    const Dataset &dataset() const { return *m_dataset; }
    std::shared_ptr<const Dataset> sharedDataset() const { return m_dataset; }
    const AnalyticsSettings &settings() const { return m_settings; }
    FiscalCalendar calendar() const { return m_settings.calendar(); }

    // Query::resolve with this engine's data and calendar.
    Query resolve(std::optional<QDate> asOf = std::nullopt, std::optional<FiscalPeriod> period = std::nullopt,
                  Scope scope = Scope::all(), std::optional<QDate> compareTo = std::nullopt) const;

    // The numbers of one scope for period P at one snapshot (derived values filled; weeks left
    // counted from that snapshot's date). An invalid date index gives zeros with the quota.
    Numbers numbers(int dateIndex, const FiscalPeriod &period, const Scope &scope) const;
    // Per rep (index = rep index), derived values filled, one pass over the snapshot's rows.
    std::vector<Numbers> numbersPerRep(int dateIndex, const FiscalPeriod &period) const;

    CockpitResult cockpit(const Query &query) const;
    PipelineChanges changes(QDate from, QDate to, const Scope &scope, const FiscalPeriod &period) const;
    // changes() of each of `reps` (distinct rep indices; -1 gets empty changes) on its own, as
    // Scope::rep gives them, in one pass over the two snapshots instead of one a rep; in the
    // order of `reps`.
    std::vector<PipelineChanges> changesByRep(QDate from, QDate to, const std::vector<qint32> &reps,
                                              const FiscalPeriod &period) const;
    // Periods default (empty list) to the closed periods holding snapshots, oldest first.
    AccuracyResult accuracy(const Scope &scope, QList<FiscalPeriod> periods = {}) const;
    StageConversion conversion(const Scope &scope, QDate asOf) const;
    // The same per rep (index = rep index), in one pass over the history.
    std::vector<StageConversion> conversionByRep(QDate asOf) const;
    // The same per group of reps: groupOfRep[rep] is the group's index in `groups` (-1: left
    // out, and its deals are not walked). `withDeals` lists the won and lost deals per group.
    std::vector<StageConversion> conversionByGroup(QDate asOf, const std::vector<qint32> &groupOfRep,
                                                   const std::vector<Scope> &groups, bool withDeals = false) const;
    std::vector<DeadwoodDeal> deadwood(const Query &query) const;
    // Every enabled insight detector (settings().insightRules) for the query, sorted by amount at
    // stake, then recency (InsightReview::sort); the DM's marks are applied by InsightReview.
    std::vector<Insight> insights(const Query &query) const;
    // Risk filter hits (settings().rules, snoozes applied) for the query's scope at its as-of;
    // `onlyRule` limits them to one rule id.
    RiskResult exceptions(const Query &query, const QString &onlyRule = {}) const;
    // How many hits exceptions() would show, per rep and in all, without building them.
    RiskCounts exceptionCounts(const Query &query) const;
    // The renewal watchlist of the query's scope: accounts renewing within `windowDays` of its as-of.
    RenewalWatchlist renewals(const Query &query, int windowDays = 120) const;

private:
    std::shared_ptr<const Dataset> m_dataset;
    AnalyticsSettings m_settings;
};

} // namespace dmc
