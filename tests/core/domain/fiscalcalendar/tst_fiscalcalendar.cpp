#include "domain/FiscalCalendar.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

class TestFiscalCalendar : public QObject
{
    Q_OBJECT

private slots:
    void periodOf_data()
    {
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("jan start, Q1") << 1 << QDate(2026, 2, 14) << "2026Q1" << QDate(2026, 1, 1)
                                       << QDate(2026, 3, 31);
        QTest::newRow("jan start, Q4 last day")
            << 1 << QDate(2026, 12, 31) << "2026Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("feb start, Feb is Q1 of next FY")
            << 2 << QDate(2026, 2, 1) << "2027Q1" << QDate(2026, 2, 1) << QDate(2026, 4, 30);
        QTest::newRow("feb start, January is Q4")
            << 2 << QDate(2026, 1, 31) << "2026Q4" << QDate(2025, 11, 1) << QDate(2026, 1, 31);
        QTest::newRow("jul start") << 7 << QDate(2026, 9, 30) << "2027Q1" << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    }

    void periodOf()
    {
        QFETCH(int, startMonth);
        QFETCH(QDate, date);
        QFETCH(QString, key);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const FiscalCalendar calendar(startMonth);
        const FiscalPeriod period = calendar.periodOf(date);
        QCOMPARE(period.key(), key);
        QCOMPARE(period.start, start);
        QCOMPARE(period.end, end);
        QVERIFY(calendar.parse(key) == period);
    }

    // The label a person reads: the quarter of the fiscal year, "Q2 FY2027" / «2 кв. 2027»
    // (February start: May 2026 is in FY2027's second quarter).
    void labelIsTranslated()
    {
        const FiscalPeriod period = FiscalCalendar(2).periodOf(QDate(2026, 5, 15));
        QCOMPARE(period.key(), QStringLiteral("2027Q2"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(period.label(), QStringLiteral("Q2 FY2027"));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(period.label(), QStringLiteral("2\u00a0кв.\u00a02027"));
        QCOMPARE(period.key(), QStringLiteral("2027Q2")); // the key never changes with the language
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void nextAndPrevious()
    {
        const FiscalCalendar calendar;
        const FiscalPeriod q4 = *calendar.parse(QStringLiteral("2026Q4"));
        QCOMPARE(calendar.next(q4).key(), QStringLiteral("2027Q1"));
        QCOMPARE(calendar.previous(calendar.next(q4)).key(), QStringLiteral("2026Q4"));
        QVERIFY(!calendar.parse(QStringLiteral("2026Q5")));
        QCOMPARE(calendar.parse(QStringLiteral("FY2026-Q2"))->start, QDate(2026, 4, 1));
    }

    // Months: keyed by calendar year and month, held by their fiscal quarter (February start:
    // November 2026 is the first month of FY2027's fourth quarter, January 2027 its third).
    void months()
    {
        const FiscalCalendar calendar(2);
        const FiscalPeriod november = *calendar.parseMonth(QStringLiteral("2026-11"));
        QVERIFY(november.isMonth());
        QCOMPARE(november.key(), QStringLiteral("2026-11"));
        QCOMPARE(november.quarterKey(), QStringLiteral("2027Q4"));
        QCOMPARE(november.monthOfQuarter, 1);
        QCOMPARE(november.start, QDate(2026, 11, 1));
        QCOMPARE(november.end, QDate(2026, 11, 30));
        QCOMPARE(calendar.quarterOf(november), *calendar.parse(QStringLiteral("2027Q4")));
        QVERIFY(!(november == calendar.quarterOf(november))); // same start, another length

        const FiscalPeriod january = calendar.next(calendar.next(november));
        QCOMPARE(january.key(), QStringLiteral("2027-01"));
        QCOMPARE(january.monthOfQuarter, 3);
        QCOMPARE(january.end, QDate(2027, 1, 31));
        const FiscalPeriod february = calendar.next(january); // a new fiscal year
        QCOMPARE(february.quarterKey(), QStringLiteral("2028Q1"));
        QCOMPARE(february.monthOfQuarter, 1);
        QCOMPARE(february.end, QDate(2027, 2, 28));
        QCOMPARE(calendar.previous(february), january);
        QCOMPARE(calendar.yearBefore(february).key(), QStringLiteral("2026-02"));
        QCOMPARE(calendar.yearBefore(february).quarterKey(), QStringLiteral("2027Q1"));
        QCOMPARE(calendar.yearBefore(*calendar.parse(QStringLiteral("2027Q4"))).key(), QStringLiteral("2026Q4"));

        const QList<FiscalPeriod> months = calendar.monthsOf(january);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months[0].key(), QStringLiteral("2026-11"));
        QCOMPARE(months[2].key(), QStringLiteral("2027-01"));

        QVERIFY(!calendar.parseMonth(QStringLiteral("2026-13")));
        QVERIFY(!calendar.parseMonth(QStringLiteral("2026Q4")));
        QVERIFY(!calendar.parse(QStringLiteral("2026-11"))); // the other commands take quarters only
        QCOMPARE(calendar.parseQuarterOrMonth(QStringLiteral("2026-11"))->key(), QStringLiteral("2026-11"));
        QCOMPARE(calendar.parseQuarterOrMonth(QStringLiteral("2027Q4"))->key(), QStringLiteral("2027Q4"));
    }

    void monthLabelIsTranslated()
    {
        const FiscalPeriod november = *FiscalCalendar(2).parseMonth(QStringLiteral("2026-11"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(november.label(), QStringLiteral("November 2026"));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(november.label(), QStringLiteral("ноябрь 2026"));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void weeks()
    {
        const FiscalCalendar calendar;
        // 2026Q1: Thursday 1 Jan to Tuesday 31 Mar. Week 1 is the week of 1 Jan (Monday 29 Dec).
        const FiscalPeriod q1 = *calendar.parse(QStringLiteral("2026Q1"));
        QCOMPARE(FiscalCalendar::weekStart(QDate(2026, 1, 1)), QDate(2025, 12, 29));
        QCOMPARE(FiscalCalendar::weekOfPeriod(q1, QDate(2026, 1, 4)), 1); // Sunday
        QCOMPARE(FiscalCalendar::weekOfPeriod(q1, QDate(2026, 1, 5)), 2); // Monday
        QCOMPARE(FiscalCalendar::weeksInPeriod(q1), 14);
        // 31 Mar minus 17 Mar = 14 days: two weeks left; 18 Mar: 13 days, still two.
        QCOMPARE(FiscalCalendar::weeksLeft(q1, QDate(2026, 3, 17)), 2);
        QCOMPARE(FiscalCalendar::weeksLeft(q1, QDate(2026, 3, 18)), 2);
        QCOMPARE(FiscalCalendar::weeksLeft(q1, QDate(2026, 3, 24)), 1);
        QCOMPARE(FiscalCalendar::weeksLeft(q1, QDate(2026, 3, 31)), 0);
    }
};

QTEST_GUILESS_MAIN(TestFiscalCalendar)
#include "tst_fiscalcalendar.moc"
