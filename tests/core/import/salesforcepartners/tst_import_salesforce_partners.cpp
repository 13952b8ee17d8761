// Partners from a Salesforce export: Partner.csv and OpportunityPartner.csv, the opportunity's
// PrimaryPartnerAccountId and registration date field, and the partner campaigns of
// CampaignInfluence.csv, read with the built-in salesforce profile into the stored partner rows that
// the plays report and `dmcockpit partners` read. Every value below is worked out by hand in
// tests/fixtures/data/salesforce-partners/README.md.
#include "fixtures/FolderImport.h"
#include "fixtures/RunDmcockpit.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Query.h"
#include "analytics/plays/PlaysInputs.h"
#include "analytics/plays/PlaysReportBuilder.h"
#include "domain/FiscalCalendar.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/PlayReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-partners");

constexpr Cents usd(qint64 units)
{
    return units * 100;
}

// "opportunity|partner|role|primary|registered|first touch" of a stored row.
QString rowText(const OpportunityPartner &link)
{
    return QStringList{link.opportunityId,
                       link.partnerId,
                       link.role,
                       link.isPrimary ? QStringLiteral("1") : QStringLiteral("0"),
                       link.registeredDate.toString(Qt::ISODate),
                       link.firstTouchDate.toString(Qt::ISODate)}
        .join(u'|');
}

const PlayDeal *dealOf(const PlaysReport &report, const QString &id)
{
    for (const PlayDeal &deal : report.deals)
        if (deal.id == id)
            return &deal;
    return nullptr;
}

} // namespace

class TestImportSalesforcePartners : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QStringList m_notes;
    std::optional<PlaysInputs> m_inputs;

    PlaysReport report() const
    {
        auto data = DatasetLoader::loadFromSql(*m_database);
        if (!data.ok())
            return {};
        const FiscalCalendar calendar;
        const Query query = Query::resolve(**data, calendar, QDate(2026, 6, 15), std::nullopt, Scope::all());
        return PlaysReportBuilder(**data, m_inputs->records, m_inputs->rules, m_inputs->artifacts).build(query);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("sf.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        auto imported = Importer(*m_database, std::move(profile.value())).run({FixtureDir});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        m_notes = imported->notes;
        auto inputs = PlaysInputs::load(*m_database);
        QVERIFY(inputs.ok());
        m_inputs = std::move(*inputs);
    }

    void storedRows()
    {
        const PlayRecords &r = m_inputs->records;
        // One row per deal and partner account: 00I01 and 00J01 are the same record, 00I03 / 00I04
        // are no deal's, 00I05 / 00I06 are deleted; 006I's from its PrimaryPartnerAccountId.
        QStringList rows;
        for (const OpportunityPartner &link : r.opportunityPartners)
            rows << rowText(link);
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("006I|001P2||1||2026-05-10"),
                              QStringLiteral("006R|001P1|System Integrator|1||2026-05-12"),
                              QStringLiteral("006S|001P1|Reseller|1|2026-02-20|")}));
        // Named from Account.csv, with its multi-select partner fields; 001P3 is on no deal but
        // IsPartner is 1; 001P4 is deleted.
        QCOMPARE(r.partners.size(), size_t(3));
        QCOMPARE(r.partners[0].id, QStringLiteral("001P1"));
        QCOMPARE(r.partners[0].name, QStringLiteral("Summit Systems"));
        QCOMPARE(r.partners[0].capabilities,
                 (QStringList{QStringLiteral("Implementation"), QStringLiteral("FedRAMP Moderate")}));
        QCOMPARE(r.partners[0].segments, QStringList{QStringLiteral("SLED")});
        QCOMPARE(r.partners[0].vehicles, QStringList{QStringLiteral("NASPO")});
        QCOMPARE(r.partners[1].name, QStringLiteral("Lakeside Integrators"));
        QCOMPARE(r.partners[1].capabilities, QStringList{QStringLiteral("Change management")});
        QVERIFY(r.partners[1].vehicles.isEmpty());
        QCOMPARE(r.partners[2].id, QStringLiteral("001P3"));
        QCOMPARE(r.partners[2].name, QStringLiteral("Granite Federal"));
        QCOMPARE(r.partners[2].vehicles, (QStringList{QStringLiteral("GSA MAS"), QStringLiteral("SEWP")}));
        QVERIFY(r.plays.empty());
        QVERIFY(r.tasks.empty());
    }

    void notes()
    {
        // 006R's PrimaryPartnerAccountId 001P2 against Partner.csv's 001P1; 0aI05 on 006N, no partner.
        QVERIFY2(m_notes.contains(QStringLiteral("1 deal with another primary partner in the partner files than on "
                                                 "the opportunity: the partner files' is read")),
                 qPrintable(m_notes.join(u'\n')));
        QVERIFY2(m_notes.contains(QStringLiteral("1 CampaignInfluence.csv row on a partner campaign naming no partner "
                                                 "account, on a deal with neither a primary nor a single partner: not "
                                                 "read")),
                 qPrintable(m_notes.join(u'\n')));
    }

    void attribution()
    {
        const PlaysReport r = report();
        QStringList ids;
        for (const PlayDeal &deal : r.deals)
            ids << deal.id;
        // Open at 06-15 (006N, 006S) or closed in 2026Q2 (006I 06-05, 006R 04-30); 006X is deleted.
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("006I"), QStringLiteral("006N"), QStringLiteral("006R"),
                              QStringLiteral("006S")}));
        // 006S: registered 02-20, on or before created 03-02.
        QCOMPARE(dealOf(r, QStringLiteral("006S"))->attribution, PartnerAttribution::Sourced);
        QCOMPARE(dealOf(r, QStringLiteral("006S"))->primaryPartnerName, QStringLiteral("Summit Systems"));
        // 006I: first touch 05-10 (campaign 701A) after created 04-01, on or before close 06-05.
        QCOMPARE(dealOf(r, QStringLiteral("006I"))->attribution, PartnerAttribution::Influenced);
        QCOMPARE(dealOf(r, QStringLiteral("006I"))->primaryPartnerName, QStringLiteral("Lakeside Integrators"));
        // 006N: no partner row, lead source Web.
        QCOMPARE(dealOf(r, QStringLiteral("006N"))->attribution, PartnerAttribution::None);
        QCOMPARE(dealOf(r, QStringLiteral("006N"))->partnerRows, 0);
        // 006R: first touch 05-12 after its close 04-30.
        QCOMPARE(dealOf(r, QStringLiteral("006R"))->attribution, PartnerAttribution::None);
        QCOMPARE(dealOf(r, QStringLiteral("006R"))->partnerRows, 1);

        // Sourced 006S 40,000 (open); influenced 006I 25,000 (won); none 006N 15,000 (open) +
        // 006R 30,000 (lost) = 45,000. 40,000 + 25,000 + 45,000 = 110,000, the four deals.
        const auto &split = r.partners.split;
        const AttributionShare &sourced = split[size_t(PartnerAttribution::Sourced)];
        QCOMPARE(sourced.deals, 1);
        QCOMPARE(sourced.amount, usd(40000));
        QCOMPARE(sourced.openDeals, 1);
        QCOMPARE(sourced.openAmount, usd(40000));
        const AttributionShare &influenced = split[size_t(PartnerAttribution::Influenced)];
        QCOMPARE(influenced.deals, 1);
        QCOMPARE(influenced.amount, usd(25000));
        QCOMPARE(influenced.wonDeals, 1);
        QCOMPARE(influenced.wonAmount, usd(25000));
        const AttributionShare &none = split[size_t(PartnerAttribution::None)];
        QCOMPARE(none.deals, 2);
        QCOMPARE(none.amount, usd(45000));
        QCOMPARE(none.openDeals, 1);
        QCOMPARE(none.openAmount, usd(15000));
        QCOMPARE(none.wonDeals, 0);

        // Coverage: 006S 40,000 of the open 40,000 + 15,000 = 55,000.
        const PartnerCoverage &c = r.partners.coverage;
        QCOMPARE(c.openDeals, 2);
        QCOMPARE(c.openAmount, usd(55000));
        QCOMPARE(c.withPartnerDeals, 1);
        QCOMPARE(c.withPartnerAmount, usd(40000));
        QCOMPARE(c.share, std::optional<double>(40000.0 / 55000.0));
    }

    void partners()
    {
        // By name: Granite Federal (on no deal), Lakeside Integrators, Summit Systems.
        const auto allRows = report().partners.partners;
        QCOMPARE(allRows.size(), size_t(3));
        QCOMPARE(allRows[0].name, QStringLiteral("Granite Federal"));
        QCOMPARE(allRows[0].deals, 0);
        QCOMPARE(allRows[0].capabilities, QStringList{QStringLiteral("ATO support")});
        const std::vector<PartnerRow> rows(allRows.begin() + 1, allRows.end());
        QCOMPARE(rows[0].name, QStringLiteral("Lakeside Integrators"));
        QCOMPARE(rows[0].deals, 1);
        QCOMPARE(rows[0].influencedDeals, 1);
        QCOMPARE(rows[0].influencedAmount, usd(25000));
        QCOMPARE(rows[0].coSellWon, 1);
        QCOMPARE(rows[0].coSellLost, 0);
        QCOMPARE(rows[1].name, QStringLiteral("Summit Systems"));
        QCOMPARE(rows[1].deals, 2);
        QCOMPARE(rows[1].sourcedDeals, 1);
        QCOMPARE(rows[1].sourcedAmount, usd(40000));
        QCOMPARE(rows[1].coSellWon, 0);
        QCOMPARE(rows[1].coSellLost, 1);
        QVERIFY(!rows[1].winRate); // n = 1, below 10
    }

    // `dmcockpit partners` on a database imported from the export names the partners.
    void partnersCommand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        const auto imported =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                QStringLiteral("salesforce"), FixtureDir});
        QCOMPARE(imported.exitCode, 0);
        const auto result =
            test::runDmcockpit({QStringLiteral("partners"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        const QJsonObject split = root[QStringLiteral("attribution")].toObject();
        QCOMPARE(split[QStringLiteral("sourced")].toObject()[QStringLiteral("amount")].toDouble(), 40000.0);
        QCOMPARE(split[QStringLiteral("influenced")].toObject()[QStringLiteral("amount")].toDouble(), 25000.0);
        QCOMPARE(split[QStringLiteral("none")].toObject()[QStringLiteral("deals")].toInt(), 2);
        const QJsonArray partners = root[QStringLiteral("partners")].toArray();
        QCOMPARE(partners.size(), 3); // Granite Federal, Lakeside Integrators, Summit Systems
        QCOMPARE(partners[2].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Summit Systems"));
        QCOMPARE(partners[2].toObject()[QStringLiteral("sourced_amount")].toDouble(), 40000.0);
    }

    void withoutThePartnerFiles()
    {
        // Opportunity.csv alone: 006I's PrimaryPartnerAccountId is still its primary partner, named
        // by its id without Account.csv; 006R's becomes one too, as no Partner.csv says otherwise.
        // 006S's registration date has no partner to go to.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("alone"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *file : {"Opportunity.csv", "User.csv"})
            QVERIFY(QFile::copy(FixtureDir + u'/' + QLatin1String(file), folder + u'/' + QLatin1String(file)));
        auto database = Database::open(dir.filePath(QStringLiteral("alone.db")));
        QVERIFY(database.ok());
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        auto imported = Importer(**database, std::move(profile.value())).run({folder});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY(
            imported->notes.contains(QStringLiteral("partner accounts not in Account.csv, shown by their id: 001P2")));
        QVERIFY(imported->notes.contains(QStringLiteral(
            "1 deal with partner dates but neither a primary nor a single partner: its partner dates are not read")));
        auto stored = PlayReader(**database).read();
        QVERIFY(stored.ok());
        QStringList rows;
        for (const OpportunityPartner &link : stored->opportunityPartners)
            rows << rowText(link);
        QCOMPARE(rows, (QStringList{QStringLiteral("006I|001P2||1||"), QStringLiteral("006R|001P2||1||")}));
        QCOMPARE(stored->partners.size(), size_t(1));
        QCOMPARE(stored->partners[0].name, QStringLiteral("001P2"));
    }

    void influenceWithoutCampaigns()
    {
        // Without Campaign.csv no campaign is known as a partner's: CampaignInfluence.csv is not
        // read, so 006I and 006R keep no first touch (006I is then unattributed).
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nocampaigns"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &file : QDir(FixtureDir).entryList({QStringLiteral("*.csv")}, QDir::Files))
            if (file != QLatin1String("Campaign.csv"))
                QVERIFY(QFile::copy(FixtureDir + u'/' + file, folder + u'/' + file));
        auto database = Database::open(dir.filePath(QStringLiteral("nocampaigns.db")));
        QVERIFY(database.ok());
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        auto imported = Importer(**database, std::move(profile.value())).run({folder});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY2(imported->notes.contains(QStringLiteral("CampaignInfluence.csv is not read without Campaign.csv, "
                                                         "which gives the campaigns' types and partners")),
                 qPrintable(imported->notes.join(u'\n')));
        auto stored = PlayReader(**database).read();
        QVERIFY(stored.ok());
        QStringList rows;
        for (const OpportunityPartner &link : stored->opportunityPartners)
            rows << rowText(link);
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("006I|001P2||1||"), QStringLiteral("006R|001P1|System Integrator|1||"),
                              QStringLiteral("006S|001P1|Reseller|1|2026-02-20|")}));
    }

    void campaignTypeThroughTheProfile()
    {
        // An org's profile reading its webinars as partner campaigns: 701B (no partner account,
        // started 2026-03-01) on 006I counts for 006I's primary partner 001P2, whose first touch
        // becomes 03-01 (the earlier of 03-01 and 05-10), before 006I's created date 04-01.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my-org.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "my-org", "format": "salesforce",
                       "values": {"campaigns.type": {"Webinar": "partner"}}})");
        file.close();
        auto profile = ImportProfile::load(path);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
        auto database = Database::open(dir.filePath(QStringLiteral("my-org.db")));
        QVERIFY(database.ok());
        auto imported = Importer(**database, std::move(profile.value())).run({FixtureDir});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto stored = PlayReader(**database).read();
        QVERIFY(stored.ok());
        QCOMPARE(rowText(stored->opportunityPartners.front()), QStringLiteral("006I|001P2||1||2026-03-01"));
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray partnerHeader = "Id,IsDeleted,OpportunityId,AccountToId,Role,IsPrimary\n";
        QTest::newRow("primary flag") << QStringLiteral("Partner.csv")
                                      << QByteArray(partnerHeader + "00I01,0,006S,001P1,Reseller,maybe\n")
                                      << QStringLiteral(
                                             "Partner.csv, line 2, column 6: IsPrimary \"maybe\" is not 0 or 1");
        QTest::newRow("deal not exported")
            << QStringLiteral("OpportunityPartner.csv")
            << QByteArray("Id,OpportunityId,AccountToId,Role,IsPrimary\n00J01,006Z,001P1,Reseller,1\n")
            << QStringLiteral("OpportunityPartner.csv, line 2, column 2: deal \"006Z\" is not in Opportunity.csv");
        QTest::newRow("no partner account")
            << QStringLiteral("Partner.csv") << QByteArray(partnerHeader + "00I01,0,006S,,Reseller,1\n")
            << QStringLiteral("Partner.csv, line 2, column 4: AccountToId is empty");
        // Partner.csv says 001P1 for 006S; OpportunityPartner.csv now says 001P2.
        QTest::newRow("two primary partners")
            << QStringLiteral("OpportunityPartner.csv")
            << QByteArray("Id,OpportunityId,AccountToId,Role,IsPrimary\n00J01,006S,001P2,Reseller,1\n")
            << QStringLiteral("OpportunityPartner.csv, line 2, column 5: deal \"006S\" has another primary partner, "
                              "\"001P1\" (Partner.csv, line 2)");
        QTest::newRow("campaign start date")
            << QStringLiteral("Campaign.csv") << QByteArray("Id,IsDeleted,Type,StartDate\n701A,0,Partners,10 May\n")
            << QStringLiteral("Campaign.csv, line 2, column 4: StartDate \"10 May\" is not a date");
        QTest::newRow("campaign not exported")
            << QStringLiteral("CampaignInfluence.csv")
            << QByteArray("Id,IsDeleted,OpportunityId,CampaignId,Influence\n0aI01,0,006I,701Z,60\n")
            << QStringLiteral("CampaignInfluence.csv, line 2, column 4: campaign \"701Z\" is not in Campaign.csv");
        QTest::newRow("partner flag") << QStringLiteral("Account.csv")
                                      << QByteArray("Id,IsDeleted,Name,IsPartner\n001P1,0,Summit,partly\n")
                                      << QStringLiteral(
                                             "Account.csv, line 2, column 4: IsPartner \"partly\" is not 0 or 1");
        QTest::newRow("registration date")
            << QStringLiteral("Opportunity.csv")
            << QByteArray("Id,IsDeleted,Name,StageName,OwnerId,CloseDate,Deal_Registration_Date__c\n"
                          "006S,0,Cedar,Value Proposition,005A,2026-07-31,soon\n")
            << QStringLiteral("Opportunity.csv, line 2, column 7: Deal_Registration_Date__c \"soon\" is not a date");
    }

    void importErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString folder = test::fixtureWith(dir, FixtureDir, file, content);
        QVERIFY(!folder.isEmpty());
        auto database = Database::open(dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(database.ok());
        const Status imported = test::importFolder(**database, folder, QStringLiteral("salesforce"));
        QVERIFY(!imported.ok());
        const QString text = imported.error().toString();
        QVERIFY2(text.contains(error), qPrintable(text));
        // All or nothing: no deal and no partner row was written.
        auto stored = PlayReader(**database).read();
        QVERIFY(stored.ok());
        QVERIFY(stored->isEmpty());
        auto has = CrmReader(**database).hasCrmData();
        QVERIFY(has.ok());
        QVERIFY(!*has);
    }
};

QTEST_GUILESS_MAIN(TestImportSalesforcePartners)
#include "tst_import_salesforce_partners.moc"
