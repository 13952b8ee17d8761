#pragma once

#include "Account.h"
#include "CurrencyRate.h"
#include "ForecastCall.h"
#include "Opportunity.h"
#include "PocRecords.h"
#include "Quota.h"
#include "Rep.h"
#include "SnapshotRow.h"
#include "Stage.h"

#include <QString>
#include <vector>

namespace dmc {

// Imported CRM data in memory: what an importer or the demo generator produces and
// CrmWriter stores. Read-only for the DM once stored.
struct CrmData
{
    QString reportingCurrency; // empty: keep the database's (default "USD")
    std::vector<Stage> stages;
    std::vector<CurrencyRate> currencyRates;
    std::vector<Rep> reps;
    std::vector<Quota> quotas;
    std::vector<Account> accounts;
    std::vector<HealthReading> healthReadings;
    std::vector<Opportunity> opportunities;
    std::vector<SnapshotRow> snapshots;
    std::vector<ForecastCall> forecastCalls;
    PocRecords pocs; // pocs.csv and its criteria, check-ins and tasks
};

} // namespace dmc
