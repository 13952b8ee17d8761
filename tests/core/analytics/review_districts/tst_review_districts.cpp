// The district comparison of the quarterly review on a region with three districts
// (tests/fixtures/review/ReviewFixture.h): values, the region median and the described extremes.
#include "fixtures/review/ReviewFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/review/QuarterlyReview.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

using Metric = DistrictComparison::Metric;

class TestReviewDistricts : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    QuarterlyReview review(const Scope &scope)
    {
        const Query query = m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3), scope);
        return QuarterlyReview::build(*m_engine, query, ReviewBaseline::Kind::PreviousPeriod);
    }

    static double value(const DistrictComparison::Values &values, Metric metric)
    {
        return values[size_t(metric)].value_or(-1);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::reviewFixture()), AnalyticsSettings());
    }

    void onlyOnARegion()
    {
        QVERIFY(!review(Scope::district(QStringLiteral("D1"))).districts);
        QVERIFY(!review(Scope::all()).districts);
    }

    // Q3 by hand:
    //   attainment (won at 10-05 / quota): D1 700.01 / 1,000 = 0.70001, D2 700 / 750 = 0.9333,
    //     D3 1,000 / 2,000 = 0.5; median 0.70001
    //   coverage at the period's first snapshot (07-06; every Q3 deal open, nothing won):
    //     D1 900.01 / 1,000 = 0.90001, D2 1,000 / 750 = 1.3333, D3 3,000 / 2,000 = 1.5; median 1.3333
    //   win rate: D1 3/5, D2 3/6, D3 2/12; median 1/2
    //   no created dates: no cycle; WAPE at T-14 is 100 % in each (no forecast before 09-16: F = 0),
    //   and no district has an exception (every deal decided at 10-05): ties, nothing described.
    void valuesAndMedian()
    {
        const QuarterlyReview r = review(Scope::region(QStringLiteral("North")));
        QVERIFY(r.districts);
        const DistrictComparison &c = *r.districts;
        QCOMPARE(c.region, QStringLiteral("North"));
        QCOMPARE(c.rows.size(), size_t(3));
        QCOMPARE(c.rows[0].district, QStringLiteral("D1"));
        QCOMPARE(c.rows[2].district, QStringLiteral("D3"));
        QCOMPARE(value(c.rows[0].values, Metric::Attainment), 0.70001);
        QCOMPARE(value(c.rows[1].values, Metric::Attainment), 700.0 / 750.0);
        QCOMPARE(value(c.rows[2].values, Metric::Attainment), 0.5);
        QCOMPARE(value(c.rows[0].values, Metric::Coverage), 0.90001);
        QCOMPARE(value(c.rows[2].values, Metric::Coverage), 1.5);
        QCOMPARE(value(c.rows[0].values, Metric::WinRate), 0.6);
        QCOMPARE(value(c.rows[1].values, Metric::WinRate), 0.5);
        QCOMPARE(value(c.rows[2].values, Metric::WinRate), 2.0 / 12.0);
        QVERIFY(!c.rows[0].values[size_t(Metric::Cycle)]);
        QCOMPARE(value(c.rows[1].values, Metric::Wape), 1.0);
        QCOMPARE(value(c.rows[1].values, Metric::Exceptions), 0.0);
        QCOMPARE(value(c.median, Metric::Attainment), 0.70001);
        QCOMPARE(value(c.median, Metric::Coverage), 1000.0 / 750.0);
        QCOMPARE(value(c.median, Metric::WinRate), 0.5);
        QVERIFY(!c.median[size_t(Metric::Cycle)]);
        QCOMPARE(c.rows[2].wonDeals.size(), size_t(2));
        QCOMPARE(c.rows[2].lostDeals.size(), size_t(10));
    }

    // D3 holds the highest coverage and the lowest attainment and win rate; D1 the highest win rate
    // and the lowest coverage; D2 the highest attainment. Medians as above.
    void describedExtremes()
    {
        const DistrictComparison c = *review(Scope::region(QStringLiteral("North"))).districts;
        QCOMPARE(c.descriptions.size(), 3);
        QCOMPARE(c.descriptions[0],
                 QStringLiteral("District D1: the highest win rate and the lowest coverage at the period's start in "
                                "region North (win rate 60%, region median 50%; coverage at the period's start 0.9x, "
                                "region median 1.3x)."));
        QCOMPARE(c.descriptions[1],
                 QStringLiteral("District D2: the highest attainment in region North (attainment "
                                "93%, region median 70%)."));
        QCOMPARE(c.descriptions[2],
                 QStringLiteral("District D3: the highest coverage at the period's start and the lowest attainment, "
                                "win rate in region North (coverage at the period's start 1.5x, region median 1.3x; "
                                "attainment 50%, region median 70%; win rate 17%, region median 50%)."));
    }

    // Fewer than DistrictComparison::MinimumDistricts with a value: no highest or lowest.
    void twoDistrictsDescribeNothing()
    {
        std::vector<DistrictComparison::Row> rows(2);
        rows[0].district = QStringLiteral("A");
        rows[0].values[size_t(Metric::WinRate)] = 0.2;
        rows[1].district = QStringLiteral("B");
        rows[1].values[size_t(Metric::WinRate)] = 0.4;
        QVERIFY(DistrictComparison::describe(QStringLiteral("R"), rows, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewDistricts)
#include "tst_review_districts.moc"
