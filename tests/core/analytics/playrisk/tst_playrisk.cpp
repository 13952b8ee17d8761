// The three play risk filters on tests/fixtures/plays (its README has the deals, plays, artifacts
// and tasks by hand) at 2026-06-15 and 2026-06-01: which open deal each flags, the evidence and its
// sentence, the dataset cache carrying the rows, and the filters unavailable without them.
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/risk/RiskAvailability.h"
#include "analytics/risk/RiskEngine.h"
#include "fixtures/FolderImport.h"
#include "fixtures/risk/RiskFixture.h"
#include "i18n/Translations.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/plays");
const QDate AsOf(2026, 6, 15);
const QDate Earlier(2026, 6, 1);

RiskResult evaluate(const Dataset &data, const QString &rule, const QDate &asOf = AsOf)
{
    return RiskEngine(data, RuleSet()).evaluate(asOf, Scope::all(), {}, rule);
}

// "deal: sentence" per hit, in the engine's order (rep, then amount, larger first).
QStringList hitsOf(const Dataset &data, const QString &rule, const QDate &asOf = AsOf)
{
    QStringList lines;
    for (const RiskHit &hit : evaluate(data, rule, asOf).hits)
        lines << hit.opportunityId + QStringLiteral(": ") + hit.text;
    return lines;
}

QString text(const RiskHit &hit, const char *key)
{
    const RiskFact *fact = hit.fact(QLatin1String(key));
    return fact ? fact->text : QStringLiteral("<none>");
}

std::shared_ptr<const Dataset> loadWith(const QTemporaryDir &dir, const QString &file, const QByteArray &content)
{
    const QString folder = test::fixtureWith(dir, FixtureDir, file, content);
    auto database = Database::open(dir.filePath(QStringLiteral("changed.db")));
    if (!database.ok() || !test::importFolder(**database, folder).ok())
        return nullptr;
    auto data = DatasetLoader::loadFromSql(**database);
    return data.ok() ? *data : nullptr;
}

} // namespace

class TestPlayRisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Dataset> m_data;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("plays.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        const Status imported = test::importFolder(*m_database, FixtureDir);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto data = DatasetLoader::load(*m_database);
        QVERIFY(data.ok());
        m_data = *data;
    }

    void rowsGroupedByDeal()
    {
        // 2 plays, 4 steps (s1-s3 of sled, e1 of ent), 6 compliance rows, 13 tasks of which d1 has t1, t2.
        const DatasetPlays &plays = m_data->plays();
        QCOMPARE(plays.plays().size(), size_t(2));
        const auto d1 = m_data->opportunityIndex(QStringLiteral("d1"));
        QCOMPARE(plays.tasksOf(d1).size(), size_t(2));
        QCOMPARE(plays.tasksOf(d1)[1].id, QStringLiteral("t2"));
        QCOMPARE(plays.complianceOf(d1).size(), size_t(2)); // soc2, vpat
        QCOMPARE(plays.complianceOf(d1)[0].artifact, QStringLiteral("soc2"));
        for (const Play &play : plays.plays())
            QCOMPARE(plays.stepsOf(play).size(), size_t(play.id == QLatin1String("sled") ? 3 : 1));
        for (const DataField field :
             {DataField::PlaySteps, DataField::PlayArtifacts, DataField::ComplianceRecords, DataField::DealTasks})
            QVERIFY(m_data->presence().has(field));
    }

    void playStepPastStage()
    {
        // Open at 06-15: d1 (SLED new 100,000, Proposal) meets "SLED new logo": s1 by Discovery done
        // (t1 04-10), s2 by Proposal open (t2 not done): missing s2; s3 by Negotiation not due yet.
        // d3 (Negotiation) has s1, s2, s3 done (t3, t4, t5 on 06-12). d7 (Enterprise expansion,
        // Qualified) meets "Enterprise expansion": e1 by Qualified, no task: missing. d2 (Enterprise
        // new) meets no play.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("play_step_past_stage")),
                 (QStringList{QStringLiteral("d1: At Proposal; 1 play step due by this stage not recorded done: SLED "
                                             "new logo: Security review booked (due by Proposal)."),
                              QStringLiteral("d7: At Qualified; 1 play step due by this stage not recorded done: "
                                             "Enterprise expansion: Executive sponsor meeting (due by Qualified).")}));
        const RiskResult steps = evaluate(*m_data, QStringLiteral("play_step_past_stage"));
        const RiskHit &d1 = steps.hits.front();
        QCOMPARE(text(d1, "stage"), QStringLiteral("Proposal"));
        QCOMPARE(d1.number(QStringLiteral("missing")), 1);
        QCOMPARE(text(d1, "play_1"), QStringLiteral("SLED new logo"));
        QCOMPARE(text(d1, "step_1"), QStringLiteral("Security review booked"));
        QCOMPARE(text(d1, "due_stage_1"), QStringLiteral("Proposal"));
        QCOMPARE(d1.snapshots, std::vector<QDate>{AsOf});

        // At 06-01 t5 (s3 of d3) is not done yet (06-12): d3 at Negotiation misses s3. d5 is still
        // open (Discovery, SLED new 30,000) and misses s1 (no task). d1 at Discovery has s1 done.
        // Bo Chen's three by amount: d3 80,000, d5 30,000, d7 20,000.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("play_step_past_stage"), Earlier),
                 (QStringList{QStringLiteral("d3: At Negotiation; 1 play step due by this stage not recorded done: "
                                             "SLED new logo: Procurement path confirmed (due by Negotiation)."),
                              QStringLiteral("d5: At Discovery; 1 play step due by this stage not recorded done: SLED "
                                             "new logo: Mutual plan agreed (due by Discovery)."),
                              QStringLiteral("d7: At Qualified; 1 play step due by this stage not recorded done: "
                                             "Enterprise expansion: Executive sponsor meeting (due by Qualified).")}));
    }

    void complianceNotStarted()
    {
        // "SLED new logo" requires VPAT and SOC 2 by Discovery. d1 entered Discovery 05-04 (its
        // 06-01 row): VPAT started 04-20 (in parallel), SOC 2 started 05-20, 16 days after: flagged.
        // d3 entered a stage at or after Discovery 05-20 (Negotiation on its first row): VPAT started
        // 05-01 in parallel, SOC 2 recorded not required. d2's FedRAMP row: no play of d2 requires it.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("compliance_not_started")),
                 QStringList{QStringLiteral("d1: 1 required compliance artifact not started by the stage the play "
                                            "names: SOC 2 (SLED new logo, by Discovery): Discovery entered 2026-05-04, "
                                            "started 2026-05-20.")});
        const RiskResult late = evaluate(*m_data, QStringLiteral("compliance_not_started"));
        const RiskHit &d1 = late.hits.front();
        QCOMPARE(d1.number(QStringLiteral("artifacts")), 1);
        QCOMPARE(text(d1, "artifact_1"), QStringLiteral("soc2"));
        QCOMPARE(text(d1, "play_1"), QStringLiteral("SLED new logo"));
        QCOMPARE(text(d1, "stage_1"), QStringLiteral("Discovery"));
        QCOMPARE(d1.date(QStringLiteral("entered_1")), QDate(2026, 5, 4));
        QCOMPARE(d1.date(QStringLiteral("started_1")), QDate(2026, 5, 20));

        // At 06-01 d5 is open at Discovery (entered 05-25) with no compliance row: VPAT and SOC 2 not
        // started, in the list's order (VPAT before SOC 2). d1's SOC 2 as above.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("compliance_not_started"), Earlier),
                 (QStringList{QStringLiteral("d1: 1 required compliance artifact not started by the stage the play "
                                             "names: SOC 2 (SLED new logo, by Discovery): Discovery entered "
                                             "2026-05-04, started 2026-05-20."),
                              QStringLiteral("d5: 2 required compliance artifacts not started by the stage the play "
                                             "names: VPAT (SLED new logo, by Discovery): Discovery entered 2026-05-25, "
                                             "not started; SOC 2 (SLED new logo, by Discovery): Discovery entered "
                                             "2026-05-25, not started.")}));
        const RiskResult earlier = evaluate(*m_data, QStringLiteral("compliance_not_started"), Earlier);
        const RiskHit &d5 = earlier.hits.back();
        QCOMPARE(text(d5, "artifact_1"), QStringLiteral("vpat"));
        QVERIFY(!d5.fact(QStringLiteral("started_1")));
    }

    void partnerTaskOverdue()
    {
        // Partner tasks: t9 (d3, due 06-12, open): 3 days before 06-15. c1 (d2, due 06-20) is not due
        // yet; t2 (d1, SE) is past its due date but not the partner's.
        QCOMPARE(hitsOf(*m_data, QStringLiteral("partner_task_overdue")),
                 QStringList{QStringLiteral("d3: 1 open partner task with the due date passed: Send the reseller "
                                            "quote, due 2026-06-12 (3 days before the as-of date).")});
        const RiskResult tasks = evaluate(*m_data, QStringLiteral("partner_task_overdue"));
        const RiskHit &d3 = tasks.hits.front();
        QCOMPARE(d3.number(QStringLiteral("overdue")), 1);
        QCOMPARE(text(d3, "task_id_1"), QStringLiteral("t9"));
        QCOMPARE(d3.date(QStringLiteral("due_1")), QDate(2026, 6, 12));
        QCOMPARE(d3.number(QStringLiteral("days_past_due_1")), 3);
        // At 06-01 neither t9 (06-12) nor c1 (06-20) is due.
        QVERIFY(hitsOf(*m_data, QStringLiteral("partner_task_overdue"), Earlier).isEmpty());
    }

    void taskDoneAfterTheAsOfStillCounts()
    {
        // t9 recorded done on 06-20, after the as-of 06-15: still open then, so still flagged; done
        // on 06-14 it is not.
        QTemporaryDir dir;
        QFile tasks(FixtureDir + QStringLiteral("/tasks.csv"));
        QVERIFY(tasks.open(QIODevice::ReadOnly));
        const QByteArray original = tasks.readAll();
        QVERIFY(original.contains("t9,d3,Partner,Send the reseller quote,2026-06-12,,,"));
        QByteArray later = original;
        later.replace("t9,d3,Partner,Send the reseller quote,2026-06-12,,,",
                      "t9,d3,Partner,Send the reseller quote,2026-06-12,2026-06-20,,");
        const auto doneLater = loadWith(dir, QStringLiteral("tasks.csv"), later);
        QVERIFY(doneLater);
        QCOMPARE(hitsOf(*doneLater, QStringLiteral("partner_task_overdue")).size(), 1);
        QTemporaryDir dir2;
        QByteArray earlier = original;
        earlier.replace("t9,d3,Partner,Send the reseller quote,2026-06-12,,,",
                        "t9,d3,Partner,Send the reseller quote,2026-06-12,2026-06-14,,");
        const auto doneEarlier = loadWith(dir2, QStringLiteral("tasks.csv"), earlier);
        QVERIFY(doneEarlier);
        QVERIFY(hitsOf(*doneEarlier, QStringLiteral("partner_task_overdue")).isEmpty());
    }

    void cacheCarriesTheRows()
    {
        // The second load reads the image and the play tables beside it: the same hits.
        auto again = DatasetLoader::load(*m_database);
        QVERIFY(again.ok());
        QVERIFY((*again)->presence().has(DataField::DealTasks));
        for (const char *rule : {"play_step_past_stage", "compliance_not_started", "partner_task_overdue"})
            QCOMPARE(hitsOf(**again, QLatin1String(rule)), hitsOf(*m_data, QLatin1String(rule)));
    }

    void unavailableWithoutRows()
    {
        // The risk fixture stores no play rows: the three filters are not available, each naming the files.
        const auto data = DatasetLoader::fromCrmData(
            test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json")));
        auto check = [&](const Dataset &on, const char *rule) {
            return RiskAvailability::check(QLatin1String(rule), RuleSet(), on);
        };
        const auto steps = check(*data, "play_step_past_stage");
        QVERIFY(steps);
        QCOMPARE(steps->missing, (QStringList{QStringLiteral("play_steps"), QStringLiteral("deal_tasks")}));
        QCOMPARE(steps->reason,
                 QStringLiteral("no play is stored with its steps (plays.csv and play_steps.csv); no "
                                "deal task is stored (tasks.csv)"));
        const auto artifacts = check(*data, "compliance_not_started");
        QVERIFY(artifacts);
        QCOMPARE(artifacts->missing,
                 (QStringList{QStringLiteral("play_artifacts"), QStringLiteral("compliance_records")}));
        QCOMPARE(artifacts->reason,
                 QStringLiteral("no stored play names required compliance artifacts and their stage (plays.csv); no "
                                "compliance artifact of a deal is stored (compliance.csv)"));
        const auto tasks = check(*data, "partner_task_overdue");
        QVERIFY(tasks);
        QCOMPARE(tasks->reason, QStringLiteral("no deal task is stored (tasks.csv)"));
        for (const char *rule : {"play_step_past_stage", "compliance_not_started", "partner_task_overdue"})
            QVERIFY2(!check(*m_data, rule), rule);

        // The plays fixture with an empty compliance.csv: only the compliance filter is unavailable,
        // and the engine lists it so instead of flagging d1.
        QTemporaryDir dir;
        const auto noCompliance = loadWith(dir, QStringLiteral("compliance.csv"),
                                           QByteArray("opportunity_id,artifact,status,started,done\n"));
        QVERIFY(noCompliance);
        QCOMPARE(check(*noCompliance, "compliance_not_started")->reason,
                 QStringLiteral("no compliance artifact of a deal is stored (compliance.csv)"));
        QVERIFY(!check(*noCompliance, "play_step_past_stage"));
        const RiskResult result = evaluate(*noCompliance, QStringLiteral("compliance_not_started"));
        QVERIFY(result.hits.empty());
        QCOMPARE(result.unavailable.size(), size_t(1));
        QCOMPARE(result.unavailable.front().ruleId, QStringLiteral("compliance_not_started"));
    }

    void russianSentences()
    {
        QVERIFY(Translations::install(QStringLiteral("ru")));
        const QStringList steps = hitsOf(*m_data, QStringLiteral("play_step_past_stage"));
        const QStringList tasks = hitsOf(*m_data, QStringLiteral("partner_task_overdue"));
        Translations::install(QStringLiteral("en"));
        QCOMPARE(steps.size(), 2);
        QVERIFY2(steps.front().contains(QStringLiteral("SLED new logo: Security review booked")),
                 qPrintable(steps.front()));
        QVERIFY2(!steps.front().contains(QStringLiteral("not recorded done")), qPrintable(steps.front()));
        QCOMPARE(tasks.size(), 1);
        QVERIFY2(tasks.front().contains(QStringLiteral("Send the reseller quote")), qPrintable(tasks.front()));
        QVERIFY2(!tasks.front().contains(QStringLiteral("due date passed")), qPrintable(tasks.front()));
    }
};

QTEST_GUILESS_MAIN(TestPlayRisk)
#include "tst_playrisk.moc"
