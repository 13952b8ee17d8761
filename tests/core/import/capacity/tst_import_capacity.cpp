// The capacity inputs of a canonical folder: ramp_curves.csv, reps.csv end_date / planned and
// account_owners.csv stored and read back (CapacityInputs::load); a bad row names file, line and
// column and leaves the database as it was (all or nothing).
#include "analytics/capacity/CapacityInputs.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "i18n/Translations.h"
#include "store/CrmReader.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

void write(const QString &dir, const char *name, const char *text)
{
    QFile file(QDir(dir).filePath(QLatin1String(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// A folder that imports: two reps (one leaving, one planned), two accounts, one deal.
void writeGoodFolder(const QString &dir)
{
    write(dir, "reps.csv",
          "id,name,district,role,ramp_start,end_date,planned\n"
          "r1,Ann,D,AE,2025-01-01,2026-08-10,0\n"
          "r2,Bo,D,SE,2026-09-01,,1\n");
    write(dir, "accounts.csv", "id,name,segment\na1,Alpha,SMB\na2,Beta,SMB\n");
    write(dir, "opportunities.csv",
          "id,account_id,owner_id,name,stage,category,amount,close_date\n"
          "o1,a1,r1,Deal,Lead,pipeline,1000,2026-09-30\n");
    write(dir, "ramp_curves.csv", "role,month,percent\nSE,2,80\nSE,1,40\nAE,1,30\n");
    write(dir, "account_owners.csv",
          "account_id,rep_id,from_date\na1,r1,2025-01-01\na1,r2,2026-09-01\na2,r1,2025-02-01\n");
}

Result<Importer::Report> importFolder(Database &database, const QString &dir)
{
    auto profile = ImportProfile::load(QStringLiteral("canonical"));
    if (!profile)
        return profile.error();
    return Importer(database, std::move(profile.value())).run({dir});
}

} // namespace

class TestImportCapacity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void storedAndReadBack()
    {
        QTemporaryDir dir;
        writeGoodFolder(dir.path());
        auto database = Database::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(database.ok());
        const auto report = importFolder(**database, dir.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));

        const auto inputs = CapacityInputs::load(**database);
        QVERIFY(inputs.ok());
        QVERIFY(inputs->databaseCurves);
        QCOMPARE(inputs->curves.curveFor(QStringLiteral("SE")).percents(), (std::vector<int>{40, 80}));
        QCOMPARE(inputs->curves.curveFor(QStringLiteral("AE")).percents(), (std::vector<int>{30}));
        QCOMPARE(inputs->employmentOf(QStringLiteral("r1")).endDate, QDate(2026, 8, 10));
        QVERIFY(!inputs->employmentOf(QStringLiteral("r1")).planned);
        QVERIFY(inputs->employmentOf(QStringLiteral("r2")).planned);
        QCOMPARE(*inputs->ownerOn(QStringLiteral("a1"), QDate(2026, 8, 31)), QStringLiteral("r1"));
        QCOMPARE(*inputs->ownerOn(QStringLiteral("a1"), QDate(2026, 9, 1)), QStringLiteral("r2"));
        QVERIFY(!inputs->ownerOn(QStringLiteral("a2"), QDate(2025, 1, 31)));

        // A later import without the columns clears the leaver's end date and the planned flag.
        write(dir.path(), "reps.csv",
              "id,name,district,role,ramp_start\nr1,Ann,D,AE,2025-01-01\nr2,Bo,D,SE,2026-09-01\n");
        QVERIFY(importFolder(**database, dir.path()).ok());
        const auto again = CapacityInputs::load(**database);
        QVERIFY(!again->employmentOf(QStringLiteral("r1")).endDate.isValid());
        QVERIFY(!again->employmentOf(QStringLiteral("r2")).planned);
    }

    void rejectedWithFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("percent over 100")
            << QByteArray("ramp_curves.csv") << QByteArray("role,month,percent\nSE,1,40\nSE,2,180\n")
            << QStringLiteral("ramp_curves.csv, line 3, column 3");
        QTest::newRow("month listed twice")
            << QByteArray("ramp_curves.csv") << QByteArray("role,month,percent\nSE,1,40\nSE,1,50\n")
            << QStringLiteral("ramp_curves.csv, line 3, column 2");
        QTest::newRow("owner not a rep") << QByteArray(
            "account_owners.csv") << QByteArray("account_id,rep_id,from_date\na1,r1,2025-01-01\na2,r9,2025-01-01\n")
                                         << QStringLiteral("account_owners.csv, line 3, column 2");
        QTest::newRow("unknown account") << QByteArray("account_owners.csv")
                                         << QByteArray("account_id,rep_id,from_date\nzz,r1,2025-01-01\n")
                                         << QStringLiteral("account_owners.csv, line 2, column 1");
        QTest::newRow("no from date") << QByteArray("account_owners.csv")
                                      << QByteArray("account_id,rep_id,from_date\na1,r1,\n")
                                      << QStringLiteral("account_owners.csv, line 2, column 3");
        QTest::newRow("planned without a start")
            << QByteArray("reps.csv")
            << QByteArray(
                   "id,name,district,role,ramp_start,end_date,planned\nr1,Ann,D,AE,2025-01-01,,0\nr2,Bo,D,SE,,,1\n")
            << QStringLiteral("reps.csv, line 3, column 5");
        QTest::newRow("end before start")
            << QByteArray("reps.csv")
            << QByteArray("id,name,district,role,ramp_start,end_date,planned\nr1,Ann,D,AE,2025-01-01,2024-12-31,0\n"
                          "r2,Bo,D,SE,2026-09-01,,1\n")
            << QStringLiteral("reps.csv, line 2, column 6");
    }

    void rejectedWithFileLineAndColumn()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeGoodFolder(dir.path());
        write(dir.path(), file.constData(), text.constData());
        auto database = Database::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(database.ok());
        const auto report = importFolder(**database, dir.path());
        QVERIFY(!report.ok());
        const QString error = report.error().toString();
        QVERIFY2(error.contains(message), qPrintable(error));
        // Nothing of the folder was stored.
        QCOMPARE(*CrmReader(**database).hasCrmData(), false);
        const auto inputs = CapacityInputs::load(**database);
        QVERIFY(!inputs->databaseCurves);
        QVERIFY(inputs->owners.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportCapacity)
#include "tst_import_capacity.moc"
