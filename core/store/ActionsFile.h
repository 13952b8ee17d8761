#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

class Database;

// The SQLite file beside FILE that holds the DM's own tables (dmActionTables(): notes, statuses,
// follow-ups, ratings, insight marks, assumption sets and their history): FILE-actions, attached
// to every connection as schema "actions". SQLite locks per file, so an import's long write
// transaction on FILE never holds the lock a DM's note needs (docs/concurrency.md). Unqualified
// table names find the tables in either file; a PostgreSQL team database has no such file.
class ActionsFile
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ActionsFile)

public:
    // FILE-actions; empty for a server location.
    static QString path(const QString &location);
    // True when the table exists on the connection (in FILE or in FILE-actions). Qt's
    // QSqlDatabase::tables() lists FILE's own tables only.
    static bool hasTable(const Database &database, const QString &table);

    // --- for Database::open
    // Attaches FILE-actions (created, mode 0600, when missing and the file is writable). A
    // read-only FILE without it is left alone: a file from before keeps the DM's tables inside.
    static Status attach(Database &database, bool immutable);
    // Moves the DM's tables from FILE into FILE-actions (a file from before, or the tables the
    // migrations just created), and creates those missing from both empty (FILE copied without
    // FILE-actions). A read-only FILE without either reads them empty (temporary tables).
    static Status placeTables(Database &database);
    // A migration's index or trigger on a DM table that already lives in FILE-actions is created
    // there (SQLite keeps them in their table's file): CREATE INDEX x ON dm_action -> actions.x.
    static QString placed(const Database &database, const QString &statement);
    // Beside the backup FILE.v<N>.bak taken before a migration: FILE-actions.v<N>.bak.
    static Status backUp(const Database &database, int version);

private:
    static bool isAttached(const Database &database);
    static Status keepNewerNotes(Database &database, QStringList &moving);
    static Status moveTables(Database &database, const QStringList &tables);
    static Status createTables(Database &database, const QStringList &tables, const QString &schema);
};

} // namespace dmc
