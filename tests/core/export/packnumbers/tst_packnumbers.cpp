// The coaching pack's "Numbers and changes" on the small fixture (tests/fixtures/small/README.md):
// Alice Archer (r1) as of S3 2026-03-23 against S2 2026-03-16, period 2026Q1. The table, its
// bridge line and the documents write amounts as the cockpit's tiles do ("$30K"), in the
// language's number format; the JSON keeps the exact values.
//
// By hand, r1 in 2026Q1:
//   S3: quota 100,000; won D01 30,000; commit D02 45,000; best case D04 40,000; pipeline D03
//       20,000 + D12 12,000 = 32,000; gap 70,000; coverage 117,000 / 70,000 = 1.6714;
//       2 weeks left: run rate 35,000.
//   S2: won 0; commit D01 30,000 + D02 40,000 = 70,000; best case D04 50,000; pipeline D12
//       12,000 (D03 closes in Q2 at S2); gap 100,000; coverage 132,000 / 100,000 = 1.32;
//       3 weeks left: run rate 100,000 / 3 = 33,333.34 (rounded up to the cent).
//   Open pipeline 132,000 -> 117,000: D03 pulled in 20,000, D02 increased 5,000, D04 decreased
//       10,000, D01 won 30,000 (D12 is r1's at both snapshots).
#include "fixtures/FixtureCsv.h"

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "export/json/CoachingPackJson.h"
#include "export/pack/PackReport.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"
#include "i18n/Translations.h"

#include <QtTest>

using namespace dmc;

namespace {

const QDate S2(2026, 3, 16);
const QDate S3(2026, 3, 23);
const QChar Nbsp(0x00A0);
const QChar Minus(0x2212);

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// Russian writes "30 тыс. USD" with no-break spaces.
QString ru(const char *utf8)
{
    QString text = QString::fromUtf8(utf8);
    return text.replace(QLatin1Char(' '), Nbsp);
}

} // namespace

class TestPackNumbers : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    CoachingPackData alice() const
    {
        Query query = m_engine->resolve(S3, m_engine->calendar().parse(QStringLiteral("2026Q1")),
                                        Scope::rep(QStringLiteral("r1")));
        return CoachingPackData::build(*m_engine, query);
    }

    static QStringList cells(const CoachingPackData &pack, const QString &key)
    {
        for (const PackNumbers::Row &row : pack.numberRows)
            if (row.key == key)
                return {row.label, row.valueText, row.changeText};
        return {};
    }

private slots:
    void initTestCase()
    {
        const CrmData crm = test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        QVERIFY(!crm.opportunities.empty());
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(crm), AnalyticsSettings());
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void tableInEnglish()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const CoachingPackData pack = alice();
        QCOMPARE(pack.previousAsOf, std::optional<QDate>(S2));
        QStringList keys;
        for (const PackNumbers::Row &row : pack.numberRows)
            keys << row.key;
        QCOMPARE(keys,
                 strings({"quota", "won", "commit", "best_case", "pipeline", "gap", "coverage",
                          "required_weekly_run_rate"}));
        const QString minus(Minus);
        QCOMPARE(cells(pack, "quota"_q), strings({"Quota", "$100K", "no change"}));
        QCOMPARE(cells(pack, "won"_q), strings({"Won", "$30K", "+$30K"}));
        QCOMPARE(cells(pack, "commit"_q), (QStringList{"Commit"_q, "$45K"_q, minus + "$25K"_q}));
        QCOMPARE(cells(pack, "best_case"_q), (QStringList{"Best Case"_q, "$40K"_q, minus + "$10K"_q}));
        QCOMPARE(cells(pack, "pipeline"_q), strings({"Pipeline", "$32K", "+$20K"}));
        QCOMPARE(cells(pack, "gap"_q), (QStringList{"Gap"_q, "$70K"_q, minus + "$30K"_q}));
        QCOMPARE(cells(pack, "coverage"_q), strings({"Coverage", "1.7x", "+0.4x"}));
        // 35,000 - 33,333.34 = 1,666.66: "$2K" as a tile writes it.
        QCOMPARE(cells(pack, "required_weekly_run_rate"_q), strings({"Required weekly run rate", "$35K", "+$2K"}));
        QCOMPARE(pack.pipelineBridge,
                 QStringLiteral("Open pipeline $132K \u2192 $117K: pulled in $20K, increased $5K, decreased $10K, "
                                "won $30K."));
        for (const QString &line : pack.allText())
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));
    }

    void tableInRussian()
    {
        QVERIFY(Translations::install(QStringLiteral("ru")));
        const CoachingPackData pack = alice();
        const QString minus(Minus);
        QCOMPARE(cells(pack, "quota"_q), (QStringList{"План"_q, ru("100 тыс. USD"), "без изменений"_q}));
        QCOMPARE(cells(pack, "won"_q), (QStringList{"Выиграно"_q, ru("30 тыс. USD"), ru("+30 тыс. USD")}));
        QCOMPARE(cells(pack, "commit"_q), (QStringList{"Commit"_q, ru("45 тыс. USD"), minus + ru("25 тыс. USD")}));
        QCOMPARE(cells(pack, "coverage"_q), strings({"Покрытие", "1,7\u00d7", "+0,4\u00d7"}));
        QCOMPARE(pack.pipelineBridge,
                 "Открытая воронка "_q + ru("132 тыс. USD") + QStringLiteral(" \u2192 ") + ru("117 тыс. USD")
                     + QStringLiteral(": перенос в период ") + ru("20 тыс. USD") + QStringLiteral(", увеличение суммы ")
                     + ru("5 тыс. USD") + QStringLiteral(", уменьшение суммы ") + ru("10 тыс. USD")
                     + QStringLiteral(", выигрыш ") + ru("30 тыс. USD") + QLatin1Char('.'));
        for (const QString &line : pack.allText())
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));
    }

    // The documents (Markdown, HTML, and the PDF drawn from the same Report) carry the table.
    // 2026Q3 has no quota row (quotas.csv stops at Q2) and no r1 deal closing in it: no plan, so
    // the quota and the gap read "not recorded", coverage and run rate "no quota", never "covered".
    void withoutQuotaThereIsNoPlan()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const Query query = m_engine->resolve(S3, m_engine->calendar().parse(QStringLiteral("2026Q3")),
                                              Scope::rep(QStringLiteral("r1")));
        const CoachingPackData pack = CoachingPackData::build(*m_engine, query);
        QVERIFY(!pack.numbers.quotaRecorded());
        QCOMPARE(cells(pack, "quota"_q), strings({"Quota", "not recorded", "\u2013"}));
        QCOMPARE(cells(pack, "won"_q), strings({"Won", "$0", "no change"}));
        QCOMPARE(cells(pack, "gap"_q), strings({"Gap", "not recorded", "\u2013"}));
        QCOMPARE(cells(pack, "coverage"_q), strings({"Coverage", "no quota", "no change"}));
        QCOMPARE(cells(pack, "required_weekly_run_rate"_q),
                 strings({"Required weekly run rate", "no quota", "\u2013"}));
        QVERIFY2(pack.summary.contains(QStringLiteral(
                     "No quota recorded for Q3 FY2026; won 0 USD; commit 0 USD, best case 0 USD, pipeline 0 USD.")),
                 qPrintable(pack.summary.join(QLatin1Char('\n'))));
        QVERIFY(!pack.summary.join(QLatin1Char(' ')).contains(QLatin1String("covered")));
        for (const QString &line : pack.summary)
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));
    }

    void documentsCarryTheTable()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const CoachingPackData pack = alice();
        const Report report = PackReport::build(pack, m_engine->dataset(), 3.0, QDateTime(S3, QTime(9, 0)));
        const Report::Table *numbers = nullptr;
        for (const Report::Section &section : report.sections) {
            if (section.heading != "Numbers and changes"_q)
                continue;
            for (const Report::Block &block : section.blocks)
                if (block.kind == Report::Block::Kind::Table && !numbers)
                    numbers = &block.table;
        }
        QVERIFY(numbers);
        QCOMPARE(numbers->header, strings({"Measure", "As of 2026-03-23", "Change since 2026-03-16"}));
        QCOMPARE(numbers->rows.size(), size_t(8));
        QCOMPARE(numbers->rows[4], strings({"Pipeline", "$32K", "+$20K"}));
        QCOMPARE(numbers->rows[6], strings({"Coverage (target 3.0x)", "1.7x", "+0.4x"}));

        const QString markdown = MarkdownRenderer::render(report);
        QVERIFY2(markdown.contains(QStringLiteral("| Pipeline | $32K | +$20K |")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("> Open pipeline $132K \u2192 $117K")));
        QVERIFY(!markdown.contains(QStringLiteral("## Summary")));
        const QString html = HtmlRenderer::render(report);
        QVERIFY(html.contains(QStringLiteral("Change since 2026-03-16")));
        QVERIFY(html.contains(QStringLiteral("$32K")));
    }

    // The JSON keeps exact amounts (reporting-currency units) and ratios beside the texts.
    void jsonKeepsExactNumbers()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const nlohmann::json json = toJson(alice(), m_engine->dataset());
        const auto &rows = json["numbers_table"];
        QCOMPARE(rows.size(), size_t(8));
        QCOMPARE(rows[4]["key"].get<std::string>(), std::string("pipeline"));
        QCOMPARE(rows[4]["value"].get<double>(), 32000.0);
        QCOMPARE(rows[4]["previous"].get<double>(), 12000.0);
        QCOMPARE(rows[4]["value_text"].get<std::string>(), std::string("$32K"));
        QCOMPARE(rows[4]["change_text"].get<std::string>(), std::string("+$20K"));
        QCOMPARE(rows[6]["value"].get<double>(), 1.6714);
        QCOMPARE(rows[6]["previous"].get<double>(), 1.32);
        QCOMPARE(rows[7]["value"].get<double>(), 35000.0);
        QCOMPARE(rows[7]["previous"].get<double>(), 33333.34);
        QCOMPARE(json["pipeline_bridge"].get<std::string>(),
                 std::string("Open pipeline $132K \u2192 $117K: pulled in $20K, increased $5K, decreased $10K, won "
                             "$30K."));
    }
};

QTEST_GUILESS_MAIN(TestPackNumbers)
#include "tst_packnumbers.moc"
