// The capacity inputs of a Salesforce export (docs/import-profiles.md#ramp-curves-leavers-planned-hires-and-territories),
// on a tiny org written for this test (org/): ForecastingQuota.csv becomes the reps' quotas by fiscal quarter, a
// hire-date field the profile names becomes ramp_start and the territory associations become account owners.
//
//   User.csv          Ana Ruiz (005..1AAA, hired 2026-05-18), Bruno Lima (005..2AAA, no hire date), Carla Sol
//                     (005..3AAA, hired 2026-09-01, owns no deal: no rep)
//   Opportunity.csv   one deal of Ana, one of Bruno
//   ForecastingQuota  Ana: 2026-07-01 40,000, 08-01 40,000, 09-01 45,000.50 (monthly periods), 10-01 50,000;
//                     Bruno: 2026-07-01 90,000 (a quarterly period) and a quantity quota without an amount;
//                     Carla: 2026-10-01 60,000
//   Territories       Norte (001..1AAA) in MX North (0MI..1AAA, associated 2026-05-20): Ana, active since 2026-06-01
//                     Sur (001..2AAA) in MX South (0MI..2AAA, 2026-08-01): Bruno active since 07-15, Carla active (no
//                     rep), Ana inactive
//                     Centro (001..3AAA) in MX Centre (0MI..3AAA): Ana and Bruno both active
#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/DatasetLoader.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
const QString OrgDir = QStringLiteral(DMC_TEST_DIR "/org");

QStringList rows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    QStringList result;
    if (!query.exec(sql))
        return {QStringLiteral("<query failed>")};
    while (query.next()) {
        QStringList values;
        for (int c = 0; c < 3 && query.value(c).isValid(); ++c)
            values << query.value(c).toString();
        result << values.join(u'|');
    }
    return result;
}
} // namespace

class TestImportSalesforceCapacity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    // The org imported with a profile of the org's own: the built-in salesforce one plus the
    // hire-date field (and `extra` profile keys); the database's fiscal year starting in
    // `fiscalStart`. A new database unless `db` is open already.
    Result<Importer::Report> import(int fiscalStart, std::unique_ptr<Database> &db, const QString &folder = OrgDir,
                                    const QByteArray &extra = {})
    {
        const QString profilePath = m_dir.filePath(QStringLiteral("org%1.json").arg(++m_count));
        QFile file(profilePath);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"name": "org", "format": "salesforce", )" + extra + R"(
                           "columns": {"users": {"ramp_start": "Hire_Date__c"}}})");
        file.close();
        if (!db) {
            auto opened = Database::open(m_dir.filePath(QStringLiteral("sf%1.db").arg(m_count)));
            if (!opened)
                return opened.error();
            db = std::move(opened.value());
            if (Status set = db->setSetting(QStringLiteral("fiscal_year_start_month"), QString::number(fiscalStart));
                !set)
                return set.error();
        }
        auto profile = ImportProfile::load(profilePath);
        if (!profile)
            return profile.error();
        return Importer(*db, *profile).run({folder});
    }

    // A copy of the org with `files` (name -> content) written over its own.
    QString orgWith(const QHash<QString, QByteArray> &files)
    {
        const QString folder = m_dir.filePath(QStringLiteral("org-copy%1").arg(++m_count));
        QDir().mkpath(folder);
        for (const QString &name : QDir(OrgDir).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QFile::copy(QDir(OrgDir).filePath(name), QDir(folder).filePath(name));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile out(QDir(folder).filePath(it.key()));
            QFile::remove(out.fileName());
            if (out.open(QIODevice::WriteOnly))
                out.write(it.value());
        }
        return folder;
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); } // the notes' plural forms

    // Calendar quarters: Ana Q3 40,000 + 40,000 + 45,000.50 = 125,000.50 and Q4 50,000; Bruno Q3
    // 90,000 (the quantity row adds nothing); Carla's 60,000 is left out with a note. Ana starts
    // ramping on 2026-05-18, Bruno has no hire date.
    void quotasByCalendarQuarterAndHireDates()
    {
        std::unique_ptr<Database> db;
        auto report = import(1, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db, QStringLiteral("SELECT rep_id, period, amount FROM quota ORDER BY rep_id, period")),
                 (QStringList{QStringLiteral("005000000000001AAA|2026Q3|12500050"),
                              QStringLiteral("005000000000001AAA|2026Q4|5000000"),
                              QStringLiteral("005000000000002AAA|2026Q3|9000000")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT name, COALESCE(ramp_start, '') FROM rep ORDER BY id")),
                 (QStringList{QStringLiteral("Ana Ruiz|2026-05-18"), QStringLiteral("Bruno Lima|")}));
        QVERIFY2(report->notes.contains(
                     QStringLiteral("quotas of users who own no opportunity left out: 005000000000003AAA")),
                 qPrintable(report->notes.join(u'\n')));
    }

    // Norte is Ana's from the later date, 2026-06-01; Sur Bruno's from 2026-08-01 (Carla is no rep,
    // Ana's association is inactive); Centro's territory has two active reps: no owner, one note.
    void accountOwnersFromTerritories()
    {
        std::unique_ptr<Database> db;
        auto report = import(1, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT account_id, rep_id, from_date FROM account_owner ORDER BY account_id")),
                 (QStringList{QStringLiteral("001000000000001AAA|005000000000001AAA|2026-06-01"),
                              QStringLiteral("001000000000002AAA|005000000000002AAA|2026-08-01")}));
        QVERIFY2(report->notes.contains(QStringLiteral(
                     "1 account-territory row with several active users in the territory: no owner from it")),
                 qPrintable(report->notes.join(u'\n')));
    }

    // A fiscal year from February: FY2027 runs February 2026 to January 2027, so July 2026 is in
    // its Q2 (May to July) and August to October in its Q3. Ana: 2027Q2 40,000, 2027Q3 40,000 +
    // 45,000.50 + 50,000 = 135,000.50; Bruno: 2027Q2 90,000.
    void quotasByTheDatabasesFiscalQuarter()
    {
        std::unique_ptr<Database> db;
        auto report = import(2, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db, QStringLiteral("SELECT rep_id, period, amount FROM quota ORDER BY rep_id, period")),
                 (QStringList{QStringLiteral("005000000000001AAA|2027Q2|4000000"),
                              QStringLiteral("005000000000001AAA|2027Q3|13500050"),
                              QStringLiteral("005000000000002AAA|2027Q2|9000000")}));
    }
    // ForecastingQuota rows in other currencies convert into the corporate USD before they add up:
    // Ana's 09-01 row is 40,000 EUR, at the dated rate from 2026-09-01 (0.8 EUR per USD) 50,000 USD
    // (the rate before, 0.9, would give 44,444.44); Bruno's 90,000 MXN at 18 MXN per USD is 5,000.
    // Ana Q3 = 40,000 + 40,000 + 50,000 = 130,000; Q4 50,000 USD as it stands.
    void quotasInOtherCurrenciesConvert()
    {
        const QString folder =
            orgWith({{QStringLiteral("ForecastingQuota.csv"),
                      "\"Id\",\"QuotaOwnerId\",\"StartDate\",\"QuotaAmount\",\"QuotaQuantity\",\"CurrencyIsoCode\"\n"
                      "\"0J9000000000001AAA\",\"005000000000001AAA\",\"2026-07-01\",\"40000\",\"\",\"USD\"\n"
                      "\"0J9000000000002AAA\",\"005000000000001AAA\",\"2026-08-01\",\"40000\",\"\",\"USD\"\n"
                      "\"0J9000000000003AAA\",\"005000000000001AAA\",\"2026-09-01\",\"40000\",\"\",\"EUR\"\n"
                      "\"0J9000000000004AAA\",\"005000000000001AAA\",\"2026-10-01\",\"50000\",\"\",\"USD\"\n"
                      "\"0J9000000000005AAA\",\"005000000000002AAA\",\"2026-07-01\",\"90000\",\"\",\"MXN\"\n"},
                     {QStringLiteral("CurrencyType.csv"),
                      "\"IsoCode\",\"ConversionRate\",\"IsCorporate\"\n"
                      "\"USD\",\"1\",\"1\"\n\"EUR\",\"0.9\",\"0\"\n\"MXN\",\"18\",\"0\"\n"},
                     {QStringLiteral("DatedConversionRate.csv"),
                      "\"IsoCode\",\"StartDate\",\"ConversionRate\"\n"
                      "\"EUR\",\"2026-01-01\",\"0.9\"\n"
                      "\"EUR\",\"2026-09-01\",\"0.8\"\n"}});
        std::unique_ptr<Database> db;
        auto report = import(1, db, folder);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db, QStringLiteral("SELECT rep_id, period, amount FROM quota ORDER BY rep_id, period")),
                 (QStringList{QStringLiteral("005000000000001AAA|2026Q3|13000000"),
                              QStringLiteral("005000000000001AAA|2026Q4|5000000"),
                              QStringLiteral("005000000000002AAA|2026Q3|500000")}));
    }

    // A quota currency the export's CurrencyType.csv does not list stops the import at its cell; a
    // quota currency without any rate stops it naming ForecastingQuota.csv. Nothing is stored.
    void quotaCurrencyWithoutRateIsRefused()
    {
        const QByteArray quotas = "\"Id\",\"QuotaOwnerId\",\"StartDate\",\"QuotaAmount\",\"CurrencyIsoCode\"\n"
                                  "\"0J9000000000001AAA\",\"005000000000001AAA\",\"2026-07-01\",\"40000\",\"USD\"\n"
                                  "\"0J9000000000002AAA\",\"005000000000002AAA\",\"2026-07-01\",\"90000\",\"JPY\"\n";
        std::unique_ptr<Database> listed;
        auto refused = import(1, listed,
                              orgWith({{QStringLiteral("ForecastingQuota.csv"), quotas},
                                       {QStringLiteral("CurrencyType.csv"),
                                        "\"IsoCode\",\"ConversionRate\",\"IsCorporate\"\n\"USD\",\"1\",\"1\"\n"}}));
        QVERIFY(!refused);
        QCOMPARE(QFileInfo(refused.error().file).fileName(), QStringLiteral("ForecastingQuota.csv"));
        QCOMPARE(refused.error().line, qint64(3));
        QCOMPARE(refused.error().column, 5);
        QVERIFY2(refused.error().message.contains(QStringLiteral("currency \"JPY\" is not in CurrencyType.csv")),
                 qPrintable(refused.error().message));
        QCOMPARE(rows(*listed, QStringLiteral("SELECT COUNT(*) FROM quota")), QStringList{QStringLiteral("0")});

        std::unique_ptr<Database> unlisted;
        refused = import(1, unlisted, orgWith({{QStringLiteral("ForecastingQuota.csv"), quotas}}));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("JPY (1 row)"))
                     && refused.error().toString().contains(QStringLiteral("ForecastingQuota.csv")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(rows(*unlisted, QStringLiteral("SELECT COUNT(*) FROM opportunity")), QStringList{QStringLiteral("0")});
    }

    // The profile's source_groups table is stored with the data and read back by the dataset: the
    // org's "Gartner Peer Insights" is inbound and "Distribuidor" partner; a value the table does
    // not list takes the default table ("Web" inbound, anything unknown other). An import whose
    // profile has no table keeps the stored one; one with a table replaces it. The three imports read
    // the same files with a profile of the same name: each edit of the profile is read again.
    void sourceGroupsFromTheProfile()
    {
        std::unique_ptr<Database> db;
        auto report = import(1, db, OrgDir,
                             R"("source_groups": {"Gartner Peer Insights": "inbound", " Distribuidor ": "partner"},)");
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        auto loaded = DatasetLoader::load(*db);
        QVERIFY(loaded);
        const SourceGroupMap &groups = loaded.value()->sourceGroups();
        QCOMPARE(groups.groupOf(QStringLiteral("gartner peer insights")), SourceGroup::Inbound);
        QCOMPARE(groups.groupOf(QStringLiteral("DISTRIBUIDOR")), SourceGroup::Partner);
        QCOMPARE(groups.groupOf(QStringLiteral("Web")), SourceGroup::Inbound);
        QCOMPARE(groups.groupOf(QStringLiteral("Feria")), SourceGroup::Other);

        report = import(1, db); // the plain profile: the stored table stays
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(DatasetLoader::load(*db).value()->sourceGroups().groupOf(QStringLiteral("Distribuidor")),
                 SourceGroup::Partner);

        report = import(1, db, OrgDir, R"("source_groups": {"Feria": "inbound"},)");
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const auto replaced = DatasetLoader::load(*db).value();
        QCOMPARE(replaced->sourceGroups().groupOf(QStringLiteral("Feria")), SourceGroup::Inbound);
        QCOMPARE(replaced->sourceGroups().groupOf(QStringLiteral("Distribuidor")), SourceGroup::Other);
    }

    // A group the product does not know stops the profile from loading, naming the value.
    void unknownSourceGroupIsRefused()
    {
        const auto profile = ImportProfile::fromJson(R"({"format": "salesforce", "source_groups": {"Web": "digital"}})",
                                                     QStringLiteral("org.json"));
        QVERIFY(!profile);
        QCOMPARE(profile.error().toString(),
                 QStringLiteral("org.json, line 1, column 44: source_groups.Web: expected one of \"inbound\", "
                                "\"outbound\", \"partner\", \"other\", got \"digital\""));
    }
};

QTEST_GUILESS_MAIN(TestImportSalesforceCapacity)
#include "tst_import_salesforcecapacity.moc"
