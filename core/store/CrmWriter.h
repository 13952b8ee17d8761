#pragma once

#include "domain/CrmData.h"
#include "domain/Error.h"

namespace dmc {

class Database;

// Stores CRM data: every entity is upserted by its key (rep id, opportunity id,
// (as_of, opportunity) for snapshots, ...), so writing the same data twice changes nothing.
// Never touches DM action tables. Does not open a transaction: the caller (an import)
// owns one so the whole import, with its log entry, is all-or-nothing.
class CrmWriter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CrmWriter)

public:
    explicit CrmWriter(Database &database);

    // importId is stored on each opportunity (where it came from); 0 for none.
    Status write(const CrmData &data, qint64 importId = 0);
    // Empties every CRM table (children before parents: the foreign keys are on), so no row of
    // the old data survives a replacement (the demo's --force).
    Status removeAll();

    // Settings every write maintains in the caller's transaction, so a derived copy of the CRM
    // data (the dataset cache) knows when it is stale: a counter bumped by each write, and a
    // random id given to the database at its first write (tells a re-created file apart).
    static QString generationKey() { return QStringLiteral("crm_generation"); }
    static QString databaseIdKey() { return QStringLiteral("database_id"); }

private:
    Database &m_database;
};

} // namespace dmc
