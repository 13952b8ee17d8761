#pragma once

#include "RiskResult.h"
#include "RiskSnooze.h"
#include "RuleSet.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/dataset/Dataset.h"

#include <QDate>
#include <QString>

#include <span>

namespace dmc {

// Runs the enabled risk filters (docs/definitions.md#risk-filters) over the open deals of a scope at an
// as-of snapshot. Stage, category, amount, close date, stage-entered and last-activity dates come
// from the snapshot rows (so any past as-of is reproducible); MEDDPICC, POC and reviews from the
// latest imported opportunity record. One pass over the as-of snapshot's rows. A rule reading a
// field the data holds no value for is not evaluated and listed in RiskResult::unavailable.
class RiskEngine
{
public:
    // `checklist`: the definition of ready the POC filters read (the database's, AnalyticsSettings).
    RiskEngine(const Dataset &dataset, const RuleSet &rules, const PocChecklist &checklist = PocChecklist::shipped());

    // `asOf`: the latest snapshot on or before it is used. `onlyRule`: evaluate just that rule
    // (empty = every enabled rule). Snoozes active at the as-of (until >= as-of) move hits to RiskResult::snoozed.
    RiskResult evaluate(const QDate &asOf, const Scope &scope, std::span<const RiskSnooze> snoozes = {},
                        const QString &onlyRule = {}) const;
    // The visible hits of evaluate() counted, every enabled rule: nothing of a hit is kept, sorted
    // or described (70k hits at 100k deals).
    RiskCounts count(const QDate &asOf, const Scope &scope, std::span<const RiskSnooze> snoozes = {}) const;

private:
    const Dataset &m_dataset;
    const RuleSet &m_rules;
    const PocChecklist &m_checklist;
};

} // namespace dmc
