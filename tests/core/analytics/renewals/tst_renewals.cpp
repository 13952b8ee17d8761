#include "fixtures/risk/RiskFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/renewals/RenewalWatchlist.h"
#include "export/json/RenewalJson.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

// Expected values: tests/fixtures/risk/README.md, "Renewal watchlist".
class TestRenewals : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_data = DatasetLoader::fromCrmData(
            test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json")));
    }

    void bands_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("band");
        QTest::newRow("0") << 0 << 30;
        QTest::newRow("30") << 30 << 30;
        QTest::newRow("31") << 31 << 60;
        QTest::newRow("60") << 60 << 60;
        QTest::newRow("61") << 61 << 90;
        QTest::newRow("90") << 90 << 90;
        QTest::newRow("91") << 91 << 120;
        QTest::newRow("120") << 120 << 120;
    }

    void bands()
    {
        QFETCH(int, days);
        QFETCH(int, band);
        QCOMPARE(RenewalWatchlist::bandFor(days), band);
    }

    void watchlistAtAsOf()
    {
        const RenewalWatchlist list = RenewalWatchlist::build(*m_data, QDate(2026, 9, 28), Scope::all());
        QCOMPARE(list.asOf, QDate(2026, 9, 28));
        QCOMPARE(list.entries.size(), size_t(3)); // Initech renews in 154 days: out

        const auto &acme = list.entries[0];
        QCOMPARE(acme.name, QStringLiteral("Acme"));
        QCOMPARE(acme.daysToRenewal, 48);
        QCOMPARE(acme.band, 60);
        QCOMPARE(acme.arr, Cents(12000000));
        QCOMPARE(acme.sponsor, QStringLiteral("Ann Acme"));
        QCOMPARE(acme.health->score, 58);
        QCOMPARE(acme.health->date, QDate(2026, 9, 25));
        QCOMPARE(acme.baseline->score, 75);
        QCOMPARE(*acme.change, -17);
        QCOMPARE(acme.readings.size(), size_t(3)); // all within 90 days
        QCOMPARE(acme.renewalDealId, QStringLiteral("O12"));
        QCOMPARE(acme.renewalStage, QStringLiteral("Discovery"));
        QCOMPARE(acme.renewalAmount, Cents(12000000));
        QCOMPARE(acme.expansionPipeline, Cents(0));

        const auto &umbrella = list.entries[1];
        QCOMPARE(umbrella.name, QStringLiteral("Umbrella"));
        QCOMPARE(umbrella.daysToRenewal, 64);
        QCOMPARE(umbrella.band, 90);
        QCOMPARE(*umbrella.change, 1);
        QCOMPARE(umbrella.renewalDeal, -1);
        QCOMPARE(umbrella.expansionPipeline, Cents(5000000));
        QCOMPARE(umbrella.expansionDeals.size(), size_t(1));
        QCOMPARE(m_data->opportunity(umbrella.expansionDeals[0]).id, QStringLiteral("O10"));

        const auto &globex = list.entries[2];
        QCOMPARE(globex.name, QStringLiteral("Globex"));
        QCOMPARE(globex.band, 90);
        QCOMPARE(globex.health->score, 68);
        QCOMPARE(*globex.change, -12);
        QCOMPARE(globex.renewalDealId, QStringLiteral("O13"));

        const nlohmann::json json = toJson(list, *m_data);
        QVERIFY(json["count_by_band"]["60"] == 1);
        QVERIFY(json["count_by_band"]["90"] == 2);
        QVERIFY(json["accounts"][0]["drill"] == nlohmann::json::array({"O12"}));
        QVERIFY(json["accounts"][0]["arr"] == 120000.0);
        QVERIFY(json["accounts"][1]["renewal_deal"].is_null());
        QVERIFY(json["accounts"][1]["expansion_deals"] == nlohmann::json::array({"O10"}));
    }

    void windowAndScope()
    {
        QCOMPARE(RenewalWatchlist::build(*m_data, QDate(2026, 9, 28), Scope::all(), 160).entries.size(), size_t(4));
        QCOMPARE(RenewalWatchlist::build(*m_data, QDate(2026, 9, 28), Scope::all(), 60).entries.size(), size_t(1));
        // West (Carol) owns O12 (Acme) and Umbrella deals; Globex's only open deal is Alice's O13.
        const RenewalWatchlist west =
            RenewalWatchlist::build(*m_data, QDate(2026, 9, 28), Scope::district(QStringLiteral("West")));
        QCOMPARE(west.entries.size(), size_t(2));
        QCOMPARE(west.entries[0].name, QStringLiteral("Acme"));
        QCOMPARE(west.entries[1].name, QStringLiteral("Umbrella"));
    }
};

QTEST_GUILESS_MAIN(TestRenewals)
#include "tst_renewals.moc"
