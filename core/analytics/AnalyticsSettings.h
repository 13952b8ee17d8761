#pragma once

#include "analytics/RiskSnooze.h"
#include "analytics/RuleSet.h"
#include "domain/FiscalCalendar.h"

#include <vector>

namespace dmc {

class Database;

// The engine's settings. The risk rule set (`RuleSet rules`) is added by the rule engine.
struct AnalyticsSettings
{
    double coverageTarget = 3.0;        // coverage = open pipeline / gap; the target shown beside it
    int fiscalYearStartMonth = 1;       // 1 = January
    int outlierZ = 2;                   // insights: |z| >= this against the district
    int trendWeeks = 4;                 // insights: trends compare as-of with this many weeks before
    RuleSet rules;                      // risk filters: shipped defaults + the DM's overrides (setting `rules`)
    std::vector<RiskSnooze> snoozes;    // the DM's snoozes (dm_action), applied at each as-of

    FiscalCalendar calendar() const { return FiscalCalendar(fiscalYearStartMonth); }

    // Reads `coverage_target` and `fiscal_year_start_month` from the database's setting table,
    // the rule set (setting `rules`; defaults when unreadable) and the snoozes.
    static AnalyticsSettings fromDatabase(const Database &database);
};

} // namespace dmc
