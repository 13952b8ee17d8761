#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dmc {

// The one place that knows SQLite from PostgreSQL. Everything else writes portable SQL
// and asks the dialect for the few things that differ.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    static SqlDialect forDatabase(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }

    // Replaces the dialect tokens in portable DDL: %AUTO_ID% (an auto-increment primary key).
    QString expand(QString sql) const;
    // Statements to run right after a connection opens (foreign keys, WAL, busy timeout;
    // on PostgreSQL a read-only session when asked).
    QStringList connectionSetup(bool readOnly) const;
    // A statement that copies the whole database into a new file (SQLite's VACUUM INTO);
    // empty where the server's own backups apply (PostgreSQL).
    QString backupInto(const QString &path) const;
    // The consistency check: quick at every open, full on request. Empty when the server
    // checks itself (PostgreSQL). The result rows are "ok" or one problem each.
    QString integrityCheck(bool full) const;
    // Run first inside the migration transaction so two clients never migrate at once.
    QString migrationLock() const;
    int schemaVersion(const QSqlDatabase &db) const;
    bool setSchemaVersion(const QSqlDatabase &db, int version) const;
    QStringList tableNames(const QSqlDatabase &db) const;

private:
    Kind m_kind;
};

} // namespace dmc
