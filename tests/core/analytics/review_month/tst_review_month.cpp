// The review of one month against the month before (the monthly cadence), on the review fixture
// (tests/fixtures/review/ReviewFixture.h) with D2's Q3 deals moved from 15 September to 14 August:
// August holds D2's six Q3 deals, September those of D1 and D3.
#include "fixtures/review/ReviewFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/review/QuarterlyReview.h"
#include "export/ExportFileName.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

using Metric = DistrictComparison::Metric;

class TestReviewMonth : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    static CrmData augustForD2()
    {
        CrmData data = test::reviewFixture();
        const QDate september15(2026, 9, 15);
        const QDate august14(2026, 8, 14);
        for (Opportunity &o : data.opportunities)
            if (o.ownerId == QLatin1String("r2") && o.closeDate == september15)
                o.closeDate = august14;
        for (SnapshotRow &row : data.snapshots)
            if (row.ownerId == QLatin1String("r2") && row.closeDate == september15)
                row.closeDate = august14;
        return data;
    }

    QuarterlyReview review(const QString &month, ReviewBaseline::Kind baseline, const Scope &scope)
    {
        const Query query =
            m_engine->resolve(QDate(2026, 10, 5), *m_engine->calendar().parseQuarterOrMonth(month), scope);
        return QuarterlyReview::build(*m_engine, query, baseline);
    }

    static double value(const DistrictComparison::Values &values, Metric metric)
    {
        return values[size_t(metric)].value_or(-1);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(augustForD2()), AnalyticsSettings());
    }

    // September against August, region North (all four reps):
    //   August (D2): won 100, 300, 300; lost 100, 100, 100     N0 = 6, w0 = 1/2, A0 = 700.00 / 3
    //   September (D1, D3): won 150, 250, 300.01, 500, 500; lost 100, 100 and 10 x 200
    //                                                          N1 = 17, w1 = 5/17, A1 = 1,700.01 / 5
    //   difference 1,700.01 - 700.00 = 1,000.01
    //   volume   = 11 x (w0A0/3 + w1A0/6 + w0A1/6 + w1A1/3) = 1,231.932... -> 1,231.93
    //   win rate = (5/17 - 1/2) x (N0A0/3 + N1A0/6 + N0A1/6 + N1A1/3) = -698.858... -> -698.86
    //   size     = (A1 - A0) x (N0w0/3 + N1w0/6 + N0w1/6 + N1w1/3) = 466.936... -> 466.94
    //   1,231.93 - 698.86 + 466.94 = 1,000.01: no residue to place.
    void monthAgainstTheMonthBefore()
    {
        const QuarterlyReview r = review(QStringLiteral("2026-09"), ReviewBaseline::Kind::PreviousPeriod,
                                         Scope::region(QStringLiteral("North")));
        QCOMPARE(r.actual.period.key(), QStringLiteral("2026-09"));
        QCOMPARE(r.baseline.period.key(), QStringLiteral("2026-08"));
        QCOMPARE(r.baseline.period.start, QDate(2026, 8, 1));
        QCOMPARE(r.baseline.period.end, QDate(2026, 8, 31));
        // Both read at 10-05, the first snapshot on or after each month's last day.
        QCOMPARE(r.actual.snapshotDate, QDate(2026, 10, 5));
        QCOMPARE(r.baseline.snapshotDate, QDate(2026, 10, 5));
        QVERIFY(r.actual.closed && r.baseline.closed);
        QCOMPARE(r.bridge.baseline.decided, 6);
        QCOMPARE(r.bridge.baseline.won, 3);
        QCOMPARE(r.bridge.baseline.bookings, Cents(70000));
        QCOMPARE(r.bridge.actual.decided, 17);
        QCOMPARE(r.bridge.actual.won, 5);
        QCOMPARE(r.bridge.actual.bookings, Cents(170001));
        QCOMPARE(r.bridge.difference, Cents(100001));
        QCOMPARE(r.bridge.volume.amount, Cents(123193));
        QCOMPARE(r.bridge.winRate.amount, Cents(-69886));
        QCOMPARE(r.bridge.size.amount, Cents(46694));
        QCOMPARE(r.bridge.termSum(), r.bridge.difference);
    }

    // A month's quota is a third of its quarter's (running thirds, rounded down):
    //   r1 Q3 1,000.00: September (the third month) = 1,000.00 - 666.66 = 333.34
    //   r2 Q3 750.00: September = 750.00 - 500.00 = 250.00
    //   r3, r4 Q3 1,000.00 each: 333.34 each, D3 666.68
    // Attainment in September: D1 700.01 / 333.34, D2 0 / 250.00 = 0, D3 1,000.00 / 666.68.
    void districtsUseAThirdOfTheQuarterlyQuota()
    {
        const QuarterlyReview r = review(QStringLiteral("2026-09"), ReviewBaseline::Kind::PreviousPeriod,
                                         Scope::region(QStringLiteral("North")));
        QVERIFY(r.districts);
        const DistrictComparison &c = *r.districts;
        QCOMPARE(c.rows.size(), size_t(3));
        QCOMPARE(value(c.rows[0].values, Metric::Attainment), 70001.0 / 33334.0);
        QCOMPARE(value(c.rows[1].values, Metric::Attainment), 0.0);
        QCOMPARE(value(c.rows[2].values, Metric::Attainment), 100000.0 / 66668.0);
        // Win rates of the month's decided deals: D1 3/5, D2 none decided in September, D3 2/12.
        QCOMPARE(value(c.rows[0].values, Metric::WinRate), 0.6);
        QVERIFY(!c.rows[1].values[size_t(Metric::WinRate)]);
        QCOMPARE(value(c.rows[2].values, Metric::WinRate), 2.0 / 12.0);

        const Dataset &data = m_engine->dataset();
        const FiscalCalendar calendar = m_engine->calendar();
        const qint32 r1 = data.repIndex(QStringLiteral("r1"));
        Cents months = 0;
        for (const FiscalPeriod &month : calendar.monthsOf(calendar.period(2026, 3)))
            months += data.quota(r1, month);
        QCOMPARE(months, Cents(100000)); // 333.33 + 333.33 + 333.34
        QCOMPARE(data.quota(r1, *calendar.parseMonth(QStringLiteral("2026-07"))), Cents(33333));
    }

    // Against the same month a year before: September 2025 precedes the first snapshot (2026-06-29),
    // so it has no review snapshot and no deals; the whole of September is the change.
    void monthAgainstTheYearBefore()
    {
        const QuarterlyReview r =
            review(QStringLiteral("2026-09"), ReviewBaseline::Kind::LastYear, Scope::district(QStringLiteral("D1")));
        QCOMPARE(r.baseline.period.key(), QStringLiteral("2025-09"));
        QCOMPARE(r.baseline.snapshot, -1);
        QCOMPARE(r.bridge.actual.bookings, Cents(70001));
        QCOMPARE(r.bridge.difference, Cents(70001));
        QCOMPARE(r.bridge.termSum(), Cents(70001));
    }

    // The renewal outlook covers the six months after the month (from the as-of when later):
    // 2026-10-05 to 2027-03-31. The accuracy trend stays on quarters, through the month's quarter:
    // Q2 (closed at 07-06) and Q3 (closed at 10-05).
    void outlookAndAccuracyOfAMonth()
    {
        const QuarterlyReview r = review(QStringLiteral("2026-09"), ReviewBaseline::Kind::PreviousPeriod,
                                         Scope::region(QStringLiteral("North")));
        QCOMPARE(r.renewals.from, QDate(2026, 10, 5));
        QCOMPARE(r.renewals.to, QDate(2027, 3, 31));
        QCOMPARE(r.accuracy.periods.size(), size_t(2));
        QCOMPARE(r.accuracy.periods[0].period.key(), QStringLiteral("2026Q2"));
        QCOMPARE(r.accuracy.periods[1].period.key(), QStringLiteral("2026Q3"));
    }

    void documentNamesTheMonth()
    {
        const FiscalPeriod august = *m_engine->calendar().parseMonth(QStringLiteral("2026-08"));
        QCOMPARE(ExportFileName::review(QDate(2026, 10, 5), QStringLiteral("district:D1"), august,
                                        QStringLiteral("md")),
                 QStringLiteral("2026-10-05_district-D1_2026-08_monthly-review.md"));
    }
};

QTEST_GUILESS_MAIN(TestReviewMonth)
#include "tst_review_month.moc"
