// The review document on tests/fixtures/review/ReviewFixture.h: the bridge, the splits, win and
// loss, the district comparison with hand-computed numbers in the Markdown; shares left out below
// the minimum n; hostile names inert in HTML; the PDF's pages and figures in English and Russian;
// every generated sentence descriptive.
#include "fixtures/review/ReviewFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "domain/FiscalCalendar.h"
#include "export/ExportFileName.h"
#include "export/render/MarkdownRenderer.h"
#include "export/review/ReviewExporter.h"
#include "export/review/ReviewReport.h"
#include "i18n/Translations.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmc;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    const QDateTime m_generated{QDate(2026, 10, 6), QTime(8, 0)};

    QuarterlyReview review(const Scope &scope) const
    {
        const Query query = m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3), scope);
        return QuarterlyReview::build(*m_engine, query, ReviewBaseline::Kind::PreviousPeriod);
    }

    QString markdown(const Scope &scope) const
    {
        return MarkdownRenderer::render(ReviewReport::build(review(scope), m_engine->dataset(), m_generated));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::reviewFixture()), AnalyticsSettings());
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    // D1: 400.00 -> 700.01; volume 119.44, win rate 97.78, size 82.79 (tests/core/analytics/review_bridge
    // by hand). Every deal is new: the split by deal type has one group, so its terms are the same and
    // its mix is 0. Averages 200.00 -> 233.34; win rate 2/4 -> 3/5.
    void bridgeOfOneDistrict()
    {
        const QString md = markdown(Scope::district(QStringLiteral("D1")));
        QVERIFY(md.startsWith(QStringLiteral("# Quarterly review: District D1\n\nQ3 FY2026 against Q2 FY2026 · as of "
                                             "2026-10-05\n")));
        QVERIFY(
            md.contains(QStringLiteral("- **Baseline:** Q2 FY2026 (2026-04-01 – 2026-06-30), the previous period\n")));
        QVERIFY2(md.contains(QStringLiteral("| Step | Over the scope | Split by deal type | Measured from |\n"
                                            "| --- | ---: | ---: | --- |\n"
                                            "| Baseline: Q2 FY2026 | 400 | 400 | 4 decided, 2 won |\n"
                                            "| Volume | +119 | +119 | decided deals 4 → 5 |\n"
                                            "| Win rate | +98 | +98 | 50% → 60% |\n"
                                            "| Average won deal | +83 | +83 | 200 → 233 |\n"
                                            "| Mix | – | 0 | the deal types' shares of the decided deals |\n"
                                            "| Actual: Q3 FY2026 | 700 | 700 | 5 decided, 3 won |\n"
                                            "| Difference | +300 | +300 |  |\n")),
                 qPrintable(md));
        QVERIFY(
            md.contains(QStringLiteral("Shapley values of the three factors: each factor's change averaged over the "
                                       "six orders")));
        // Two lost deals: counts without a share, and the note says why.
        QVERIFY(md.contains(
            QStringLiteral("| Loss reason | Lost | Amount |\n| --- | ---: | ---: |\n| Price | 1 | 100 |\n")));
        QVERIFY(!md.contains(QStringLiteral("Share of lost")));
        QVERIFY(md.contains(QStringLiteral("> 2 deals lost: shares are given from 10 lost deals.\n")));
        QVERIFY(!md.contains(QStringLiteral("Districts of region")));
    }

    // D2 keeps each segment's win rate (1/2) and average (100 / 300) while the six decided deals move
    // from Enterprise (4 -> 2) to SMB (2 -> 4): by segment the whole +200 is mix (Enterprise -100,
    // SMB +300); over the scope (three factors) it is size: 166.67 -> 233.33.
    void mixAcrossTwoSegments()
    {
        const QString md = markdown(Scope::district(QStringLiteral("D2")));
        QVERIFY2(md.contains(QStringLiteral("| Average won deal | +200 | +200 | 167 → 233 |\n")), qPrintable(md));
        QVERIFY(
            md.contains(QStringLiteral("| Segment | Baseline | Volume | Win rate | Average won deal | Mix | Actual | "
                                       "Decided, won |\n")));
        QVERIFY(md.contains(QStringLiteral("| Enterprise | 200 | 0 | 0 | 0 | −100 | 100 | 4 → 2, 2 → 1 |\n")));
        QVERIFY(md.contains(QStringLiteral("| SMB | 300 | 0 | 0 | 0 | +300 | 600 | 2 → 4, 1 → 2 |\n")));
        QVERIFY(md.contains(QStringLiteral("| Total | 500 | 0 | 0 | 0 | +200 | 700 | 6 → 6, 3 → 3 |\n")));
    }

    // Region North: Q2 10 decided, 5 won, 900.00; Q3 23 decided, 8 won, 2,400.01. 15 lost (D1 2,
    // D2 3, D3 10): shares shown. Price 7 (D1 100 + D3 6 x 200 = 1,300), 7/15 = 47%; No budget
    // 4 x 200 = 800, 27%; Rival 3 x 200 = 600, 20%.
    void regionWinLossAndDistricts()
    {
        const QString md = markdown(Scope::region(QStringLiteral("North")));
        QVERIFY2(md.contains(QStringLiteral("| Baseline: Q2 FY2026 | 900 | 900 | 10 decided, 5 won |\n")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| Actual: Q3 FY2026 | 2,400 | 2,400 | 23 decided, 8 won |\n")));
        QVERIFY(md.contains(QStringLiteral("| Difference | +1,500 | +1,500 |  |\n")));
        QVERIFY(md.contains(QStringLiteral("| Loss reason | Lost | Amount | Share of lost |\n")));
        QVERIFY(md.contains(QStringLiteral("| Price | 7 | 1,300 | 47% |\n| No budget | 4 | 800 | 27% |\n")));
        QVERIFY(md.contains(QStringLiteral("| Rival | 3 | 600 | 20% |\n")));
        // n is the decided deals: D3 won 2 of 12 (17%); rep r3 2 of 11 (18%), r4 0 of 1.
        QVERIFY(md.contains(QStringLiteral("| District | n | Won | Won amount | Lost, reason | Lost, no reason | No "
                                           "decision | Win rate |\n")));
        QVERIFY(md.contains(QStringLiteral("| D1 | 5 | 3 | 700 | 1 | 1 | 0 | 60% |\n")));
        QVERIFY(md.contains(QStringLiteral("| D2 | 6 | 3 | 700 | 0 | 3 | 0 | 50% |\n")));
        QVERIFY(md.contains(QStringLiteral("| D3 | 12 | 2 | 1,000 | 10 | 0 | 0 | 17% |\n")));
        QVERIFY(md.contains(QStringLiteral("| Rep Three | D3 | 11 | 2 | 1,000 | 9 | 0 | 0 | 18% |\n")));
        QVERIFY(md.contains(QStringLiteral("| Rep Four | D3 | 1 | 0 | 0 | 1 | 0 | 0 | 0% |\n")));
        // The district comparison: win rates 60%, 50%, 17%, the region's median 50%; attainment
        // 700.01 / 1,000 = 70%, 700 / 750 = 93%, 1,000 / 2,000 = 50%, median 70%.
        QVERIFY(md.contains(QStringLiteral("## Districts of region North\n")));
        const QString districts = md.mid(md.indexOf(QStringLiteral("## Districts of region North")));
        QVERIFY2(districts.contains(QStringLiteral("| Metric | D1 | D2 | D3 | Region median |\n")),
                 qPrintable(districts));
        QVERIFY(districts.contains(QStringLiteral("| Attainment | 70% | 93% | 50% | 70% |\n")));
        QVERIFY(districts.contains(QStringLiteral("| Win rate | 60% | 50% | 17% | 50% |\n")));
        QVERIFY(districts.contains(QStringLiteral("- District D3")));
    }

    void hostileNamesStayInert()
    {
        CrmData data = test::reviewFixture();
        data.reps[0].name = QStringLiteral("<script>alert('x')</script>");
        const Engine engine(DatasetLoader::fromCrmData(data), AnalyticsSettings());
        const Query query = engine.resolve(QDate(2026, 10, 5), engine.calendar().period(2026, 3),
                                           Scope::region(QStringLiteral("North")));
        const QuarterlyReview r = QuarterlyReview::build(engine, query, ReviewBaseline::Kind::PreviousPeriod);
        const QString html = QString::fromUtf8(
            ReviewExporter::render(r, engine.dataset(), ExportFormat::Html, PdfRenderer::PageSize::A4, m_generated));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        QCOMPARE(html.count(QLatin1String("<td")), html.count(QLatin1String("</td>")));
        const QString md = QString::fromUtf8(ReviewExporter::render(r, engine.dataset(), ExportFormat::Markdown,
                                                                    PdfRenderer::PageSize::A4, m_generated));
        QVERIFY(md.contains(QLatin1String("\\<script\\>")));
    }

    void pdfHoldsTheFigures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Quarterly review: Region North"),
                                           QStringLiteral("+1,500"),
                                           QStringLiteral("2,400"),
                                           QStringLiteral("1,300"),
                                           QStringLiteral("47%"),
                                           QStringLiteral("Rep Three"),
                                           QStringLiteral("Page 1 of")};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList{QStringLiteral("Rep Three"), QStringLiteral("+1 500"),
                                           QStringLiteral("2 400"), QStringLiteral("1 300"), QStringLiteral("47 %")};
    }

    void pdfHoldsTheFigures()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo and pdftotext (poppler-utils) are not installed");
        QVERIFY(Translations::install(language));
        const QByteArray pdf =
            ReviewExporter::render(review(Scope::region(QStringLiteral("North"))), m_engine->dataset(),
                                   ExportFormat::Pdf, PdfRenderer::defaultPageSize(language), m_generated);
        QVERIFY(pdf.startsWith("%PDF"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        // The region's review: bridge, splits, win and loss, sources, renewals, accuracy, districts.
        QVERIFY2(pages.captured(1).toInt() >= 2 && pages.captured(1).toInt() <= 4, qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                                 .replace(QChar(0x00A0), QLatin1Char(' '))
                                 .replace(QChar(0x202F), QLatin1Char(' '));
        for (const QString &piece : expected)
            QVERIFY2(text.contains(piece), qPrintable(piece));
        QVERIFY(!text.contains(QChar(0xFFFD)));
    }

    void generatedTextIsDescriptive_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void generatedTextIsDescriptive()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        for (const Scope &scope : {Scope::region(QStringLiteral("North")), Scope::district(QStringLiteral("D1"))}) {
            const Report report = ReviewReport::build(review(scope), m_engine->dataset(), m_generated);
            for (const QString &text : report.allText())
                QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(text));
        }
    }

    void defaultFileName()
    {
        QCOMPARE(ExportFileName::review(QDate(2026, 10, 5), QStringLiteral("region:North"),
                                        FiscalCalendar().period(2026, 3), QStringLiteral("pdf")),
                 QStringLiteral("2026-10-05_region-North_2026Q3_quarterly-review.pdf"));
    }
};

QTEST_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
