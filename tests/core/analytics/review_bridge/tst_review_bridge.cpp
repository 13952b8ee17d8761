// The bookings bridge of the quarterly review on tests/fixtures/review/ReviewFixture.h: the
// Shapley terms against a hand calculation, the cent-exact sum, and the mix across two segments.
#include "fixtures/review/ReviewFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/review/MultiplicativeShapley.h"
#include "analytics/review/QuarterlyReview.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

class TestReviewBridge : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    QuarterlyReview review(const QString &district,
                           ReviewBaseline::Kind baseline = ReviewBaseline::Kind::PreviousPeriod)
    {
        const Query query =
            m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3), Scope::district(district));
        return QuarterlyReview::build(*m_engine, query, baseline);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::reviewFixture()), AnalyticsSettings());
    }

    // D1: N 4 -> 5, w 1/2 -> 3/5, A 20000 -> 70001/3 cents. By hand (three factors, Shapley):
    //   volume   = dN x (w0 A0 / 3 + w1 A0 / 6 + w0 A1 / 6 + w1 A1 / 3)
    //            = 1 x (10000/3 + 12000/6 + (70001/6)/6 + (70001/5)/3) = 2150017/180 = 11944.5389
    //   win rate = dw x (N0 A0 / 3 + N1 A0 / 6 + N0 A1 / 6 + N1 A1 / 3) = 880007/90 = 9777.8556
    //   size     = dA x (N0 w0 / 3 + N1 w0 / 6 + N0 w1 / 6 + N1 w1 / 3) = 1490149/180 = 8278.6056
    //   sum      = 30001 = 70001 - 40000 exactly.
    void shapleyValuesMatchTheHandCalculation()
    {
        const std::array<long double, 3> before{4, 0.5L, 20000};
        const std::array<long double, 3> after{5, 0.6L, 70001.0L / 3};
        const std::vector<long double> exact = MultiplicativeShapley::values(before, after);
        QVERIFY(std::fabs(double(exact[0]) - 2150017.0 / 180) < 1e-6);
        QVERIFY(std::fabs(double(exact[1]) - 880007.0 / 90) < 1e-6);
        QVERIFY(std::fabs(double(exact[2]) - 1490149.0 / 180) < 1e-6);
    }

    // Rounded: 11945 + 9778 + 8279 = 30002, one cent over; the residue (-1) goes to the largest
    // term, volume: 11944 + 9778 + 8279 = 30001.
    void threeTermsAddUpToTheCent()
    {
        const QuarterlyReview r = review(QStringLiteral("D1"));
        QCOMPARE(r.bridge.baseline.decided, 4);
        QCOMPARE(r.bridge.actual.decided, 5);
        QCOMPARE(r.bridge.baseline.bookings, Cents(40000));
        QCOMPARE(r.bridge.actual.bookings, Cents(70001));
        QCOMPARE(r.bridge.difference, Cents(30001));
        QCOMPARE(r.bridge.volume.amount, Cents(11944));
        QCOMPARE(r.bridge.winRate.amount, Cents(9778));
        QCOMPARE(r.bridge.size.amount, Cents(8279));
        QCOMPARE(r.bridge.mix.amount, Cents(0));
        QCOMPARE(r.bridge.termSum(), r.bridge.difference);
        // The deals behind the terms: every decided deal for volume and win rate, the won ones for size.
        QCOMPARE(r.bridge.volume.deals.size(), size_t(5));
        QCOMPARE(r.bridge.volume.baselineDeals.size(), size_t(4));
        QCOMPARE(r.bridge.size.deals.size(), size_t(3));
        QCOMPARE(r.bridge.size.baselineDeals.size(), size_t(2));
        QCOMPARE(m_engine->dataset().opportunity(r.bridge.size.baselineDeals[0]).id, QStringLiteral("O01"));
        // One deal type: its share never moves, the mix is 0 and the terms are the three-factor ones.
        QCOMPARE(r.byDealType.groups.size(), size_t(1));
        QCOMPARE(r.byDealType.total.volume.amount, Cents(11944));
        QCOMPARE(r.byDealType.total.winRate.amount, Cents(9778));
        QCOMPARE(r.byDealType.total.size.amount, Cents(8279));
        QCOMPARE(r.byDealType.total.mix.amount, Cents(0));
    }

    // D2: each segment keeps w = 1/2 and its A (Enterprise 10000, SMB 30000) and N stays 6; only
    // the shares move (Enterprise 4/6 -> 2/6, SMB 2/6 -> 4/6). By segment the whole change is mix:
    // Enterprise 10000 - 20000 = -10000, SMB 60000 - 30000 = +30000, total +20000. The three-factor
    // bridge over the whole district sees the same change as size (A 50000/3 -> 70000/3).
    void mixAcrossTwoSegments()
    {
        const QuarterlyReview r = review(QStringLiteral("D2"));
        QCOMPARE(r.bridge.difference, Cents(20000));
        QCOMPARE(r.bridge.volume.amount, Cents(0));
        QCOMPARE(r.bridge.winRate.amount, Cents(0));
        QCOMPARE(r.bridge.size.amount, Cents(20000));

        const SegmentedBridge &split = r.bySegment;
        QCOMPARE(split.groups.size(), size_t(2));
        const BookingsBridge &enterprise = split.groups[0];
        QCOMPARE(enterprise.group, QStringLiteral("Enterprise"));
        QCOMPARE(enterprise.difference, Cents(-10000));
        QCOMPARE(enterprise.mix.amount, Cents(-10000));
        QCOMPARE(enterprise.volume.amount, Cents(0));
        QCOMPARE(enterprise.winRate.amount, Cents(0));
        QCOMPARE(enterprise.size.amount, Cents(0));
        const BookingsBridge &smb = split.groups[1];
        QCOMPARE(smb.group, QStringLiteral("SMB"));
        QCOMPARE(smb.mix.amount, Cents(30000));
        QCOMPARE(smb.termSum(), smb.difference);
        QCOMPARE(split.total.mix.amount, Cents(20000));
        QCOMPARE(split.total.termSum(), r.bridge.difference);
        QCOMPARE(split.total.mix.deals.size(), size_t(6));
    }

    // Four factors with every one moving: each group still adds up to its change to the cent.
    void fourFactorGroupsAddUp()
    {
        const std::array<long double, 4> before{7, 3.0L / 7, 12345.67L, 0.3L};
        const std::array<long double, 4> after{11, 5.0L / 11, 9876.54L, 0.45L};
        const Cents difference = 12345; // any integer: the residue makes the sum exact
        const std::vector<Cents> terms = MultiplicativeShapley::cents(before, after, difference);
        QCOMPARE(terms[0] + terms[1] + terms[2] + terms[3], difference);
    }

    void baselines()
    {
        const FiscalCalendar calendar;
        const FiscalPeriod q3 = calendar.period(2026, 3);
        QCOMPARE(ReviewBaseline::periodFor(ReviewBaseline::Kind::PreviousPeriod, q3, calendar).key(),
                 QStringLiteral("2026Q2"));
        QCOMPARE(ReviewBaseline::periodFor(ReviewBaseline::Kind::LastYear, q3, calendar).key(),
                 QStringLiteral("2025Q3"));
        QCOMPARE(ReviewBaseline::parse(QStringLiteral("last-year")), ReviewBaseline::Kind::LastYear);
        QCOMPARE(ReviewBaseline::parse(QStringLiteral("plan:x.csv")), ReviewBaseline::Kind::Plan);
        QVERIFY(!ReviewBaseline::parse(QStringLiteral("plan:")));

        // A year back the fixture holds no snapshot: no deals, the whole change is volume.
        const QuarterlyReview r = review(QStringLiteral("D1"), ReviewBaseline::Kind::LastYear);
        QCOMPARE(r.baseline.snapshot, -1);
        QCOMPARE(r.bridge.baseline.decided, 0);
        QCOMPARE(r.bridge.volume.amount, Cents(70001));
        QCOMPARE(r.bridge.winRate.amount, Cents(0));
        QCOMPARE(r.bridge.size.amount, Cents(0));
    }

    // A plan with D1's Q2 numbers (N 4, 2 won, 400.00) gives the hand-calculated bridge; planned
    // only for new deals (the other types would be planned at 0), the mix stays 0: all deals are new.
    void planBaseline()
    {
        ReviewPlan plan;
        plan.file = QStringLiteral("plan.csv");
        plan.total.decided = 4;
        plan.total.won = 2;
        plan.total.bookings = 40000;
        plan.byDealType[DealType::New] = plan.total;
        const Query query = m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3),
                                              Scope::district(QStringLiteral("D1")));
        const QuarterlyReview r = QuarterlyReview::build(*m_engine, query, plan);
        QCOMPARE(r.baselineKind, ReviewBaseline::Kind::Plan);
        QCOMPARE(r.bridge.volume.amount, Cents(11944));
        QCOMPARE(r.bridge.winRate.amount, Cents(9778));
        QCOMPARE(r.bridge.size.amount, Cents(8279));
        QVERIFY(r.bridge.volume.baselineDeals.empty());
        QCOMPARE(r.byDealType.groups.size(), size_t(1)); // no plan row and no deal: no group
        QCOMPARE(r.byDealType.total.termSum(), Cents(30001));
        QCOMPARE(r.byDealType.total.mix.amount, Cents(0));
        QVERIFY(r.bySegment.groups.empty());
    }

    void reviewSnapshots()
    {
        const QuarterlyReview r = review(QStringLiteral("D1"));
        QCOMPARE(r.actual.snapshotDate, QDate(2026, 10, 5));
        QVERIFY(r.actual.closed);
        QCOMPARE(r.baseline.snapshotDate, QDate(2026, 7, 6));
        QVERIFY(r.baseline.closed);
    }
};

QTEST_GUILESS_MAIN(TestReviewBridge)
#include "tst_review_bridge.moc"
