// ImportStatus: the enum the import layer compares, and its text only where import_log stores it.
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "store/ImportLog.h"
#include "store/ImportStatus.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

using namespace dmc;

namespace {

const QString SmallDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small");

QStringList storedStatuses(const Database &db)
{
    QStringList statuses;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT status FROM import_log ORDER BY id")))
        return {QStringLiteral("query failed")};
    while (query.next())
        statuses << query.value(0).toString();
    return statuses;
}

} // namespace

class TestImportLog : public QObject
{
    Q_OBJECT

private slots:
    void statusKeysAreTheStoredText()
    {
        QCOMPARE(importStatusKey(ImportStatus::Running), QStringLiteral("running"));
        QCOMPARE(importStatusKey(ImportStatus::Done), QStringLiteral("done"));
        QCOMPARE(importStatusKey(ImportStatus::Skipped), QStringLiteral("skipped"));
        QCOMPARE(importStatusFromKey(QStringLiteral("running")), std::optional(ImportStatus::Running));
        QCOMPARE(importStatusFromKey(QStringLiteral("done")), std::optional(ImportStatus::Done));
        QCOMPARE(importStatusFromKey(QStringLiteral("skipped")), std::optional(ImportStatus::Skipped));
        QVERIFY(!importStatusFromKey(QStringLiteral("Done")));
        QVERIFY(!importStatusFromKey(QStringLiteral("failed")));
        QVERIFY(!importStatusFromKey(QString()));
    }

    void onlyADoneEntryCompletesItsSourceKey()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("log.db")));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        Database &db = **opened;
        ImportLog log(db);

        ImportLog::Entry entry;
        entry.profile = QStringLiteral("canonical");
        entry.sourceKey = QStringLiteral("key-1");
        entry.startedAt = QStringLiteral("2026-12-04T10:00:00Z");
        entry.userName = QStringLiteral("dm");
        const Result<qint64> first = log.add(entry);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(storedStatuses(db), QStringList{QStringLiteral("running")});
        QCOMPARE(log.hasCompleted(QStringLiteral("key-1")).value(), false);

        entry.status = ImportStatus::Skipped;
        QVERIFY(log.finish(first.value(), entry).ok());
        QCOMPARE(storedStatuses(db), QStringList{QStringLiteral("skipped")});
        QCOMPARE(log.hasCompleted(QStringLiteral("key-1")).value(), false);

        entry.status = ImportStatus::Done;
        QVERIFY(log.add(entry).ok());
        QCOMPARE(storedStatuses(db), (QStringList{QStringLiteral("skipped"), QStringLiteral("done")}));
        QCOMPARE(log.hasCompleted(QStringLiteral("key-1")).value(), true);
        QCOMPARE(log.hasCompleted(QStringLiteral("key-2")).value(), false);
    }

    void theSameExportAgainIsSkipped()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("small.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        const auto profile = ImportProfile::load(QStringLiteral("canonical"));
        QVERIFY(profile.ok());

        const auto first = Importer(db, *profile).run({SmallDir});
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->status, ImportStatus::Done);
        const auto again = Importer(db, *profile).run({SmallDir});
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->status, ImportStatus::Skipped);
        QCOMPARE(again->importId, first->importId + 1);
        QCOMPARE(storedStatuses(db), (QStringList{QStringLiteral("done"), QStringLiteral("skipped")}));
    }
};

QTEST_GUILESS_MAIN(TestImportLog)
#include "tst_importlog.moc"
