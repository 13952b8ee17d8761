// Risk filters that read fields the imported data holds no value for: unavailable with the
// reason, no hits, and said so in exceptions --json, the agenda and the renewal watchlist
// (README.md beside this file holds the expected values).
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/AnalyticsSettings.h"
#include "analytics/engine/Engine.h"
#include "analytics/risk/RiskAvailability.h"
#include "analytics/risk/RuleSet.h"
#include "fixtures/RunDmcockpit.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

namespace {

const QString AsOf = QStringLiteral("2026-03-16");

QStringList meddpiccKeys()
{
    return {QStringLiteral("meddpicc_metrics"),           QStringLiteral("meddpicc_economic_buyer"),
            QStringLiteral("meddpicc_decision_criteria"), QStringLiteral("meddpicc_decision_process"),
            QStringLiteral("meddpicc_paper_process"),     QStringLiteral("meddpicc_identify_pain"),
            QStringLiteral("meddpicc_champion"),          QStringLiteral("meddpicc_competition")};
}

// rule id -> (missing fields, reason) for the fixture, in rule order.
struct Expected
{
    const char *rule;
    QStringList missing;
    const char *reason;
};

std::vector<Expected> expectedUnavailable()
{
    return {
        {"stale_stage",
         {QStringLiteral("stage_entered_date"), QStringLiteral("snapshot_history")},
         "no stage-entered date and one snapshot: time in stage cannot be measured"},
        {"close_date_pushed", {QStringLiteral("snapshot_history")}, "only one snapshot: changes need two"},
        {"commit_without_champion_or_eb",
         {QStringLiteral("meddpicc_champion"), QStringLiteral("meddpicc_economic_buyer")},
         "no deal has a MEDDPICC level for Champion or Economic buyer"},
        {"paper_process_unmapped",
         {QStringLiteral("meddpicc_paper_process")},
         "no deal has a MEDDPICC level for Paper process"},
        {"security_review_not_started", {QStringLiteral("security_review")}, "no deal has a security-review status"},
        {"poc_started_without_dor",
         {QStringLiteral("poc_records")},
         "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)"},
        {"poc_past_planned_end",
         {QStringLiteral("poc_records")},
         "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)"},
        {"poc_no_check_in",
         {QStringLiteral("poc_records")},
         "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)"},
        {"poc_criteria_changed",
         {QStringLiteral("poc_records")},
         "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)"},
        {"play_step_past_stage",
         {QStringLiteral("play_steps"), QStringLiteral("deal_tasks")},
         "no play is stored with its steps (plays.csv and play_steps.csv); no deal task is stored (tasks.csv)"},
        {"compliance_not_started",
         {QStringLiteral("play_artifacts"), QStringLiteral("compliance_records")},
         "no stored play names required compliance artifacts and their stage (plays.csv); no compliance artifact "
         "of a deal is stored (compliance.csv)"},
        {"partner_task_overdue", {QStringLiteral("deal_tasks")}, "no deal task is stored (tasks.csv)"},
        {"amount_dropped", {QStringLiteral("snapshot_history")}, "only one snapshot: changes need two"},
        {"meddpicc_incomplete", meddpiccKeys(), "no deal has a MEDDPICC level"},
    };
}

QString text(const nlohmann::json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

QStringList texts(const nlohmann::json &list)
{
    QStringList result;
    for (const auto &item : list)
        result << text(item);
    return result;
}

} // namespace

class TestRiskAvailability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Dataset> m_dataset;

    QString importInto(const QString &name, const QString &folder)
    {
        const QString path = m_dir.filePath(name);
        const auto imported =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--profile"),
                                QStringLiteral("canonical"), QStringLiteral("--as-of"), AsOf, folder});
        if (imported.exitCode != 0)
            qWarning("%s", imported.err.constData());
        return imported.exitCode == 0 ? path : QString();
    }

    Engine engine() const { return Engine(m_dataset, AnalyticsSettings::fromDatabase(*m_database)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = importInto(QStringLiteral("fixture.db"),
                          QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk_availability"));
        QVERIFY(!m_db.isEmpty());
        auto database = Database::open(m_db, Database::OpenMode::ReadOnly);
        QVERIFY(database.ok());
        m_database = std::move(database.value());
        auto dataset = DatasetLoader::load(*m_database);
        QVERIFY(dataset.ok());
        m_dataset = dataset.value();
        QCOMPARE(m_dataset->snapshotCount(), 1);
    }

    void presenceSummarisesTheImport()
    {
        const DataPresence &presence = m_dataset->presence();
        for (DataField field :
             {DataField::CloseDate, DataField::Amount, DataField::LastActivityDate, DataField::PocStatus,
              DataField::PocDates, DataField::HealthReading, DataField::RenewalDate})
            QVERIFY2(presence.has(field), qPrintable(dataFieldKey(field)));
        for (DataField field : {DataField::StageEnteredDate, DataField::SnapshotHistory, DataField::SecurityReview,
                                DataField::LegalReview, DataField::MeddpiccPaperProcess, DataField::MeddpiccChampion})
            QVERIFY2(!presence.has(field), qPrintable(dataFieldKey(field)));
    }

    void affectedFiltersAreUnavailableWithTheReason_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QString>("reason");
        for (const Expected &e : expectedUnavailable())
            QTest::newRow(e.rule) << QString::fromLatin1(e.rule) << e.missing << QString::fromLatin1(e.reason);
    }

    void affectedFiltersAreUnavailableWithTheReason()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, missing);
        QFETCH(QString, reason);
        const Engine e = engine();
        const auto unavailable = RiskAvailability::check(rule, e.settings().rules, *m_dataset);
        QVERIFY(unavailable);
        QCOMPARE(unavailable->missing, missing);
        QCOMPARE(unavailable->reason, reason);
        // It flags nothing, even asked for alone, and says why.
        const RiskResult result = e.exceptions(e.resolve(QDate::fromString(AsOf, Qt::ISODate)), rule);
        QVERIFY(result.hits.empty());
        QVERIFY(result.snoozed.empty());
        QCOMPARE(result.unavailable.size(), size_t(1));
        QCOMPARE(result.unavailable.front().ruleId, rule);
        QCOMPARE(result.unavailable.front().reason, reason);
    }

    void theOtherFiltersStillFire()
    {
        const Engine e = engine();
        const RiskResult result = e.exceptions(e.resolve(QDate::fromString(AsOf, Qt::ISODate)));
        QStringList unavailable;
        for (const RiskUnavailable &u : result.unavailable)
            unavailable << u.ruleId;
        QStringList expectedRules;
        for (const Expected &x : expectedUnavailable())
            expectedRules << QString::fromLatin1(x.rule);
        QCOMPARE(unavailable, expectedRules);

        QStringList hits;
        for (const RiskHit &hit : result.hits)
            hits << hit.repName + u'|' + hit.ruleId + u'|' + hit.opportunityId;
        QCOMPARE(hits,
                 (QStringList{QStringLiteral("Anna Archer|past_close_date|D3"),
                              QStringLiteral("Anna Archer|no_recent_activity|D2"),
                              QStringLiteral("Anna Archer|early_stage_commit|D2"),
                              QStringLiteral("Ben Brooks|poc_overrun_or_idle|D4"),
                              QStringLiteral("Ben Brooks|renewal_health|D5")}));
        QCOMPARE(result.hits[0].number(QStringLiteral("days_past")), 15);
        QCOMPARE(result.hits[1].number(QStringLiteral("days")), 24);
        QCOMPARE(result.hits[3].number(QStringLiteral("days_past_planned_end")), 15);
        QCOMPARE(result.hits[4].number(QStringLiteral("health")), 55);
        QCOMPARE(result.hits[4].number(QStringLiteral("days_to_renewal")), 60);
    }

    void aRuleTurnedOffIsNotListed()
    {
        AnalyticsSettings settings = AnalyticsSettings::fromDatabase(*m_database);
        settings.rules.setEnabled(QStringLiteral("security_review_not_started"), false);
        const Engine e(m_dataset, settings);
        const RiskResult result = e.exceptions(e.resolve(QDate::fromString(AsOf, Qt::ISODate)));
        QCOMPARE(result.unavailable.size(), expectedUnavailable().size() - 1);
        // ...while the list of every rule still names it.
        QCOMPARE(RiskAvailability::unavailable(settings.rules, *m_dataset, false).size(), expectedUnavailable().size());
    }

    void exceptionsJsonListsTheUnavailableFilters()
    {
        const auto result = test::runDmcockpit({QStringLiteral("exceptions"), QStringLiteral("--db"), m_db,
                                                QStringLiteral("--as-of"), AsOf, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["count"].get<int>(), 5);
        const auto &unavailable = json["unavailable"];
        const auto expected = expectedUnavailable();
        QCOMPARE(unavailable.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(text(unavailable[i]["rule_id"]), QString::fromLatin1(expected[i].rule));
            QCOMPARE(text(unavailable[i]["reason"]), QString::fromLatin1(expected[i].reason));
            QCOMPARE(texts(unavailable[i]["missing"]), expected[i].missing);
            QCOMPARE(json["count_by_rule"][expected[i].rule].get<int>(), 0);
        }
        QCOMPARE(text(unavailable[4]["rule"]), QStringLiteral("Security review not started"));
        QCOMPARE(json["count_by_rule"]["early_stage_commit"].get<int>(), 1);
    }

    void agendaSaysWhatIsNotAvailable()
    {
        const QString md = m_dir.filePath(QStringLiteral("agenda.md"));
        test::CommandRun result =
            test::runDmcockpit({QStringLiteral("agenda"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), AsOf,
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"),
                                QStringLiteral("md"), QStringLiteral("-o"), md});
        QCOMPARE(result.exitCode, 0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY2(document.contains(QStringLiteral("## Not available for this data\n")), qPrintable(document));
        QVERIFY(document.contains(QStringLiteral("14 risk filters read fields the imported data holds no value for and "
                                                 "flag no deal:")));
        QVERIFY(
            document.contains(QStringLiteral("- Security review not started: no deal has a security-review status\n")));
        QVERIFY(document.contains(QStringLiteral("- Stale stage: no stage-entered date and one snapshot: time in stage "
                                                 "cannot be measured\n")));
        QVERIFY(document.contains(QStringLiteral("- MEDDPICC incomplete: no deal has a MEDDPICC level\n")));
        // The section comes before the first rep's part.
        QVERIFY(document.indexOf(QStringLiteral("Not available for this data"))
                < document.indexOf(QStringLiteral("# Anna Archer")));

        const QString json = m_dir.filePath(QStringLiteral("agenda.json"));
        result =
            test::runDmcockpit({QStringLiteral("agenda"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), AsOf,
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json});
        QCOMPARE(result.exitCode, 0);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const auto agenda = nlohmann::json::parse(jsonFile.readAll().toStdString());
        const auto &unavailable = agenda["unavailable_filters"];
        QCOMPARE(unavailable.size(), expectedUnavailable().size());
        QCOMPARE(text(unavailable[0]["rule"]), QStringLiteral("stale_stage"));
        QCOMPARE(text(unavailable[0]["rule_name"]), QStringLiteral("Stale stage"));
        QCOMPARE(text(unavailable[4]["reason"]), QStringLiteral("no deal has a security-review status"));
        QCOMPARE(texts(unavailable[4]["missing"]), QStringList{QStringLiteral("security_review")});
    }

    void agendaInRussian()
    {
        const QString md = m_dir.filePath(QStringLiteral("agenda-ru.md"));
        const auto result =
            test::runDmcockpit({QStringLiteral("agenda"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), AsOf,
                                QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"),
                                QStringLiteral("md"), QStringLiteral("-o"), md});
        QCOMPARE(result.exitCode, 0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY2(document.contains(QStringLiteral("## Недоступно для этих данных\n")), qPrintable(document));
        QVERIFY(document.contains(QStringLiteral("ни у одной сделки не указан статус проверки ИБ")));
        QVERIFY(document.contains(QStringLiteral("только один снимок: для изменений требуются два")));
    }

    // tests/fixtures/small carries MEDDPICC for Champion and Economic buyer only: the filter
    // reading those two works, the one counting six confirmed elements of eight cannot.
    void meddpiccThresholdAboveTheElementsTheDataHas()
    {
        const QString path =
            importInto(QStringLiteral("small.db"), QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        QVERIFY(!path.isEmpty());
        auto database = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(database.ok());
        auto dataset = DatasetLoader::load(**database);
        QVERIFY(dataset.ok());
        RuleSet rules;
        QVERIFY(!RiskAvailability::check(QStringLiteral("commit_without_champion_or_eb"), rules, **dataset));
        QVERIFY(!RiskAvailability::check(QStringLiteral("security_review_not_started"), rules, **dataset));
        QVERIFY(!RiskAvailability::check(QStringLiteral("stale_stage"), rules, **dataset));
        const auto incomplete = RiskAvailability::check(QStringLiteral("meddpicc_incomplete"), rules, **dataset);
        QVERIFY(incomplete);
        QCOMPARE(incomplete->reason,
                 QStringLiteral("MEDDPICC levels exist for 2 of 8 elements (Economic buyer, "
                                "Champion), fewer than the threshold of 6 confirmed"));
        QCOMPARE(incomplete->missing.size(), 6);
        QVERIFY(rules.setParameter(QStringLiteral("meddpicc_incomplete"), QStringLiteral("min_confirmed"), 2));
        QVERIFY(!RiskAvailability::check(QStringLiteral("meddpicc_incomplete"), rules, **dataset));
        const auto paper = RiskAvailability::check(QStringLiteral("paper_process_unmapped"), rules, **dataset);
        QVERIFY(paper);
        QCOMPARE(paper->reason, QStringLiteral("no deal has a MEDDPICC level for Paper process"));
    }

    void renewalWatchlistWithoutRenewalDatesSaysSo()
    {
        // The fixture without renewal dates and health readings.
        const QString folder = m_dir.filePath(QStringLiteral("no-renewals"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *name : {"reps.csv", "opportunities.csv"})
            QVERIFY(
                QFile::copy(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk_availability/") + QLatin1String(name),
                            folder + u'/' + QLatin1String(name)));
        QFile accounts(folder + QStringLiteral("/accounts.csv"));
        QVERIFY(accounts.open(QIODevice::WriteOnly));
        accounts.write("id,name\nA1,Acme\nA2,Brio\nA3,Cobalt\n");
        accounts.close();
        const QString path = importInto(QStringLiteral("no-renewals.db"), folder);
        QVERIFY(!path.isEmpty());

        test::CommandRun result = test::runDmcockpit(
            {QStringLiteral("renewals"), QStringLiteral("--db"), path, QStringLiteral("--as-of"), AsOf});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("No account has a renewal date: the watchlist lists accounts by their "
                                             "renewal date.\n")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("No account has a health reading: health and its trend stay empty.\n")));

        result = test::runDmcockpit({QStringLiteral("renewals"), QStringLiteral("--db"), path,
                                     QStringLiteral("--as-of"), AsOf, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["missing"].size(), size_t(2));
        QCOMPARE(text(json["missing"][0]["field"]), QStringLiteral("renewal_date"));
        QCOMPARE(text(json["missing"][1]["field"]), QStringLiteral("health_reading"));
        QVERIFY(json["accounts"].empty());
        // renewal_health reads health readings and renewal (or close) dates: unavailable too.
        result = test::runDmcockpit({QStringLiteral("exceptions"), QStringLiteral("--db"), path,
                                     QStringLiteral("--as-of"), AsOf, QStringLiteral("--json"),
                                     QStringLiteral("--rule"), QStringLiteral("renewal_health")});
        const auto exceptions = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(exceptions["unavailable"].size(), size_t(1));
        QCOMPARE(text(exceptions["unavailable"][0]["reason"]), QStringLiteral("no account has a health reading"));

        // The fixture itself has both: nothing to say.
        result = test::runDmcockpit({QStringLiteral("renewals"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--as-of"), AsOf, QStringLiteral("--json")});
        QVERIFY(nlohmann::json::parse(result.out.toStdString())["missing"].empty());
    }

    // The demo district carries every field: every filter available, hit counts as before
    // availability existed (counted on main before this change).
    void demoKeepsEveryFilterAndItsHits()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        test::CommandRun result = test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(result.exitCode, 0);
        result =
            test::runDmcockpit({QStringLiteral("exceptions"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(json["unavailable"].empty());
        // 245 before the POC filters; poc_overrun_or_idle's 6 (5 overrun, 1 idle) leave it for the
        // POC rows: poc_past_planned_end 5, poc_no_check_in 1; plus 14 without DOR items and 2 with
        // criteria changed after the start: 245 - 6 + 5 + 1 + 14 + 2 = 261. The three play filters
        // on the demo's play rows (DemoPlays) add 17 deals with a step not done by their stage, 18
        // with an artifact not started at the stage and 4 with a partner task past due: 300.
        QCOMPARE(json["count"].get<int>(), 300);
        const std::pair<const char *, int> counts[] = {{"stale_stage", 99},
                                                       {"close_date_pushed", 34},
                                                       {"past_close_date", 7},
                                                       {"commit_without_champion_or_eb", 11},
                                                       {"paper_process_unmapped", 10},
                                                       {"security_review_not_started", 44},
                                                       {"poc_overrun_or_idle", 0},
                                                       {"poc_started_without_dor", 14},
                                                       {"poc_past_planned_end", 5},
                                                       {"poc_no_check_in", 1},
                                                       {"poc_criteria_changed", 2},
                                                       {"play_step_past_stage", 17},
                                                       {"compliance_not_started", 18},
                                                       {"partner_task_overdue", 4},
                                                       {"renewal_health", 3},
                                                       {"no_recent_activity", 15},
                                                       {"amount_dropped", 5},
                                                       {"meddpicc_incomplete", 8},
                                                       {"early_stage_commit", 3}};
        for (const auto &[rule, count] : counts)
            QCOMPARE(json["count_by_rule"][rule].get<int>(), count);

        auto database = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(database.ok());
        auto dataset = DatasetLoader::load(**database);
        QVERIFY(dataset.ok());
        QVERIFY(RiskAvailability::unavailable(RuleSet(), **dataset, false).empty());
        result =
            test::runDmcockpit({QStringLiteral("renewals"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY(nlohmann::json::parse(result.out.toStdString())["missing"].empty());
    }
};

QTEST_GUILESS_MAIN(TestRiskAvailability)
#include "tst_risk_availability.moc"
