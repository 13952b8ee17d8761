// One number format per language (TextFormat, CompactFormat, ReportFormat, Typography): the minus
// sign U+2212 in both languages, Russian no-break spaces between a number and its unit or percent,
// whole units for money, coverage to one decimal with «×» in Russian. Exact strings.
#include "analytics/text/CompactFormat.h"
#include "analytics/text/TextFormat.h"
#include "domain/FiscalCalendar.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"
#include "i18n/Typography.h"

#include <QCoreApplication>
#include <QTest>

using namespace dmc;

namespace {
const QString Minus = QStringLiteral("\u2212");
const QString Nbsp = QStringLiteral("\u00A0");
} // namespace

class TestTextFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void english()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(TextFormat::number(-24), Minus + QStringLiteral("24"));
        QCOMPARE(TextFormat::signedNumber(5), QStringLiteral("+5"));
        QCOMPARE(TextFormat::decimal(-0.004, 2), QStringLiteral("0.00"));
        QCOMPARE(TextFormat::money(-15380000, QStringLiteral("USD")), Minus + QStringLiteral("153,800 USD"));
        // 644,065.22 rounds to whole units, as the documents' header says.
        QCOMPARE(TextFormat::money(64406522, QStringLiteral("USD")), QStringLiteral("644,065 USD"));
        QCOMPARE(TextFormat::percent(0.38), QStringLiteral("38%"));
        QCOMPARE(TextFormat::ratio(2.63), QStringLiteral("2.6x"));
        QCOMPARE(ReportFormat::signedMoney(-15380000), Minus + QStringLiteral("153,800"));
        QCOMPARE(CompactFormat::compactMoney(-4000000, QStringLiteral("USD")), Minus + QStringLiteral("$40K"));
        QCOMPARE(FiscalCalendar(2).period(2026, 4).label(), QStringLiteral("Q4 FY2026"));
        // English keeps its spaces: no binding outside Russian catalogue lookups.
        QCOMPARE(QCoreApplication::translate("dmc::CoachingPackData", "%n day(s)", nullptr, 3),
                 QStringLiteral("3 days"));
    }

    void russian()
    {
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(TextFormat::number(-24126), Minus + QStringLiteral("24") + Nbsp + QStringLiteral("126"));
        QCOMPARE(TextFormat::money(-15380000, QStringLiteral("USD")),
                 Minus + QStringLiteral("153") + Nbsp + QStringLiteral("800") + Nbsp + QStringLiteral("USD"));
        QCOMPARE(TextFormat::money(64406522, QStringLiteral("USD")),
                 QStringLiteral("644") + Nbsp + QStringLiteral("065") + Nbsp + QStringLiteral("USD"));
        QCOMPARE(TextFormat::percent(0.38), QStringLiteral("38") + Nbsp + QStringLiteral("%"));
        QCOMPARE(TextFormat::percent(-0.125, 1), Minus + QStringLiteral("12,5") + Nbsp + QStringLiteral("%"));
        QCOMPARE(TextFormat::ratio(2.63), QStringLiteral("2,6\u00D7"));
        QCOMPARE(CompactFormat::ratio(2.63), QStringLiteral("2,6\u00D7"));
        QCOMPARE(ReportFormat::signedRatio(-0.24), Minus + QStringLiteral("0,2\u00D7"));
        QCOMPARE(CompactFormat::ratioDelta(0.31), QStringLiteral("+0,3\u00D7"));
        // «1,25 млн ₽»: the unit from the catalogue ("%1M") gets its no-break space on lookup.
        QCOMPARE(CompactFormat::compactMoney(125000000, QStringLiteral("RUB")),
                 QStringLiteral("1,25") + Nbsp + QStringLiteral("млн") + Nbsp + QStringLiteral("\u20BD"));
        QCOMPARE(FiscalCalendar(2).period(2026, 4).label(),
                 QStringLiteral("4") + Nbsp + QStringLiteral("кв.") + Nbsp + QStringLiteral("2026"));
        QCOMPARE(QCoreApplication::translate("dmc::CoachingPackData", "%n day(s)", nullptr, 64),
                 QStringLiteral("64") + Nbsp + QStringLiteral("дня"));
    }

    void bindNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plural") << QStringLiteral("%n дней") << QStringLiteral("%n\u00A0дней");
        QTest::newRow("quarter") << QStringLiteral("%1 кв. %2") << QStringLiteral("%1\u00A0кв.\u00A0%2");
        QTest::newRow("limit") << QStringLiteral("На этапе «%1» с %2: %n дней (лимит %3).")
                               << QStringLiteral("На этапе «%1» с %2: %n\u00A0дней (лимит\u00A0%3).");
        QTest::newRow("digits") << QStringLiteral("45 дней (лимит 30), 12,5 %")
                                << QStringLiteral("45\u00A0дней (лимит\u00A030), 12,5\u00A0%");
        QTest::newRow("number sign") << QStringLiteral("Импорт № %1 (%2, %3)")
                                     << QStringLiteral("Импорт №\u00A0%1 (%2, %3)");
        // A placeholder after a number is not a percent sign.
        QTest::newRow("placeholder") << QStringLiteral("WAPE %1: T-14 %2, %3 %")
                                     << QStringLiteral("WAPE %1: T-14 %2, %3\u00A0%");
        QTest::newRow("currency") << QStringLiteral("%1 USD") << QStringLiteral("%1\u00A0USD");
        // A digit ending an id or a word is not a number of anything.
        QTest::newRow("ids") << QStringLiteral("r1 Alice, Q2 план") << QStringLiteral("r1 Alice, Q2 план");
        // A sentence ending in a long word before a number is not an abbreviation.
        QTest::newRow("sentence") << QStringLiteral("Не удалось прочитать. %1")
                                  << QStringLiteral("Не удалось прочитать. %1");
    }

    void bindNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Typography::bindNumbers(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
