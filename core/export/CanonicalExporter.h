#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace dmc {

class Database;

// Writes the database's CRM data as the canonical CSV folder (docs/canonical-format.md): every
// table, rows sorted by key, money as decimals, dates ISO. `import --profile canonical` reads it
// back to the same data. DM actions are never exported here.
class CanonicalExporter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CanonicalExporter)

public:
    explicit CanonicalExporter(const Database &database);

    // Creates `directory` when needed. Returns the files written.
    Result<QStringList> exportTo(const QString &directory);

private:
    const Database &m_database;
};

} // namespace dmc
