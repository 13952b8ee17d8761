// The parts of the quarterly review read from existing results: the renewal outlook (the renewal
// watchlist of tests/fixtures/risk, whose values tests/fixtures/risk/README.md lists) and the
// accuracy trend (Engine::accuracy on tests/fixtures/review/ReviewFixture.h).
#include "fixtures/review/ReviewFixture.h"
#include "fixtures/risk/RiskFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/review/AccuracyTrend.h"
#include "analytics/review/RenewalOutlook.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

using Band = RenewalOutlook::HealthBand;

class TestReviewOutlook : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_risk;

    RenewalOutlook outlook(int reviewedQuarter)
    {
        const Query query = m_risk->resolve(QDate(2026, 9, 28));
        return RenewalOutlook::build(*m_risk, query, m_risk->calendar().period(2026, reviewedQuarter));
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_risk = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::loadRiskFixture(
                                              QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"))),
                                          AnalyticsSettings());
    }

    void healthBands_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        QTest::newRow("100") << 100 << int(Band::From80);
        QTest::newRow("80") << 80 << int(Band::From80);
        QTest::newRow("79") << 79 << int(Band::From60);
        QTest::newRow("60") << 60 << int(Band::From60);
        QTest::newRow("59") << 59 << int(Band::From40);
        QTest::newRow("40") << 40 << int(Band::From40);
        QTest::newRow("39") << 39 << int(Band::Below40);
        QTest::newRow("0") << 0 << int(Band::Below40);
    }

    void healthBands()
    {
        QFETCH(int, score);
        QFETCH(int, band);
        QCOMPARE(int(RenewalOutlook::bandOf(score)), band);
        QCOMPARE(RenewalOutlook::bandOf(std::nullopt), Band::NoReading);
    }

    // Reviewing Q2 2026 at 2026-09-28: renewals from the as-of to the end of Q4 2026.
    // Umbrella (health 86, +1, no renewal deal), Globex (68, -12, O13 Pipeline), Acme (58, -17,
    // O12 Pipeline); Initech renews 2027-03-01, after the window.
    void twoQuartersAfterTheReviewedOne()
    {
        const RenewalOutlook o = outlook(2);
        QCOMPARE(o.from, QDate(2026, 9, 28));
        QCOMPARE(o.to, QDate(2026, 12, 31));
        QCOMPARE(o.bands.size(), size_t(5));
        const auto &top = o.bands[size_t(Band::From80)];
        QCOMPARE(top.accounts, 1);
        QCOMPARE(top.arr, Cents(20000000));
        QCOMPARE(top.rose, 1);
        QCOMPARE(top.withoutRenewalDeal, 1);
        QCOMPARE(top.accountIds, QStringList{QStringLiteral("A4")});
        const auto &sixty = o.bands[size_t(Band::From60)];
        QCOMPARE(sixty.accounts, 1);
        QCOMPARE(sixty.arr, Cents(9000000));
        QCOMPARE(sixty.fell, 1);
        QCOMPARE(sixty.renewalCategories[2], 1); // Pipeline
        QCOMPARE(sixty.deals.size(), size_t(1));
        QCOMPARE(m_risk->dataset().opportunity(sixty.deals[0]).id, QStringLiteral("O13"));
        const auto &forty = o.bands[size_t(Band::From40)];
        QCOMPARE(forty.accounts, 1);
        QCOMPARE(forty.arr, Cents(12000000));
        QCOMPARE(forty.fell, 1);
        QCOMPARE(o.bands[size_t(Band::Below40)].accounts, 0);
        QCOMPARE(o.bands[size_t(Band::NoReading)].accounts, 0);
    }

    // Reviewing Q3 2026: renewals from 2026-10-01 to 2027-03-31, Initech (health 40, one reading:
    // no trend, renewal deal O14) joins Acme in 40-59.
    void theNextTwoQuartersOfALaterPeriod()
    {
        const RenewalOutlook o = outlook(3);
        QCOMPARE(o.from, QDate(2026, 10, 1));
        QCOMPARE(o.to, QDate(2027, 3, 31));
        const auto &forty = o.bands[size_t(Band::From40)];
        QCOMPARE(forty.accounts, 2);
        QCOMPARE(forty.arr, Cents(18000000));
        QCOMPARE(forty.fell, 1);
        QCOMPARE(forty.noTrend, 1);
    }

    // The review fixture's first snapshot (2026-06-29) is in Q2: the trend through Q3 holds Q2
    // and Q3. D1's Q3 actual 700.01 against F = 0 at T-14 (the 07-06 snapshot: nothing won, no
    // Commit): WAPE 1. Q2 has no snapshot on or before its T-14 (06-16): no forecast, no WAPE.
    void accuracyTrend()
    {
        const Engine engine(DatasetLoader::fromCrmData(test::reviewFixture()), AnalyticsSettings());
        const AccuracyTrend trend =
            AccuracyTrend::build(engine, Scope::district(QStringLiteral("D1")), engine.calendar().period(2026, 3));
        QCOMPARE(trend.periods.size(), size_t(2));
        QCOMPARE(trend.periods[0].period.key(), QStringLiteral("2026Q2"));
        QVERIFY(!trend.periods[0].scopeTotal.wapeT14);
        QCOMPARE(trend.periods[1].period.key(), QStringLiteral("2026Q3"));
        QCOMPARE(trend.periods[1].scopeTotal.actual, Cents(70001));
        QCOMPARE(*trend.periods[1].scopeTotal.wapeT14, 1.0);
        // Through Q2 only Q2.
        QCOMPARE(AccuracyTrend::build(engine, Scope::all(), engine.calendar().period(2026, 2)).periods.size(),
                 size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestReviewOutlook)
#include "tst_review_outlook.moc"
