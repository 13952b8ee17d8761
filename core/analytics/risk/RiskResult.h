#pragma once

#include "RiskHit.h"
#include "RiskUnavailable.h"
#include "analytics/engine/Scope.h"

#include <QDate>

#include <vector>

namespace dmc {

// Every risk hit for a scope at an as-of snapshot: visible hits and the ones a snooze hides.
// Sorted by rep name, then rule order, then amount (largest first).
struct RiskResult
{
    QDate asOf;
    Scope scope;
    QString reportingCurrency;
    std::vector<RiskHit> hits;    // visible
    std::vector<RiskHit> snoozed; // hidden by a snooze (with its reason and end date)
    // Enabled rules the data cannot feed (no value at all for a field they read): not
    // evaluated, so they flag nothing; in rule order.
    std::vector<RiskUnavailable> unavailable;

    // Visible hits per rep index (size = Dataset::reps().size()).
    std::vector<int> countsPerRep;
};

// How many visible hits a RiskResult would hold, without the hits (the cockpit's team table).
struct RiskCounts
{
    std::vector<int> perRep; // per rep index (size = Dataset::reps().size())
    int visible = 0;
};

} // namespace dmc
