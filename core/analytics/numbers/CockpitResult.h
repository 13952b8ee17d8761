#pragma once

#include "FollowUpDue.h"
#include "Numbers.h"
#include "PathPoint.h"
#include "TeamRow.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// Everything the Monday cockpit shows for one Query.
struct CockpitResult
{
    QDate asOf;
    std::optional<QDate> previousAsOf; // the compare-to snapshot
    FiscalPeriod period;
    Scope scope;
    QString reportingCurrency;
    double coverageTarget = 3.0;
    Numbers totals;         // the scope at the as-of
    Numbers previousTotals; // the scope at the compare-to snapshot
    FiscalPeriod nextPeriod;
    Numbers forward;                    // P+1 at the as-of (forward coverage)
    std::vector<TeamRow> team;          // one per rep in scope (reps of the rep table)
    std::vector<PathPoint> pathToPlan;  // one per week of P
    std::vector<FollowUpDue> followUps; // filled by the caller from the ActionStore when present
    int exceptions = 0;                 // total risk hits in scope (rule engine)
};

} // namespace dmc
