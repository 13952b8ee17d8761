#include "fixtures/store/DamagedDatabase.h"
#include "fixtures/RunDmcockpit.h"
#include "fixtures/SmallDatabase.h"
#include "store/CrmReader.h"
#include "store/ActionsFile.h"
#include "store/Database.h"
#include "store/DatabaseSummary.h"
#include "i18n/Translations.h"
#include "store/Schema.h"
#include "store/SqlDialect.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A database at the current schema holding `count` settings, closed again.
void createWithSettings(const QString &path, int count)
{
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    Transaction transaction((*db)->connectionName());
    for (int i = 0; i < count; ++i)
        QVERIFY((*db)->setSetting(QStringLiteral("key%1").arg(i), QString(40, QLatin1Char('x'))).ok());
    QVERIFY(transaction.commit());
}

// A file as a version without FILE-actions wrote it: every migration run on the bare file, the DM's tables in
// it. Notes 7 and 8 of 9 written (9 deleted since), and a coaching note.
void writeFileFromBefore(const QString &path)
{
    // Every migration run on the bare file, as a version without FILE-actions did.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-older"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    const SqlDialect dialect = SqlDialect::forDatabase(raw);
    for (const Migration &migration : schemaMigrations()) {
        for (const QString &statement : migration.statements)
            QVERIFY2(query.exec(dialect.expand(statement)), qPrintable(query.lastError().text()));
    }
    QVERIFY(dialect.setSchemaVersion(raw, latestSchemaVersion()));
    // Notes 7 and 8 of 9 written (9 deleted since): the next id is 10, never 9 again.
    for (const char *sql :
         {"INSERT INTO dm_action (id, opportunity_id, note, author, updated_at) VALUES "
          "(7, 'o1', 'Champion is the CFO', 'dm', '2026-01-05'), (8, 'o2', 'Paper process', 'dm', '2026-01-05')",
          "UPDATE sqlite_sequence SET seq = 9 WHERE name = 'dm_action'",
          "INSERT INTO coaching_note (rep_id, week_start, note, author, updated_at) VALUES "
          "('r1', '2026-01-05', 'Discovery questions', 'dm', '2026-01-05')"})
        QVERIFY2(query.exec(QLatin1String(sql)), qPrintable(query.lastError().text()));
    query = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-older"));
}

int countRows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The real migrations plus one more, installed for the lifetime of the object.
class ExtraMigration
{
public:
    explicit ExtraMigration(QStringList statements)
        : m_migrations(schemaMigrations())
    {
        m_migrations.push_back({m_migrations.back().version + 1, std::move(statements)});
        setSchemaMigrationsForTesting(&m_migrations);
    }
    ~ExtraMigration() { setSchemaMigrationsForTesting(nullptr); }

private:
    std::vector<Migration> m_migrations;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaWithVersionAndPrivateMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        // CRM tables in the file, the DM's own tables in FILE-actions beside it (docs/concurrency.md).
        const QStringList tables = (*db)->connection().tables();
        for (const QString &table : crmTables())
            QVERIFY2(tables.contains(table), qPrintable(table));
        for (const QString &table : dmActionTables()) {
            QVERIFY2(!tables.contains(table), qPrintable(table));
            QVERIFY2(ActionsFile::hasTable(**db, table), qPrintable(table));
        }
        for (const QString &file : {path, ActionsFile::path(path)})
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
    }

    // A database at version N skips every migration numbered N or lower, so the list must be
    // 1, 2, 3, ... with no gap and no repeat: a migration numbered past a gap would be skipped
    // forever by the files that went through the higher number first.
    void migrationsAreNumberedOneByOne()
    {
        const auto &migrations = schemaMigrations();
        for (std::size_t i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations[i].version, int(i) + 1);
        QCOMPARE(latestSchemaVersion(), int(migrations.size()));
    }

    void versionThreeDropsTheUnusedSnapshotIndexAndOlderFilesStayReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        const auto indexes = [](const Database &db) {
            QSqlQuery query(db.connection());
            QStringList names;
            if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                          "'snapshot' AND sql IS NOT NULL ORDER BY name")))
                while (query.next())
                    names << query.value(0).toString();
            return names;
        };
        {
            // A schema 2 file as version 2 wrote it: the secondary snapshot index in place.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE(indexes(**db), QStringList());
            QSqlQuery query((*db)->connection());
            QVERIFY(
                query.exec(QStringLiteral("CREATE INDEX snapshot_by_opportunity ON snapshot (opportunity_id, as_of)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            // Nor the loss reason and competitor of schema 7.
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE opportunity DROP COLUMN loss_reason")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE opportunity DROP COLUMN competitor")));
            // Nor the audit trail's revert link of schema 13.
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE dm_action_history DROP COLUMN reverts_id")));
        }
        {
            // Read-only, it is read as it is: dropping an index changes nothing a reader sees.
            auto reader = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
            QCOMPARE(indexes(**reader), QStringList{QStringLiteral("snapshot_by_opportunity")});
            // The deals are read without the schema 7 columns (as empty loss reason and competitor).
            QVERIFY(CrmReader(**reader).readOpportunities([](const Opportunity &) {}).ok());
        }
        QVERIFY(!QFile::exists(Database::backupPath(path, 2)));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(indexes(**db), QStringList());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        QVERIFY(QFile::exists(Database::backupPath(path, 2)));
    }

    // Schema 16 stores the snapshot rows in their key's B-tree (WITHOUT ROWID): a file of schema
    // 15 is rebuilt on its first writable open with every row, every value and the key's order.
    void snapshotTableLosesItsRowidAndKeepsItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.db"));
        QCOMPARE(test::importSmallFixture(path), QString());
        const QString rowsSql = QStringLiteral("SELECT as_of, opportunity_id, owner_id, stage, category, amount, "
                                               "currency, close_date, stage_entered_date, last_activity_date "
                                               "FROM snapshot ORDER BY as_of, opportunity_id");
        auto rowsOf = [&](const Database &db) {
            QStringList rows;
            QSqlQuery query(db.connection());
            if (query.exec(rowsSql)) {
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < 10; ++i)
                        values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                    rows << values.join(QLatin1Char('|'));
                }
            }
            return rows;
        };
        auto tableSql = [](const Database &db) {
            QSqlQuery query(db.connection());
            return query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'snapshot'")) && query.next()
                ? query.value(0).toString()
                : QString();
        };
        QStringList rows;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(tableSql(**db).endsWith(QStringLiteral("WITHOUT ROWID")));
            rows = rowsOf(**db);
            QVERIFY(rows.size() > 10);
            // Back to schema 15's table: a rowid table, its rows in another order than the key's.
            QSqlQuery query((*db)->connection());
            for (const char *sql : {"CREATE TABLE snapshot_rows AS SELECT * FROM snapshot ORDER BY opportunity_id DESC",
                                    "DROP TABLE snapshot",
                                    "CREATE TABLE snapshot (as_of TEXT NOT NULL, opportunity_id TEXT NOT NULL "
                                    "REFERENCES opportunity(id), owner_id TEXT NOT NULL, stage TEXT NOT NULL, "
                                    "category TEXT NOT NULL, amount BIGINT, currency TEXT NOT NULL DEFAULT '', "
                                    "close_date TEXT, stage_entered_date TEXT, last_activity_date TEXT, "
                                    "PRIMARY KEY (as_of, opportunity_id))",
                                    "INSERT INTO snapshot SELECT * FROM snapshot_rows", "DROP TABLE snapshot_rows",
                                    "PRAGMA user_version = 15"})
                QVERIFY2(query.exec(QLatin1String(sql)), qPrintable(query.lastError().text()));
            QVERIFY(!tableSql(**db).contains(QStringLiteral("WITHOUT ROWID")));
        }
        {
            // Read-only, schema 15's table is read as it is.
            auto reader = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
            QCOMPARE(rowsOf(**reader), rows);
            const auto version = CrmReader(**reader).dataVersion();
            QVERIFY(version.has_value());
            QCOMPARE(version->latestSnapshot, rows.last().section(QLatin1Char('|'), 0, 0));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(QFile::exists(Database::backupPath(path, 15)));
        QVERIFY(tableSql(**db).endsWith(QStringLiteral("WITHOUT ROWID")));
        QCOMPARE(rowsOf(**db), rows);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'snapshot%'")), 1);
    }

    // A file from before FILE-actions holds the DM's tables itself: a reader reads them there, and
    // the first writable open moves them, rows, indexes and id counters, into FILE-actions.
    void olderFileMovesTheDmTablesIntoTheirOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.db"));
        writeFileFromBefore(path);
        if (QTest::currentTestFailed())
            return;
        {
            auto reader = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
            QCOMPARE(countRows(**reader, QStringLiteral("SELECT COUNT(*) FROM dm_action")), 2);
            QVERIFY(ActionsFile::hasTable(**reader, QStringLiteral("dm_action")));
        }
        QVERIFY(!QFile::exists(ActionsFile::path(path)));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(QFile::exists(ActionsFile::path(path)));
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master WHERE name = 'dm_action'")),
                 0);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.dm_action")), 2);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.coaching_note")), 1);
        for (const QString &table : dmActionTables())
            QVERIFY2(ActionsFile::hasTable(**db, table), qPrintable(table));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT note FROM dm_action WHERE id = 8")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Paper process"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                          "VALUES ('o3', 'Next', 'dm', '2026-01-06')")));
        QCOMPARE(query.lastInsertId().toInt(), 10);
        // The UNIQUE (opportunity_id, rule_id) of the table came along.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                           "VALUES ('o1', 'Twice', 'dm', '2026-01-06')")));
    }

    // FILE restored from a backup taken before FILE-actions existed, beside the FILE-actions of the notes written
    // since: those stay in use (their history is the longer), and the backup's rows are kept apart in FILE.
    void restoredOlderFileKeepsTheNewerNotes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("restored.db"));
        const QString backup = dir.filePath(QStringLiteral("restored.db.v10.bak"));
        writeFileFromBefore(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::copy(path, backup));
        {
            auto db = Database::open(path); // moves notes 7 and 8 into FILE-actions
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(
                query.exec(QStringLiteral("UPDATE dm_action SET note = 'Champion left', version = 2 WHERE id = 7")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO dm_action_history (action_id, field, old_value, new_value, author, changed_at) "
                "VALUES (7, 'note', 'Champion is the CFO', 'Champion left', 'dm', '2026-02-02')")));
        }
        QVERIFY(Database::restoreBackup(backup, path).ok());
        for (int open = 0; open < 2; ++open) { // the second open finds nothing more to do
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT note FROM dm_action WHERE id = 7")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Champion left"));
            QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.dm_action_history")), 1);
            QCOMPARE(countRows(**db,
                               QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master WHERE name = 'dm_action'")),
                     0);
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name LIKE "
                                              "'dm_action_set_aside_%'")));
            QVERIFY(query.next());
            const QString setAside = query.value(0).toString();
            QVERIFY(!query.next());
            QVERIFY(query.exec(QStringLiteral("SELECT note FROM main.%1 WHERE id = 7").arg(setAside)) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Champion is the CFO"));
            QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(setAside)), 2);
        }
    }

    // A move interrupted after its copy committed: FILE and FILE-actions hold the same rows, and the next open drops
    // FILE's copies (nothing set aside).
    void interruptedMoveDropsTheCopiesInFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("interrupted.db"));
        writeFileFromBefore(path);
        if (QTest::currentTestFailed())
            return;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            for (const QString &table : dmActionTables())
                QVERIFY2(query.exec(QStringLiteral("CREATE TABLE main.%1 AS SELECT * FROM actions.%1").arg(table)),
                         qPrintable(query.lastError().text()));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(countRows(**db,
                           QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master WHERE name IN ('dm_action', "
                                          "'dm_action_history', 'coaching_note') OR name LIKE '%set_aside%'")),
                 0);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.dm_action")), 2);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.coaching_note")), 1);
    }

    // A later migration's index on a DM table is created where the table lives, FILE-actions.
    void laterMigrationIndexesADmTableInItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("index.db"));
        createWithSettings(path, 1);
        ExtraMigration extra({QStringLiteral("CREATE INDEX IF NOT EXISTS dm_action_by_author ON dm_action (author)")});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(countRows(**db,
                           QStringLiteral("SELECT COUNT(*) FROM actions.sqlite_master "
                                          "WHERE type = 'index' AND name = 'dm_action_by_author'")),
                 1);
    }

    // FILE copied without FILE-actions: the DM's tables come back empty, writable and read-only.
    void fileWithoutItsActionsFileHasEmptyDmTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alone.db"));
        createWithSettings(path, 1);
        QVERIFY(QFile::remove(ActionsFile::path(path)));
        {
            auto reader = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
            QCOMPARE(countRows(**reader, QStringLiteral("SELECT COUNT(*) FROM follow_up")), 0);
            QVERIFY(!QFile::exists(ActionsFile::path(path)));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery query((*db)->connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO follow_up (rep_id, text, created_week, author, updated_at) "
                                           "VALUES ('r1', 'Ask for the plan', '2026-01-05', 'dm', '2026-01-05')")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM actions.follow_up")), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db.ok());
        const QString name = (*db)->connectionName();
        {
            Transaction transaction(name);
            QVERIFY((*db)->setSetting(QStringLiteral("k"), QStringLiteral("rolled back")).ok());
        }
        QCOMPARE((*db)->setting(QStringLiteral("k"), QStringLiteral("absent")), QStringLiteral("absent"));
        {
            Transaction transaction(name);
            QVERIFY((*db)->setSetting(QStringLiteral("k"), QStringLiteral("kept")).ok());
            QVERIFY(transaction.commit());
        }
        QCOMPARE((*db)->setting(QStringLiteral("k")), QStringLiteral("kept"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        }
        auto reopened = Database::open(path);
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().kind, Error::Kind::Database);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(reopened.error().message));
    }

    void refusesNonDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, it is a text file with enough bytes\n");
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QVERIFY(db.error().message.contains(QStringLiteral("not a DM Cockpit database")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("this is not a database, it is a text file with enough bytes\n"));
    }

    void migrationBacksUpFirstThenUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("up.db"));
        createWithSettings(path, 3);
        const int before = latestSchemaVersion();
        ExtraMigration extra({QStringLiteral("CREATE TABLE extra (id %AUTO_ID%, x INTEGER)")});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(countRows(**db, QStringLiteral("PRAGMA user_version")), before + 1);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM extra")), 0);

        const QString backup = path + QStringLiteral(".v%1.bak").arg(before);
        QCOMPARE(Database::backupPath(path, before), backup);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".tmp")));
        QCOMPARE(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(Database::latestBackup(path), backup);

        // The backup is the database as it was: old version, same settings, no new table.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-backup"));
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        {
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), before);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM setting")) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QVERIFY(!raw.tables().contains(QStringLiteral("extra")));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-backup"));
    }

    void failedMigrationLeavesOriginalUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fail.db"));
        createWithSettings(path, 5);
        const QByteArray hashBefore = fileHash(path);
        QVERIFY(!hashBefore.isEmpty());
        const int before = latestSchemaVersion();
        {
            // The first two statements work; the third fails: nothing of the three may remain.
            ExtraMigration extra({QStringLiteral("CREATE TABLE extra (x INTEGER)"),
                                  QStringLiteral("DELETE FROM setting"),
                                  QStringLiteral("CREATE TABLE broken (x INTEGER REFERENCES)")});
            auto db = Database::open(path);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().kind, Error::Kind::Database);
            QVERIFY2(db.error().message.contains(
                         QStringLiteral("cannot upgrade the database to schema %1").arg(before + 1)),
                     qPrintable(db.error().message));
            QCOMPARE(db.error().file, path);
        }
        QCOMPARE(fileHash(path), hashBefore);
        QVERIFY(QFileInfo::exists(Database::backupPath(path, before)));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(countRows(**db, QStringLiteral("PRAGMA user_version")), before);
        QCOMPARE(countRows(**db, QStringLiteral("SELECT COUNT(*) FROM setting")), 5);
        QVERIFY(!(*db)->connection().tables().contains(QStringLiteral("extra")));
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        createWithSettings(path, 2);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray hashBefore = fileHash(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
            QVERIFY((*db)->isReadOnly());
            QCOMPARE((*db)->setting(QStringLiteral("key1")), QString(40, QLatin1Char('x')));
            // Even as root (where the mode bits do not stop writes) the connection refuses.
            const Status written = (*db)->setSetting(QStringLiteral("key1"), QStringLiteral("changed"));
            QVERIFY(!written.ok());
            QCOMPARE((*db)->setting(QStringLiteral("key1")), QString(40, QLatin1Char('x')));
        }
        QCOMPARE(fileHash(path), hashBefore);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto writable = Database::open(path);
        QVERIFY(writable.ok());
        QVERIFY(!(*writable)->isReadOnly());
    }

    void damagedFileGivesClearMessageAndOffersBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        createWithSettings(path, 2000);
        const QString backup = Database::backupPath(path, latestSchemaVersion());
        QVERIFY(QFile::copy(path, backup));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE((*db)->checkIntegrity().value(), QStringList());
        }
        QVERIFY(test::overwriteDataPages(path));

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(backup), qPrintable(db.error().message));
        QCOMPARE(Database::latestBackup(path), backup);

        auto restored = Database::restoreBackup(backup, path);
        QVERIFY2(restored.ok(), qPrintable(restored ? QString() : restored.error().toString()));
        QVERIFY(QFileInfo::exists(*restored));
        QVERIFY(restored->startsWith(path + QStringLiteral(".damaged-")));
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().toString()));
        QCOMPARE(countRows(**reopened, QStringLiteral("SELECT COUNT(*) FROM setting")), 2000);
    }

    void latestBackupIsTheNewestOfThisFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.db"));
        QCOMPARE(Database::latestBackup(path), QString());
        const QDateTime base = QDateTime::currentDateTime().addDays(-2);
        const auto make = [&](const QString &name, int hoursLater) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SQLite format 3");
            file.flush();
            QVERIFY(file.setFileTime(base.addSecs(hoursLater * 3600), QFileDevice::FileModificationTime));
        };
        make(QStringLiteral("b.db.v3.bak"), 1);
        make(QStringLiteral("b.db.v1.bak"), 5); // older schema, newer copy: the newest wins
        make(QStringLiteral("b.db.v2.bak"), 3);
        make(QStringLiteral("b.db.v4.bak.tmp"), 9); // an unfinished backup
        make(QStringLiteral("bb.db.v9.bak"), 9);    // another database's
        QCOMPARE(Database::latestBackup(path), dir.filePath(QStringLiteral("b.db.v1.bak")));
    }

    void refusesAnotherProgramsSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-other"));
        const QByteArray hashBefore = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), hashBefore);
    }

    void checkCommandReportsOkAndDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.db"));
        createWithSettings(path, 2000);
        const auto good = test::runDmcockpit({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains("ok"));

        const qint64 page = test::pageSizeOf(path);
        QVERIFY(page > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 5 * page);
        QVERIFY(file.seek(3 * page));
        file.write(QByteArray(2 * page, '\x00'));
        file.close();
        const auto bad = test::runDmcockpit({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(bad.exitCode, 4);
        QVERIFY2(bad.err.contains("damaged"), bad.err.constData());
    }

    // `info`'s text: counts through the locale, plurals per language.
    void summaryTextUsesLocaleAndPlurals()
    {
        DatabaseSummary summary;
        summary.opportunities = 100000;
        summary.reps = 26;
        summary.districts = 3;
        summary.regions = 1;
        summary.accounts = 120;
        QVERIFY(Translations::install(QStringLiteral("en")));
        QStringList lines = summary.toText().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Opportunities: 100,000"));
        QCOMPARE(lines.value(1), QStringLiteral("Reps: 26 in 3 districts, 1 region"));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        lines = summary.toText().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Сделки: 100\u00a0000"));
        QCOMPARE(lines.value(1), QStringLiteral("Менеджеры: 26 на 3\u00A0территориях в 1\u00A0регионе"));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
