#pragma once

#include "analytics/insights/InsightRules.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/risk/RiskSnooze.h"
#include "analytics/risk/RuleSet.h"
#include "domain/FiscalCalendar.h"

#include <vector>

namespace dmc {

class Database;

// The engine's settings. The risk rule set (`RuleSet rules`) is added by the rule engine.
struct AnalyticsSettings
{
    double coverageTarget = 3.0;  // coverage = open pipeline / gap; the target shown beside it
    int fiscalYearStartMonth = 1; // 1 = January
    RuleSet rules;                // risk filters: shipped defaults + the DM's overrides (setting `rules`)
    // Insight detectors: shipped defaults + the DM's overrides (setting `insight_rules`).
    RuleSet insightRules{InsightRules::catalog()};
    int insightCap = 10;   // insights listed per scope before "N more" (setting `insight_cap`)
    int insightRepCap = 3; // ... per rep in the agenda and the coaching pack (`insight_rep_cap`)
    // A dismissed insight comes back when a measured number moves past its recorded value by more
    // than this percent (setting `insight_return_percent`).
    int insightReturnPercent = 20;
    std::vector<RiskSnooze> snoozes; // the DM's snoozes (dm_action), applied at each as-of
    PocChecklist pocChecklist;       // the definition of ready the POC filters read (setting `poc_dor`)

    FiscalCalendar calendar() const { return FiscalCalendar(fiscalYearStartMonth); }

    // Reads `coverage_target`, `fiscal_year_start_month` and the insight caps from the database's
    // setting table, both rule sets (settings `rules`, `insight_rules`; defaults when unreadable),
    // the POC checklist (`poc_dor`) and the snoozes.
    static AnalyticsSettings fromDatabase(const Database &database);
};

} // namespace dmc
