// Imports the Maven CRM dataset exactly as it is, in strict mode (DMC_REAL_DATA, RealData.h).
#include "fixtures/RealData.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

class TestImportMaven : public QObject
{
    Q_OBJECT

private slots:
    void importsTheDatasetAsIs()
    {
        DMC_REAL_DATA_OR_SKIP(folder, "maven-crm");
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("maven.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        auto profile = ImportProfile::load(QStringLiteral("maven"));
        QVERIFY(profile.ok());
        auto report = Importer(db, *profile).run({folder});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->status, ImportStatus::Done);
        QCOMPARE(report->rowsRejected, 0);
        // 8800 deals + 35 agents + 85 accounts + 7 products
        QCOMPARE(report->rowsRead, 8927);

        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), 8800);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rep")), 35);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT owner_id) FROM opportunity")), 30);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT district) FROM rep")), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT region) FROM rep")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM account")), 85);

        // Per stage: count and sum of close_value, from
        //   awk -F, 'NR>1{s[$5]+=$8; n[$5]++} END{for(k in s) print k, n[k], s[k]}' sales_pipeline.csv
        // Won 4238 10005534, Lost 2473 0, Engaging 1589 0, Prospecting 500 0 (open deals have no value).
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage = 'Won'")), 4238);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(amount) FROM opportunity WHERE stage = 'Won'")),
                 Q_INT64_C(1000553400));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage = 'Lost'")), 2473);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(amount) FROM opportunity WHERE stage = 'Lost'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage = 'Engaging'")), 1589);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage = 'Prospecting'")), 500);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage IN ('Engaging', "
                                       "'Prospecting') AND amount IS NOT NULL")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE category = 'closed'")), 4238);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE category = 'omitted'")), 2473);

        // The gaps are kept (counted once with Python's csv module): 1425 deals without account,
        // 2089 without close date; both product spellings stay (grep -c GTXPro: 1480).
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE account_id IS NULL")), 1425);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE close_date IS NULL")), 2089);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE name = 'GTXPro'")), 1480);

        // One snapshot at the latest date in the data.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snapshot WHERE as_of = '2017-12-31'")), 8800);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT as_of) FROM snapshot")), 1);

        // The same export again changes nothing and is logged as skipped.
        auto again = Importer(db, *profile).run({folder});
        QVERIFY(again.ok());
        QCOMPARE(again->status, ImportStatus::Skipped);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), 8800);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_log WHERE status = 'skipped'")), 1);

        // With --as-of a newer snapshot is added beside the first.
        ImportOptions options;
        options.asOf = QDate(2018, 1, 7);
        auto later = Importer(db, *profile, options).run({folder});
        QVERIFY(later.ok());
        QCOMPARE(later->status, ImportStatus::Done);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT as_of) FROM snapshot")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), 8800);
    }
};

QTEST_GUILESS_MAIN(TestImportMaven)
#include "tst_import_maven.moc"
