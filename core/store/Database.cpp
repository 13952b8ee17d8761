#include "Database.h"

#include "store/ActionsFile.h"
#include "store/QuickCheckRecord.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "store/PrivateFile.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>

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

// SQLite files this process has open, by connection name. Closing any other descriptor of such
// a file drops every POSIX lock the process holds on it (SQLite's locks of the other
// connections: a reader's among them, which lets another process checkpoint and truncate under
// it). The header of a file already open here is therefore not read again.
QMutex openFilesMutex;
QHash<QString, QString> openFiles;

bool isOpenHere(const QString &path)
{
    const QMutexLocker lock(&openFilesMutex);
    return std::find(openFiles.cbegin(), openFiles.cend(), path) != openFiles.cend();
}

// access(2) decides for ordinary users. Root passes access(2) whatever the mode, so a file
// nobody may write (chmod a-w) is also taken as read-only: the owner said so.
bool fileIsReadOnly(const QFileInfo &info)
{
    if (!info.isWritable())
        return true;
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !(info.permissions() & anyWrite);
}

// A WAL database needs its -shm file to be read, and SQLite creates it beside the database:
// in a folder we cannot write (a shared read-only copy) every read then fails. When no -wal or
// -shm is there (nothing uncommitted), such a file is opened as immutable: read without any
// side file and without writing anything. Same access(2) + mode-bits rule as for the file.
bool readAsImmutable(const QFileInfo &info)
{
    const QFileInfo folder(info.absolutePath());
    const bool folderReadOnly = !folder.isWritable() || fileIsReadOnly(folder);
    return folderReadOnly && !QFileInfo::exists(info.absoluteFilePath() + QLatin1String("-wal"))
        && !QFileInfo::exists(info.absoluteFilePath() + QLatin1String("-shm"));
}

Error databaseFailure(const QString &location, const QString &message)
{
    Error error;
    error.kind = Error::Kind::Database;
    error.file = location;
    error.message = message;
    return error;
}

Error damagedFailure(const QString &location, const QString &message)
{
    Error error = databaseFailure(location, message);
    error.kind = Error::Kind::Damaged;
    return error;
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
        const QMutexLocker lock(&openFilesMutex);
        openFiles.remove(m_connectionName);
    }
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
    return databaseError(what, db.lastError().text());
}

Error Database::databaseError(const QString &what, const QString &detail)
{
    Error error;
    error.kind = Error::Kind::Database;
    const QString trimmed = detail.trimmed();
    error.message = trimmed.isEmpty() ? what : tr("%1 (%2)").arg(what, trimmed);
    return error;
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::serverLocation(const QString &user, const QString &host, int port, const QString &database)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString Database::backupPath(const QString &location, int version)
{
    return QStringLiteral("%1.v%2.bak").arg(location).arg(version);
}

QString Database::latestBackup(const QString &location)
{
    if (isServerLocation(location))
        return {};
    const QFileInfo info(location);
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.v(\\d+)\\.bak$").arg(QRegularExpression::escape(info.fileName())));
    QString best;
    QDateTime bestTime;
    int bestVersion = -1;
    const QFileInfoList candidates =
        info.absoluteDir().entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
    for (const QFileInfo &candidate : candidates) {
        const QRegularExpressionMatch match = pattern.match(candidate.fileName());
        if (!match.hasMatch() || candidate.size() == 0)
            continue;
        const QDateTime time = candidate.lastModified();
        const int version = match.captured(1).toInt();
        if (best.isEmpty() || time > bestTime || (time == bestTime && version > bestVersion)) {
            best = candidate.filePath();
            bestTime = time;
            bestVersion = version;
        }
    }
    return best;
}

Result<QString> Database::restoreBackup(const QString &backup, const QString &location)
{
    if (!QFileInfo::exists(backup) || !looksLikeSqlite(backup))
        return databaseFailure(backup, tr("the backup is missing or not a database"));
    const QString aside = QStringLiteral("%1.damaged-%2")
                              .arg(location, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(location) && !QFile::rename(location, aside))
        return databaseFailure(location, tr("cannot move the damaged database aside"));
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(location + suffix))
            QFile::rename(location + suffix, aside + suffix);
    }
    if (!QFile::copy(backup, location))
        return databaseFailure(location, tr("cannot copy the backup into place"));
    QFile::setPermissions(location, privateFilePermissions);
    return aside;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    auto opened = isServerLocation(location) ? openServer(location, mode) : openFile(location, mode);
    if (!opened)
        return opened;
    std::unique_ptr<Database> &database = opened.value();
    if (Status migrated = database->migrate(); !migrated) {
        Error error = migrated.error();
        error.file = location;
        return error;
    }
    if (Status placed = ActionsFile::placeTables(*database); !placed) {
        Error error = placed.error();
        error.file = location;
        return error;
    }
    return opened;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &location, OpenMode mode)
{
    const bool wantReadOnly = mode == OpenMode::ReadOnly;
    const QFileInfo info(location);
    const bool existed = info.exists();

    if (!existed) {
        if (wantReadOnly)
            return databaseFailure(location, tr("the database does not exist"));
        QFile file(location);
        if (!file.open(QIODevice::WriteOnly))
            return databaseFailure(location, tr("cannot create the database file (%1)").arg(file.errorString()));
        file.close();
        // DM notes are private: owner read/write only.
        file.setPermissions(privateFilePermissions);
    } else if (!isOpenHere(info.absoluteFilePath()) && !looksLikeSqlite(location)) {
        return damagedFailure(location, tr("the file is not a DM Cockpit database"));
    }

    const bool readOnly = wantReadOnly || (existed && fileIsReadOnly(info));
    const bool immutable = readOnly && readAsImmutable(info);
    std::unique_ptr<Database> database(new Database(nextConnectionName(), location, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(location);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QLatin1String("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            Error error = databaseError(tr("cannot open the database"), db);
            error.file = location;
            return error;
        }
        const QMutexLocker lock(&openFilesMutex);
        openFiles.insert(database->m_connectionName, info.absoluteFilePath());
    }
    if (existed && info.size() > 0) {
        // Someone else's SQLite file (no schema version, but tables): never touch it, not
        // even by switching it to WAL below.
        const QSqlDatabase db = database->connection();
        const SqlDialect dialect = SqlDialect::forDatabase(db);
        if (dialect.schemaVersion(db) == 0 && !dialect.tableNames(db).isEmpty()) {
            return databaseFailure(location,
                                   tr("the file is an SQLite database of another program, "
                                      "not a DM Cockpit database"));
        }
    }
    // The DM's tables in their own file (docs/concurrency.md), attached before the pragmas so
    // that journal_mode = WAL applies to it too.
    if (Status attached = ActionsFile::attach(*database, immutable); !attached)
        return attached.error();
    if (Status setUp = database->setUpConnection(); !setUp)
        return setUp.error();
    if (existed && info.size() > 0 && !QuickCheckRecord::unchangedSinceCleanCheck(location)) {
        if (Status checked = database->quickCheck(); !checked) {
            QuickCheckRecord::forget(location);
            return checked.error();
        }
        QuickCheckRecord::rememberCleanCheck(location);
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, OpenMode mode)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || databaseName.isEmpty() || databaseName.contains(QLatin1Char('/'))) {
        return databaseFailure(location,
                               tr("the team database address is not valid "
                                  "(expected postgresql://user@host:port/database)"));
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        // A password in an address ends up in shell history and process lists.
        return databaseFailure(url.toString(QUrl::RemovePassword),
                               tr("the address holds a password: put it in ~/.pgpass (or the file "
                                  "PGPASSFILE names) instead"));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return databaseFailure(location, tr("the PostgreSQL driver for Qt is not installed (libqt6sql6-psql)"));

    const bool readOnly = mode == OpenMode::ReadOnly;
    std::unique_ptr<Database> database(new Database(nextConnectionName(), location, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(databaseName);
        // SUM(bigint) is NUMERIC on PostgreSQL; the default policy turns it into a double.
        // Exact text keeps cents exact through QVariant::toLongLong().
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        // libpq options such as sslmode pass through; QPSQL separates them with ';'.
        QStringList options{QStringLiteral("application_name=dmcockpit")};
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + QLatin1Char('=') + value;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            Error error = databaseError(tr("cannot connect to the team database"), db);
            error.file = location;
            return error;
        }
    }
    if (Status setUp = database->setUpConnection(); !setUp)
        return setUp.error();
    return database;
}

Status Database::setUpConnection()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    for (const QString &statement : dialect().connectionSetup(m_readOnly)) {
        if (!query.exec(statement)) {
            const QString backup = latestBackup(m_location);
            Error error = databaseError(backup.isEmpty() ? tr("the database file is damaged or not a database")
                                                         : tr("the database file is damaged or not a database; "
                                                              "the latest backup is %1")
                                                               .arg(backup),
                                        db);
            error.kind = Error::Kind::Damaged;
            error.file = m_location;
            return error;
        }
    }
    return Done{};
}

Status Database::quickCheck()
{
    const QString statement = dialect().integrityCheck(false);
    if (statement.isEmpty())
        return Done{};
    QSqlQuery query(connection());
    QStringList problems;
    if (!query.exec(statement)) {
        problems << query.lastError().text();
    } else {
        // One row may carry several lines ("*** in database main ***\nPage 4: ...").
        while (query.next() && problems.size() < 3) {
            const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                    problems << line.trimmed();
            }
        }
        problems = problems.mid(0, 3);
    }
    if (problems.isEmpty())
        return Done{};
    const QString backup = latestBackup(m_location);
    const QString detail = problems.join(QStringLiteral("; "));
    return damagedFailure(m_location,
                          backup.isEmpty()
                              ? tr("the database file is damaged (%1)").arg(detail)
                              : tr("the database file is damaged (%1); the latest backup is %2").arg(detail, backup));
}

Result<QStringList> Database::checkIntegrity() const
{
    const QString statement = dialect().integrityCheck(true);
    if (statement.isEmpty())
        return QStringList();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return databaseError(tr("cannot check the database"), connection());
    QStringList problems;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (!problems.isEmpty() && !isServer())
        QuickCheckRecord::forget(m_location); // the next open checks again
    return problems;
}

Status Database::backUp(int version)
{
    if (isServer())
        return Done{}; // a server: its administrator's backups (pg_dump) apply
    const QString target = backupPath(m_location, version);
    const QString temporary = target + QStringLiteral(".tmp");
    // VACUUM INTO wants a missing or empty file; creating it first keeps it private from the start.
    QFile::remove(temporary);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly))
            return databaseFailure(temporary, tr("cannot create the backup (%1)").arg(file.errorString()));
        file.setPermissions(privateFilePermissions);
    }
    QSqlQuery query(connection());
    if (!query.exec(dialect().backupInto(temporary))) {
        QFile::remove(temporary);
        return databaseError(tr("cannot back up the database before upgrading it"), connection());
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return databaseFailure(target, tr("cannot store the backup"));
    return ActionsFile::backUp(*this, version);
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    int current = dialect.schemaVersion(db);
    if (current < 0) {
        Error error = databaseError(tr("the file is not a usable database"), db);
        error.kind = Error::Kind::Damaged;
        return error;
    }
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
        const auto &migrations = schemaMigrations();
        const bool readableAsItIs = std::all_of(migrations.begin(), migrations.end(), [current](const Migration &m) {
            return m.version <= current || !m.readersNeedIt;
        });
        if (readableAsItIs)
            return Done{};
        Error error;
        error.kind = Error::Kind::Database;
        error.message = tr("the database is read-only and needs an upgrade to schema %1").arg(latestSchemaVersion());
        return error;
    }
    if (current > 0) {
        if (Status backedUp = backUp(current); !backedUp)
            return backedUp;
    }

    // All migrations in one transaction: a failure anywhere leaves the database as it was.
    Transaction transaction(m_connectionName);
    if (!transaction.isActive())
        return databaseError(tr("cannot start the database upgrade"), db);
    QSqlQuery query(db);
    if (const QString lock = dialect.migrationLock(); !lock.isEmpty()) {
        if (!query.exec(lock))
            return databaseError(tr("cannot lock the database for the upgrade"), db);
        current = dialect.schemaVersion(db); // another client may have upgraded meanwhile
        if (current >= latestSchemaVersion())
            return transaction.commit() ? Status(Done{}) : databaseError(tr("cannot upgrade the database"), db);
    }
    const bool server = dialect.kind() == SqlDialect::Kind::PostgreSQL;
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        const QStringList statements =
            migration.statements + (server ? migration.postgresStatements : migration.sqliteStatements);
        for (const QString &statement : statements) {
            if (!query.exec(ActionsFile::placed(*this, dialect.expand(statement))))
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
