#pragma once

#include "domain/FiscalCalendar.h"

namespace dmc {

class Database;

// The engine's settings. The risk rule set (`RuleSet rules`) is added by the rule engine.
struct AnalyticsSettings
{
    double coverageTarget = 3.0;        // coverage = open pipeline / gap; the target shown beside it
    int fiscalYearStartMonth = 1;       // 1 = January
    int outlierZ = 2;                   // insights: |z| >= this against the district
    int trendWeeks = 4;                 // insights: trends compare as-of with this many weeks before

    FiscalCalendar calendar() const { return FiscalCalendar(fiscalYearStartMonth); }

    // Reads `coverage_target` and `fiscal_year_start_month` from the database's setting table.
    static AnalyticsSettings fromDatabase(const Database &database);
};

} // namespace dmc
