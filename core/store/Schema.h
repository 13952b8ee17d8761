#pragma once

#include <QStringList>
#include <vector>

namespace dmc {

// The schema as forward migrations. Migration N (1-based) takes a database from
// user_version N-1 to N. Portable SQL with the dialect tokens of SqlDialect::expand().
// `postgresStatements` run after `statements` on PostgreSQL only (row-level security, roles,
// triggers): a team database enforces who sees what; a local SQLite file has one user.
// `sqliteStatements` run on SQLite only.
struct Migration
{
    int version;
    QStringList statements;
    QStringList postgresStatements = {};
    // False when a reader of the previous version's tables sees no difference (an index
    // dropped): a read-only file one such step behind is then read as it is, not refused.
    bool readersNeedIt = true;
    // Run after `statements` on SQLite only (a table's storage, such as WITHOUT ROWID).
    QStringList sqliteStatements = {};
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// Test hook: replaces the migration list (e.g. with a deliberately failing one);
// nullptr restores the real list. Never called by the product.
void setSchemaMigrationsForTesting(const std::vector<Migration> *migrations);

// Tables that hold imported CRM data (read-only for the DM) and DM-owned tables that no
// import ever touches. Canonical export/import and the tests use these lists.
QStringList crmTables();
QStringList dmActionTables();

} // namespace dmc
