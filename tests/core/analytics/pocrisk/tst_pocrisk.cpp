// The four POC risk filters on tests/fixtures/poc at 2026-06-15 (its README has the POCs by hand):
// which deal each flags, the evidence and its sentence, the shorthand filter stepping aside where
// POC rows exist, the dataset cache carrying the rows, and the filters unavailable without rows.
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/engine/Query.h"
#include "analytics/risk/RiskAvailability.h"
#include "analytics/risk/RiskEngine.h"
#include "fixtures/risk/RiskFixture.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "store/PocReader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/poc");
const QDate AsOf(2026, 6, 15);

Status importFolder(Database &database, const QString &folder)
{
    auto profile = ImportProfile::load(QStringLiteral("canonical"));
    if (!profile)
        return profile.error();
    auto report = Importer(database, std::move(profile.value())).run({folder});
    if (!report)
        return report.error();
    return Done{};
}

// rule -> "deal: sentence", in the engine's order (rep, rule, amount).
QStringList hitsOf(const Dataset &data, const QString &rule, const RuleSet &rules = RuleSet())
{
    QStringList lines;
    for (const RiskHit &hit : RiskEngine(data, rules).evaluate(AsOf, Scope::all(), {}, rule).hits)
        lines << hit.opportunityId + QStringLiteral(": ") + hit.text;
    return lines;
}

} // namespace

class TestPocRisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Dataset> m_data;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("poc.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        const Status imported = importFolder(*m_database, FixtureDir);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto data = DatasetLoader::load(*m_database);
        QVERIFY(data.ok());
        m_data = *data;
    }

    void rowsGroupedByDeal()
    {
        // p1..p5 and p7 are on known deals; o6 has no row (its poc_* fields only).
        const DatasetPocs &pocs = m_data->pocs();
        QCOMPARE(pocs.records().pocs.size(), size_t(6));
        QVERIFY(pocs.pocsOf(m_data->opportunityIndex(QStringLiteral("o6"))).empty());
        const auto p3 = pocs.pocsOf(m_data->opportunityIndex(QStringLiteral("o3")));
        QCOMPARE(p3.size(), size_t(1));
        QCOMPARE(p3[0].id, QStringLiteral("p3"));
        QCOMPARE(pocs.criteriaOf(p3[0]).size(), size_t(2)); // c5, c6
        QCOMPARE(pocs.criteriaOf(p3[0])[0].id, QStringLiteral("c5"));
        QCOMPARE(pocs.checkInsOf(p3[0]).size(), size_t(3)); // k7, k8, k9
        QCOMPARE(pocs.tasksOf(p3[0]).size(), size_t(2));    // t8, t9
        QVERIFY(m_data->presence().has(DataField::PocRecords));
    }

    void recordsOfOneDeal()
    {
        // The deal detail's POC rows: each deal's rows as PocReader reads them, in its order.
        const auto p3 = m_data->pocs().recordsOf(m_data->opportunityIndex(QStringLiteral("o3")));
        auto ids = [](const auto &rows) {
            QStringList list;
            for (const auto &row : rows)
                list << row.id;
            return list;
        };
        QCOMPARE(ids(p3.pocs), QStringList{QStringLiteral("p3")});
        QCOMPARE(ids(p3.criteria), (QStringList{QStringLiteral("c5"), QStringLiteral("c6")}));
        QCOMPARE(ids(p3.checkIns), (QStringList{QStringLiteral("k7"), QStringLiteral("k8"), QStringLiteral("k9")}));
        QCOMPARE(ids(p3.tasks), (QStringList{QStringLiteral("t8"), QStringLiteral("t9")}));
        QVERIFY(m_data->pocs().recordsOf(m_data->opportunityIndex(QStringLiteral("o6"))).pocs.empty());
        auto stored = PocReader(*m_database).read();
        QVERIFY(stored.ok());
        for (qint32 deal = 0; deal < qint32(m_data->opportunities().size()); ++deal) {
            const QString id = m_data->opportunity(deal).id;
            PocRecords expected;
            QSet<QString> pocIds;
            for (const PocRecord &poc : stored->pocs)
                if (poc.opportunityId == id) {
                    expected.pocs.push_back(poc);
                    pocIds.insert(poc.id);
                }
            auto keep = [&](const auto &rows, auto &into) {
                for (const auto &row : rows)
                    if (pocIds.contains(row.pocId))
                        into.push_back(row);
            };
            keep(stored->criteria, expected.criteria);
            keep(stored->checkIns, expected.checkIns);
            keep(stored->tasks, expected.tasks);
            const PocRecords records = m_data->pocs().recordsOf(deal);
            QCOMPARE(ids(records.pocs), ids(expected.pocs));
            QCOMPARE(ids(records.criteria), ids(expected.criteria));
            QCOMPARE(ids(records.checkIns), ids(expected.checkIns));
            QCOMPARE(ids(records.tasks), ids(expected.tasks));
        }
    }

    void startedWithoutDor()
    {
        // Open deals with POC rows: o2 (p2), o3 (p3), o8 (p7). p2 started 05-18 with the environment
        // ready 05-25 (after the start) and no data: 2 missing. p3 complete. p7 starts 06-22 and has
        // only its planned end: 6 of 7 missing. p1, p4, p5 sit on won or lost deals.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_started_without_dor")),
                 (QStringList{QStringLiteral("o2: POC started 2026-05-18 without 2 DOR items: environment ready on or "
                                             "before the start; data ready."),
                              QStringLiteral("o8: POC starts 2026-06-22; 6 DOR items missing at the start: measurable "
                                             "success criterion recorded by the start; environment ready on or before "
                                             "the start; data ready; evaluator named; exit / rollback plan; next step "
                                             "on success agreed.")}));
        const RiskResult result =
            RiskEngine(*m_data, RuleSet()).evaluate(AsOf, Scope::all(), {}, QStringLiteral("poc_started_without_dor"));
        const RiskHit &p2 = result.hits.front();
        QCOMPARE(p2.fact(QStringLiteral("poc_id"))->text, QStringLiteral("p2"));
        QCOMPARE(p2.fact(QStringLiteral("state"))->text, QStringLiteral("started"));
        QCOMPARE(p2.number(QStringLiteral("missing")), 2);
        QCOMPARE(p2.fact(QStringLiteral("missing_items"))->text, QStringLiteral("environment_ready,data_ready"));
        QCOMPARE(p2.date(QStringLiteral("poc_start")), QDate(2026, 5, 18));
        QCOMPARE(result.hits.back().fact(QStringLiteral("state"))->text, QStringLiteral("planned"));

        // A database checklist that does not require data ready: p2 misses one item.
        AnalyticsSettings settings = AnalyticsSettings::fromDatabase(*m_database);
        QVERIFY(settings.pocChecklist.merge(QByteArray(R"({"items":[{"id":"data_ready","required":false}]})"),
                                            QStringLiteral("poc_dor")));
        const RiskResult relaxed = Engine(m_data, settings)
                                       .exceptions(Query::resolve(*m_data, FiscalCalendar(), AsOf, std::nullopt,
                                                                  Scope::rep(QStringLiteral("r1"))),
                                                   QStringLiteral("poc_started_without_dor"));
        QCOMPARE(relaxed.hits.front().text,
                 QStringLiteral("POC started 2026-05-18 without 1 DOR item: environment "
                                "ready on or before the start."));
    }

    void pastPlannedEnd()
    {
        // p3: 04-06 to 05-04 planned (28 days), not ended: day 70 at 06-15, 42 days past. p2 ends
        // 06-29, p7 has not started.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_past_planned_end")),
                 QStringList{QStringLiteral("o3: POC on day 70 of 28 planned, not ended: planned end 2026-05-04, 42 "
                                            "days past it.")});
    }

    void noCheckIn()
    {
        // Last held check-in: p2 05-25 (21 days), p3 04-28 (48 days); p7 has not started.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_no_check_in")),
                 (QStringList{QStringLiteral("o2: No POC check-in for 21 days (limit 14): last held 2026-05-25."),
                              QStringLiteral("o3: No POC check-in for 48 days (limit 14): last held 2026-04-28.")}));
        // The limit is the rule's parameter: 21 days are not more than 21.
        RuleSet rules;
        QVERIFY(rules.setParameter(QStringLiteral("poc_no_check_in"), QStringLiteral("days"), 21));
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_no_check_in"), rules),
                 QStringList{QStringLiteral("o3: No POC check-in for 48 days (limit 21): last held 2026-04-28.")});
        QVERIFY(rules.setParameter(QStringLiteral("poc_no_check_in"), QStringLiteral("days"), 20));
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_no_check_in"), rules).size(), 2);
    }

    void criteriaChanged()
    {
        // c5 (p3, started 04-06) changed 05-06. c8 of p5 changed after its start too, but o5 is won.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_criteria_changed")),
                 QStringList{QStringLiteral("o3: POC started 2026-04-06; 1 criterion changed after the start: "
                                            "Dashboards on 2026-05-06.")});
        const RiskResult result =
            RiskEngine(*m_data, RuleSet()).evaluate(AsOf, Scope::all(), {}, QStringLiteral("poc_criteria_changed"));
        QCOMPARE(result.hits.front().fact(QStringLiteral("criterion_1"))->text, QStringLiteral("Dashboards"));
        QCOMPARE(result.hits.front().date(QStringLiteral("changed_on_1")), QDate(2026, 5, 6));
    }

    void shorthandFilterStepsAside()
    {
        // o2 has POC rows and idle 21 days by its poc_* fields too: only the rows speak. o6 (no row):
        // planned end 06-01, 14 days past; last check-in 05-20, 26 days.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("poc_overrun_or_idle")),
                 QStringList{QStringLiteral("o6: POC active since 2026-05-04, planned end 2026-06-01, last check-in "
                                            "2026-05-20. 14 days past the planned end. 26 days since the last "
                                            "check-in (limit 14).")});
    }

    void stoppedPocIsNotRunning()
    {
        // p3 recorded stopped on 06-10 (the import demands an end for a stopped POC): ended at the
        // as-of, so no longer past its planned end, idle or with changed criteria.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("stopped"));
        QDir().mkpath(folder);
        for (const QString &file : QDir(FixtureDir).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QVERIFY(QFile::copy(QDir(FixtureDir).filePath(file), QDir(folder).filePath(file)));
        QFile pocs(QDir(folder).filePath(QStringLiteral("pocs.csv")));
        QVERIFY(pocs.open(QIODevice::ReadOnly));
        QByteArray text = pocs.readAll();
        pocs.close();
        text.replace("p3,o3,active,,2026-04-06,2026-05-04,,",
                     "p3,o3,stopped,no_decision,2026-04-06,2026-05-04,2026-06-10,");
        QVERIFY(pocs.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pocs.write(text);
        pocs.close();
        auto database = Database::open(dir.filePath(QStringLiteral("stopped.db")));
        QVERIFY(database.ok());
        QVERIFY(importFolder(**database, folder).ok());
        auto data = DatasetLoader::loadFromSql(**database);
        QVERIFY(data.ok());
        QVERIFY(hitsOf(**data, QStringLiteral("poc_past_planned_end")).isEmpty());
        QCOMPARE(hitsOf(**data, QStringLiteral("poc_no_check_in")),
                 QStringList{QStringLiteral("o2: No POC check-in for 21 days (limit 14): last held 2026-05-25.")});
        QVERIFY(hitsOf(**data, QStringLiteral("poc_criteria_changed")).isEmpty());
    }

    void cacheCarriesTheRows()
    {
        // The second load reads the image and the POC tables beside it: the same hits.
        auto again = DatasetLoader::load(*m_database);
        QVERIFY(again.ok());
        QCOMPARE((*again)->pocs().records().pocs.size(), size_t(6));
        QVERIFY((*again)->presence().has(DataField::PocRecords));
        for (const char *rule :
             {"poc_started_without_dor", "poc_past_planned_end", "poc_no_check_in", "poc_criteria_changed"})
            QCOMPARE(hitsOf(**again, QLatin1String(rule)), hitsOf(*m_data, QLatin1String(rule)));
    }

    void unavailableWithoutRows()
    {
        // The risk fixture has poc_* fields but no POC rows.
        const auto data = DatasetLoader::fromCrmData(
            test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json")));
        QVERIFY(!data->presence().has(DataField::PocRecords));
        for (const char *rule :
             {"poc_started_without_dor", "poc_past_planned_end", "poc_no_check_in", "poc_criteria_changed"}) {
            const auto missing = RiskAvailability::check(QLatin1String(rule), RuleSet(), *data);
            QVERIFY2(missing.has_value(), rule);
            QCOMPARE(missing->missing, QStringList{QStringLiteral("poc_records")});
            QCOMPARE(
                missing->reason,
                QStringLiteral(
                    "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)"));
        }
        QVERIFY(!RiskAvailability::check(QStringLiteral("poc_no_check_in"), RuleSet(), *m_data).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPocRisk)
#include "tst_pocrisk.moc"
