#include "Database.h"

#include "store/Schema.h"
#include "store/Transaction.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dmc-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An SQLite file starts with this header; anything else is not a database.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArrayLiteral("SQLite format 3\0");
}
} // namespace

Database::Database(QString connectionName, QString location, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlDialect Database::dialect() const
{
    return SqlDialect::forDatabase(connection());
}

Error Database::databaseError(const QString &what, const QSqlDatabase &db)
{
    Error error;
    error.kind = Error::Kind::Database;
    const QString detail = db.lastError().text().trimmed();
    error.message = detail.isEmpty() ? what : tr("%1 (%2)").arg(what, detail);
    return error;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    const bool wantReadOnly = mode == OpenMode::ReadOnly;
    const QFileInfo info(location);
    Error error;
    error.kind = Error::Kind::Database;
    error.file = location;

    if (!info.exists()) {
        if (wantReadOnly) {
            error.message = tr("the database does not exist");
            return error;
        }
        QFile file(location);
        if (!file.open(QIODevice::WriteOnly)) {
            error.message = tr("cannot create the database file (%1)").arg(file.errorString());
            return error;
        }
        file.close();
        // DM notes are private: owner read/write only.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else if (!looksLikeSqlite(location)) {
        error.message = tr("the file is not a DM Cockpit database");
        return error;
    }

    const bool readOnly = wantReadOnly || (info.exists() && !info.isWritable());
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, location, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            Error openError = databaseError(tr("cannot open the database"), db);
            openError.file = location;
            return openError;
        }
        const SqlDialect dialect = SqlDialect::forDatabase(db);
        QSqlQuery query(db);
        for (const QString &statement : dialect.connectionSetup(readOnly)) {
            if (!query.exec(statement)) {
                Error setupError = databaseError(tr("the file is not a usable database"), db);
                setupError.file = location;
                return setupError;
            }
        }
    }
    if (Status migrated = database->migrate(); !migrated) {
        Error migrateError = migrated.error();
        migrateError.file = location;
        return migrateError;
    }
    return database;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    const int current = dialect.schemaVersion(db);
    if (current < 0)
        return databaseError(tr("the file is not a usable database"), db);
    if (current > latestSchemaVersion()) {
        Error error;
        error.kind = Error::Kind::Database;
        error.message = tr("the database was written by a newer version of DM Cockpit (schema %1, "
                           "this version reads up to %2)")
                            .arg(current)
                            .arg(latestSchemaVersion());
        return error;
    }
    if (current == latestSchemaVersion())
        return Done{};
    if (m_readOnly) {
        Error error;
        error.kind = Error::Kind::Database;
        error.message = tr("the database is read-only and needs an upgrade to schema %1")
                            .arg(latestSchemaVersion());
        return error;
    }

    Transaction transaction(m_connectionName);
    QSqlQuery query(db);
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(dialect.expand(statement)))
                return databaseError(tr("cannot upgrade the database to schema %1").arg(migration.version), db);
        }
    }
    if (!dialect.setSchemaVersion(db, latestSchemaVersion()) || !transaction.commit())
        return databaseError(tr("cannot upgrade the database"), db);
    return Done{};
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return databaseError(tr("cannot save a setting"), connection());
    return Done{};
}

} // namespace dmc
