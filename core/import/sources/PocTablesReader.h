#pragma once

#include "domain/Error.h"
#include "domain/PocRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace dmc {

class ImportSession;

// The four POC tables (pocs, poc_criteria, poc_checkins, poc_tasks) of any profile that maps
// them: the canonical pocs.csv family, Salesforce's POC__c custom objects
// (docs/import-profiles.md#pocs-from-salesforce). Each POC on a deal the opportunities file
// holds, each child row on a POC of the pocs file; picklist values go through the profile's
// `values` table first, so "In Progress" may read as active.
class PocTablesReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocTablesReader)

public:
    // opportunityLines: the deals read, by id; opportunitiesFile names their file in messages.
    static Status read(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                       const QString &opportunitiesFile, PocRecords &pocs);
};

} // namespace dmc
