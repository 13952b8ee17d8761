#pragma once

#include "analytics/engine/Scope.h"

#include <QDate>

#include <optional>
#include <vector>

namespace dmc {

// Stage conversion and cycle length from the snapshot history up to an as-of date.
// A deal "entered" an open stage when a snapshot shows it there; it "advanced" when a later
// snapshot shows it in a stage of higher sort order or won; it "fell out" when it was later lost
// without advancing. Deals still open in the stage at the as-of are "pending" and not in the rate:
// conversion = advanced / (advanced + fell out).
struct StageStep
{
    qint32 stage = -1; // index into Dataset::stages()
    int entered = 0;
    int advanced = 0;
    int fellOut = 0;
    int pending = 0;
    std::optional<double> conversion;
};

struct StageConversion
{
    Scope scope;
    QDate asOf;
    std::vector<StageStep> steps; // open stages by sort order
    int wonDeals = 0;             // won at the as-of snapshot (any period)
    int lostDeals = 0;
    std::optional<double> winRate;           // won / (won + lost) deals
    std::optional<double> medianCycleDays;   // median days created -> close date of won deals
    std::optional<double> averageWonAmount;  // reporting cents
    std::optional<double> overallConversion; // sum advanced / sum (advanced + fell out) over steps
    // The deals behind the counts (Engine::conversionByGroup with withDeals only; else empty).
    std::vector<qint32> wonDealList;
    std::vector<qint32> lostDealList;
};

} // namespace dmc
