#pragma once

#include "Account.h"
#include "AccountOwner.h"
#include "CurrencyRate.h"
#include "ForecastCall.h"
#include "Opportunity.h"
#include "PlayRecords.h"
#include "PocRecords.h"
#include "QualificationState.h"
#include "Quota.h"
#include "RampCurvePoint.h"
#include "Rep.h"
#include "RepEmployment.h"
#include "SnapshotRow.h"
#include "SourceGroup.h"
#include "Stage.h"

#include <QHash>
#include <QString>
#include <vector>

namespace dmc {

// Imported CRM data in memory: what an importer or the demo generator produces and
// CrmWriter stores. Read-only for the DM once stored.
struct CrmData
{
    QString reportingCurrency; // empty: keep the database's (default "USD")
    // The import profile's table of lead source -> source group; empty: keep the database's
    // (stored as the setting source_groups).
    QHash<QString, SourceGroup> sourceGroups;
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
    // Territory and capacity planning (schema 9): ramp curves by role, leavers and planned hires,
    // account owners by date.
    std::vector<RampCurvePoint> rampCurves;
    std::vector<RepEmployment> repEmployment;
    std::vector<AccountOwner> accountOwners;
    // Plays and partners (schema 10): partners, deal partners, plays and their steps, compliance
    // artifacts and deal tasks.
    PlayRecords plays;
    // Qualification change points (schema 12): a deal's MEDDPICC levels, POC, reviews and next step
    // from a date on (qualification_history.csv, a Salesforce field history, the demo). An import
    // also records the values it brings at its as-of when they differ from the stored ones.
    std::vector<QualificationRecord> qualificationHistory;
};

} // namespace dmc
