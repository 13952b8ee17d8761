#pragma once

#include "DemoOptions.h"
#include "domain/Error.h"

#include <QCoreApplication>

namespace dmc {

class Database;

// Puts the generated demo into a database as one import: one transaction, CRM tables only, and
// an import_log row with profile "demo". The DM's existing actions are never touched; on a
// database without capacity assumption sets, the demo's two (DemoAssumptionSets) follow the import.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DemoDatabase)

public:
    // Refuses a database that already holds CRM data unless `replace`; then the CRM tables are
    // emptied first so no deal of the old data survives. Returns the import_log id.
    static Result<qint64> create(Database &database, const DemoOptions &options, bool replace = false);

    // True when the database has reps, deals or snapshots.
    static Result<bool> hasCrmData(const Database &database);
};

} // namespace dmc
