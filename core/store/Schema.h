#pragma once

#include <QStringList>
#include <vector>

namespace dmc {

// The schema as forward migrations. Migration N (1-based) takes a database from
// user_version N-1 to N. Portable SQL with the dialect tokens of SqlDialect::expand().
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// Tables that hold imported CRM data (read-only for the DM) and DM-owned tables that no
// import ever touches. Canonical export/import and the tests use these lists.
QStringList crmTables();
QStringList dmActionTables();

} // namespace dmc
