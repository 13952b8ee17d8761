// The quarterly plan document on tests/fixtures/capacity/CapacityFixture.h, district D, Q3 2026 as
// of 2026-08-15, with the data as imported and a set B at a 90% attainment factor: the numbers of
// tests/core/analytics/capacity in the Markdown tables, hostile set names inert in HTML, every
// generated text descriptive in English and Russian.
#include "fixtures/capacity/CapacityFixture.h"

#include "analytics/capacity/CapacityInputs.h"
#include "analytics/capacity/CapacityReport.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "export/ExportFileName.h"
#include "export/capacity/QuarterlyPlanExporter.h"
#include "export/capacity/QuarterlyPlanReport.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"
#include "i18n/Translations.h"

#include <QtTest>

using namespace dmc;

class TestQuarterlyPlan : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    CapacityInputs m_inputs;
    const QDateTime m_generated{QDate(2026, 8, 17), QTime(8, 0)};

    Query query() const
    {
        return m_engine->resolve(QDate(2026, 8, 15), m_engine->calendar().period(2026, 3),
                                 Scope::district(QStringLiteral("D")));
    }

    Report plan(const QString &setName = QStringLiteral("B")) const
    {
        CapacityAssumptions b;
        b.name = setName;
        b.attainmentFactor = 0.9;
        const Query q = query();
        const CapacityReport capacity = CapacityReport::build(*m_engine, q, m_inputs, {b});
        const TerritoryBalance balance =
            TerritoryBalance::build(m_engine->dataset(), m_inputs, q.period, q.scope, q.asOf);
        return QuarterlyPlanReport::build(capacity, balance, m_engine->dataset(), q, m_generated);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const CrmData data = test::capacityFixture();
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(data), AnalyticsSettings());
        m_inputs = CapacityInputs::fromData(data.rampCurves, data.repEmployment, data.accountOwners);
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    // July: need 540,000 ÷ 3 = 180,000, band 162,000 to 198,000; as imported 155,000, B at 90%
    // 139,500. Bo: 150,000, 50% / 75% / 100%, FRE 0.75, 112,500, ramp loss 37,500 (101,250 in B).
    // The period as imported: FRE (2.5 + 3.15 + 2.8) ÷ 3 = 2.82, 508,500, ramp loss 61,500.
    // Coverage: Enterprise 204,000 ÷ 408,000 = 0.5x beside 2.0x, 1 won of 2 decided.
    // Balance: Ann 2 accounts (1.00), ARR 150,000 (1.20), open 354,000 (1.40).
    void tablesInMarkdown()
    {
        const QString md = MarkdownRenderer::render(plan());
        QVERIFY2(md.contains(QStringLiteral("| Jul 2026 | 180,000 | 162,000 | 198,000 | 155,000 | 139,500 |")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| 150,000 | 50% · 75% · 100% | 0.75 | 112,500 | 37,500 |")));
        QVERIFY(md.contains(QStringLiteral("| 150,000 | 50% · 75% · 100% | 0.75 | 101,250 | 37,500 |")));
        QVERIFY(md.contains(QStringLiteral("| Total |  |  |  |  | 2.82 | 508,500 | 61,500 |")));
        QVERIFY(md.contains(QStringLiteral("| Enterprise | 1 | 204,000 | 408,000 | 0.5x | 2.0x | 1 of 2 |")));
        QVERIFY(md.contains(QStringLiteral("| Ann | 2 | 1.00 | 150,000 | 1.20 | 354,000 | 1.40 |")));
        QVERIFY(md.contains(QStringLiteral("attainment factor 90%")));
        QVERIFY(
            md.contains(QStringLiteral("Need 540,000 USD ÷ (mean full quota 157,500 USD × attainment factor 90%)")));
    }

    void hostileSetNameInHtml()
    {
        const QByteArray html =
            QuarterlyPlanExporter::render(CapacityReport::build(*m_engine, query(), m_inputs, {}),
                                          TerritoryBalance::build(m_engine->dataset(), m_inputs, query().period,
                                                                  query().scope, query().asOf),
                                          m_engine->dataset(), query(), ExportFormat::Html, PdfRenderer::PageSize::A4,
                                          m_generated);
        QVERIFY(html.contains("Quarterly plan"));
        Report hostile = plan(QStringLiteral("<script>alert(1)</script>"));
        QVERIFY(!HtmlRenderer::render(hostile).contains(QStringLiteral("<script>")));
    }

    void descriptiveInBothLanguages()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QVERIFY(Translations::install(language));
            for (const QString &text : plan().allText())
                QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(language + u": " + text));
        }
    }

    void fileName()
    {
        QCOMPARE(ExportFileName::quarterlyPlan(QDate(2026, 8, 15), QStringLiteral("district:D"),
                                               QStringLiteral("2026Q3"), QStringLiteral("pdf")),
                 QStringLiteral("2026-08-15_district-D_2026Q3_quarterly-plan.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestQuarterlyPlan)
#include "tst_quarterly_plan.moc"
