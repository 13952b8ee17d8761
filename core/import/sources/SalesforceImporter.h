#pragma once

#include "SourceImporter.h"

#include <QCoreApplication>

namespace dmc {

// Salesforce data export: Opportunity.csv and OpportunityHistory.csv, plus User.csv,
// UserRole.csv, reps.csv, Account.csv, CurrencyType.csv, the POC custom objects (POC__c and
// its children, PocTablesReader) and the deals' partners (SalesforcePartners) when present. The reps are the deal
// owners (SalesforceReps). Weekly snapshots are rebuilt from the history:
// weeks start Monday; each snapshot is dated the Sunday ending its week, except the last one,
// dated at the export's latest date (or --as-of). For each date the latest history row at or
// before it (same timestamp: the later row in the file) gives stage, amount, close date and
// category; the owner and currency come from the opportunity.
class SalesforceImporter : public SourceImporter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SalesforceImporter)

public:
    Result<CrmData> read(ImportSession &session) override;
};

} // namespace dmc
