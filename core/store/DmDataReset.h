#pragma once

#include "domain/Error.h"

#include <QCoreApplication>

namespace dmc {

class Database;

// Empties the DM's own tables (Schema's dmActionTables(): statuses, notes, follow-ups, ratings,
// coaching notes, insight marks, assumption sets and their history). Only the demo's --force
// calls it, inside its transaction, so a replaced demo starts clean instead of keeping actions on
// deals that no longer exist; an import never does.
class DmDataReset
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DmDataReset)

public:
    static Status removeAll(Database &database);
};

} // namespace dmc
