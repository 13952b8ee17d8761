#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

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
        const QStringList tables = (*db)->connection().tables();
        for (const QString &table : crmTables() + dmActionTables())
            QVERIFY2(tables.contains(table), qPrintable(table));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
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
        QVERIFY(db.error().message.contains(QStringLiteral("not a DM Cockpit database")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("this is not a database, it is a text file with enough bytes\n"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
