#include "ActionsFile.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "store/PrivateFile.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace dmc {

namespace {

Error fileFailure(const QString &path, const QString &message, Error::Kind kind = Error::Kind::Database)
{
    Error error;
    error.kind = kind;
    error.file = path;
    error.message = message;
    return error;
}

// CREATE [UNIQUE] TABLE|INDEX [IF NOT EXISTS] name ... as the same in `schema`.
QString inSchema(QString definition, const QString &schema = QStringLiteral("actions"))
{
    static const QRegularExpression head(QStringLiteral(
                                             "^\\s*CREATE\\s+(UNIQUE\\s+)?(TABLE|INDEX)\\s+(IF\\s+NOT\\s+EXISTS\\s+)?"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = head.match(definition);
    if (!match.hasMatch())
        return {};
    return definition.replace(0, match.capturedLength(),
                              QStringLiteral("CREATE %1%2 %3.").arg(match.captured(1), match.captured(2), schema));
}

// The definitions of `table` in `schema` (the table first, then its indexes).
QStringList definitionsOf(QSqlQuery &query, const QString &schema, const QString &table)
{
    query.prepare(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                                 "ORDER BY type = 'index'")
                      .arg(schema));
    query.addBindValue(table);
    QStringList definitions;
    if (query.exec()) {
        while (query.next())
            definitions << query.value(0).toString();
    }
    return definitions;
}

QStringList tablesIn(QSqlQuery &query, const QString &schema)
{
    QStringList tables;
    if (query.exec(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table'").arg(schema))) {
        while (query.next())
            tables << query.value(0).toString();
    }
    return tables;
}

// Rows of `table` in `schema`; 0 when the table is not there.
qint64 rowCount(QSqlQuery &query, const QString &schema, const QString &table)
{
    if (!tablesIn(query, schema).contains(table))
        return 0;
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(schema, table)) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

// The DM's tables as the migrations define them: the SQLite migrations replayed in a scratch
// in-memory database.
QHash<QString, QStringList> migratedDefinitions()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("dmc-actions-scratch-%1").arg(counter.fetchAndAddRelaxed(1));
    QHash<QString, QStringList> definitions;
    {
        QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        scratch.setDatabaseName(QStringLiteral(":memory:"));
        if (scratch.open()) {
            QSqlQuery query(scratch);
            const SqlDialect dialect = SqlDialect::forDatabase(scratch);
            for (const Migration &migration : schemaMigrations()) {
                for (const QString &statement : migration.statements)
                    query.exec(dialect.expand(statement));
            }
            for (const QString &table : dmActionTables())
                definitions.insert(table, definitionsOf(query, QStringLiteral("main"), table));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return definitions;
}

} // namespace

QString ActionsFile::path(const QString &location)
{
    return Database::isServerLocation(location) ? QString() : location + QLatin1String("-actions");
}

bool ActionsFile::isAttached(const Database &database)
{
    if (database.isServer())
        return false;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA database_list")))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("actions"))
            return true;
    }
    return false;
}

bool ActionsFile::hasTable(const Database &database, const QString &table)
{
    if (!isAttached(database))
        return database.connection().tables().contains(table);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ? "
                                 "UNION ALL SELECT 1 FROM actions.sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    query.addBindValue(table);
    return query.exec() && query.next();
}

Status ActionsFile::attach(Database &database, bool immutable)
{
    const QString file = path(database.location());
    const QFileInfo info(file);
    if (!info.exists() || (database.isReadOnly() && !info.isReadable())) {
        // A read-only look at someone's file whose notes stay private to them (0600) reads no notes.
        if (database.isReadOnly())
            return Done{};
        QFile created(file);
        if (!created.open(QIODevice::WriteOnly))
            return fileFailure(file, tr("cannot create the file of the DM's notes (%1)").arg(created.errorString()));
        created.close();
        // DM notes are private: owner read/write only.
        created.setPermissions(privateFilePermissions);
    }
    // The attached file takes the connection's flags (read-only, URI names); a shared read-only
    // copy without side files is read as immutable, like FILE.
    QString name = file;
    if (immutable && !QFileInfo::exists(file + QLatin1String("-wal"))
        && !QFileInfo::exists(file + QLatin1String("-shm")))
        name =
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QLatin1String("?immutable=1");
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS actions"));
    query.addBindValue(name);
    if (!query.exec()) {
        Error error = Database::databaseError(tr("cannot open the file of the DM's notes"), query.lastError().text());
        error.file = file;
        return error;
    }
    // Read through SQLite, not by opening the file here: closing another descriptor of a file
    // SQLite has open drops the process's locks on it.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM actions.sqlite_master"))) {
        const QString detail = query.lastError().text();
        query.exec(QStringLiteral("DETACH DATABASE actions"));
        return fileFailure(file, tr("the file of the DM's notes is not a database (%1)").arg(detail),
                           Error::Kind::Damaged);
    }
    // journal_mode without a schema name applies to every attached file; synchronous does not.
    if (!database.isReadOnly())
        query.exec(QStringLiteral("PRAGMA actions.synchronous = NORMAL"));
    return Done{};
}

Status ActionsFile::placeTables(Database &database)
{
    if (database.isServer())
        return Done{};
    QSqlQuery query(database.connection());
    const QStringList inFile = tablesIn(query, QStringLiteral("main"));
    QStringList moving;
    QStringList missing;
    for (const QString &table : dmActionTables())
        (inFile.contains(table) ? moving : missing) << table;
    const bool attached = isAttached(database);
    if (database.isReadOnly()) {
        // A read-only copy of FILE without FILE-actions: its DM tables are empty temporary ones
        // (the connection's own, the files stay untouched), so everything that reads notes reads
        // none. Without them such reads fail: no reason to refuse the file.
        if (!attached && !missing.isEmpty())
            createTables(database, missing, QStringLiteral("temp"));
        return Done{};
    }
    if (!attached)
        return Done{};
    if (Status kept = keepNewerNotes(database, moving); !kept)
        return kept;
    if (Status moved = moveTables(database, moving); !moved)
        return moved;
    const QStringList inActions = tablesIn(query, QStringLiteral("actions"));
    QStringList absent;
    for (const QString &table : missing) {
        if (!inActions.contains(table))
            absent << table;
    }
    return createTables(database, absent, QStringLiteral("actions"));
}

Status ActionsFile::createTables(Database &database, const QStringList &tables, const QString &schema)
{
    if (tables.isEmpty())
        return Done{};
    const QHash<QString, QStringList> definitions = migratedDefinitions();
    QSqlQuery query(database.connection());
    Transaction transaction(database.connectionName());
    for (const QString &table : tables) {
        for (const QString &definition : definitions.value(table)) {
            if (!query.exec(inSchema(definition, schema)))
                return Database::databaseError(tr("cannot create the tables of the DM's notes"),
                                               query.lastError().text());
        }
    }
    if (!transaction.commit())
        return Database::databaseError(tr("cannot create the tables of the DM's notes"), database.connection());
    return Done{};
}

// FILE holds DM tables (a file from before FILE-actions) while FILE-actions holds some with rows:
// FILE restored from a backup taken before the move, or an interrupted move. The copy below
// would replace FILE-actions' tables, and with them every note written since that backup. The
// side whose history (dm_action_history, appended to by every write) is longer stays in use; the
// other side's rows are copied to "<table>_set_aside_<time>" in their file, kept, never dropped.
// Equal row counts in every table are an interrupted move (the copy committed, the drop not):
// FILE's copies are dropped. `moving` is left with the tables still to move into FILE-actions.
Status ActionsFile::keepNewerNotes(Database &database, QStringList &moving)
{
    if (moving.isEmpty())
        return Done{};
    QSqlQuery query(database.connection());
    bool actionsHasRows = false;
    bool sameCounts = true;
    for (const QString &table : moving) {
        const qint64 inActions = rowCount(query, QStringLiteral("actions"), table);
        actionsHasRows = actionsHasRows || inActions > 0;
        sameCounts = sameCounts && inActions == rowCount(query, QStringLiteral("main"), table);
    }
    if (!actionsHasRows)
        return Done{};
    const QString failure = tr("cannot keep the DM's newer notes");
    Transaction transaction(database.connectionName());
    if (!transaction.isActive())
        return Database::databaseError(failure, database.connection());
    const QString history = QStringLiteral("dm_action_history");
    const bool actionsNewer =
        rowCount(query, QStringLiteral("actions"), history) >= rowCount(query, QStringLiteral("main"), history);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
    for (const QString &table : std::as_const(moving)) {
        const QString schema = actionsNewer ? QStringLiteral("main") : QStringLiteral("actions");
        if (!tablesIn(query, schema).contains(table))
            continue;
        // A plain copy of the rows (CREATE TABLE AS takes no index along, whose name the table moved in would need).
        const bool setAside = sameCounts
            || query.exec(
                QStringLiteral("CREATE TABLE %1.%2_set_aside_%3 AS SELECT * FROM %1.%2").arg(schema, table, stamp));
        if (!setAside
            || !query.exec(QStringLiteral("DROP TABLE %1.%2").arg(sameCounts ? QStringLiteral("main") : schema, table)))
            return Database::databaseError(failure, query.lastError().text());
    }
    if (!transaction.commit())
        return Database::databaseError(failure, database.connection());
    if (actionsNewer || sameCounts)
        moving.clear();
    return Done{};
}

// Two transactions, each writing one file: first the copy (a copy left by an interrupted move is
// replaced, FILE still holding the originals), then FILE drops its tables. A crash between the
// two leaves the originals in FILE, which the next open moves again; a crash during either rolls
// that one back. (Across attached files in WAL mode SQLite commits each file atomically, not
// the set, hence not one transaction.)
Status ActionsFile::moveTables(Database &database, const QStringList &tables)
{
    if (tables.isEmpty())
        return Done{};
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    const QString failure = tr("cannot move the DM's notes into their own file");
    const auto failed = [&] { return Database::databaseError(failure, query.lastError().text()); };
    {
        Transaction copy(database.connectionName());
        if (!copy.isActive())
            return Database::databaseError(failure, db);
        for (const QString &table : tables) {
            const QStringList definitions = definitionsOf(query, QStringLiteral("main"), table);
            if (definitions.isEmpty() || !query.exec(QStringLiteral("DROP TABLE IF EXISTS actions.%1").arg(table)))
                return failed();
            for (const QString &definition : definitions) {
                if (!query.exec(inSchema(definition)))
                    return failed();
            }
            if (!query.exec(QStringLiteral("INSERT INTO actions.%1 SELECT * FROM main.%1").arg(table)))
                return failed();
            // AUTOINCREMENT never reuses an id: carry the counter over, not just the highest id left.
            query.prepare(QStringLiteral("SELECT seq FROM main.sqlite_sequence WHERE name = ?"));
            query.addBindValue(table);
            if (query.exec() && query.next()) {
                const qint64 sequence = query.value(0).toLongLong();
                query.prepare(QStringLiteral("DELETE FROM actions.sqlite_sequence WHERE name = ?"));
                query.addBindValue(table);
                if (!query.exec())
                    return failed();
                query.prepare(QStringLiteral("INSERT INTO actions.sqlite_sequence (name, seq) VALUES (?, ?)"));
                query.addBindValue(table);
                query.addBindValue(sequence);
                if (!query.exec())
                    return failed();
            }
        }
        if (!copy.commit())
            return Database::databaseError(failure, db);
    }
    Transaction drop(database.connectionName());
    if (!drop.isActive())
        return Database::databaseError(failure, db);
    for (const QString &table : tables) {
        if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS main.%1").arg(table)))
            return failed();
    }
    if (!drop.commit())
        return Database::databaseError(failure, db);
    return Done{};
}

QString ActionsFile::placed(const Database &database, const QString &statement)
{
    static const QRegularExpression
        onTable(QStringLiteral(
                    "^\\s*CREATE\\s+(?:UNIQUE\\s+)?(?:INDEX|TRIGGER)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+"
                    "(?:.*?\\s)?ON\\s+(\\w+)"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = onTable.match(statement);
    if (!match.hasMatch() || !dmActionTables().contains(match.captured(2)) || !isAttached(database))
        return statement;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM actions.sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(match.captured(2));
    if (!query.exec() || !query.next())
        return statement;
    return QString(statement).insert(match.capturedStart(1), QLatin1String("actions."));
}

Status ActionsFile::backUp(const Database &database, int version)
{
    if (!isAttached(database))
        return Done{};
    const QString target = Database::backupPath(path(database.location()), version);
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QFile::remove(target);
    {
        // VACUUM INTO wants a missing or empty file; creating it first keeps it private from the start.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return fileFailure(target, tr("cannot create the backup (%1)").arg(file.errorString()));
        file.setPermissions(privateFilePermissions);
    }
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("VACUUM actions INTO '%1'").arg(quoted))) {
        QFile::remove(target);
        return Database::databaseError(tr("cannot back up the DM's notes before upgrading the database"),
                                       query.lastError().text());
    }
    return Done{};
}

} // namespace dmc
