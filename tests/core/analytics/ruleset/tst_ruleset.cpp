#include "analytics/risk/RuleSet.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void defaultsHoldTheTwelveFiltersOfDomainSection4TheFourPocAndTheThreePlayFilters()
    {
        const RuleSet rules;
        QCOMPARE(rules.rules().size(), size_t(19));
        const QStringList expected{QStringLiteral("stale_stage"),
                                   QStringLiteral("close_date_pushed"),
                                   QStringLiteral("past_close_date"),
                                   QStringLiteral("commit_without_champion_or_eb"),
                                   QStringLiteral("paper_process_unmapped"),
                                   QStringLiteral("security_review_not_started"),
                                   QStringLiteral("poc_overrun_or_idle"),
                                   QStringLiteral("poc_started_without_dor"),
                                   QStringLiteral("poc_past_planned_end"),
                                   QStringLiteral("poc_no_check_in"),
                                   QStringLiteral("poc_criteria_changed"),
                                   QStringLiteral("play_step_past_stage"),
                                   QStringLiteral("compliance_not_started"),
                                   QStringLiteral("partner_task_overdue"),
                                   QStringLiteral("renewal_health"),
                                   QStringLiteral("no_recent_activity"),
                                   QStringLiteral("amount_dropped"),
                                   QStringLiteral("meddpicc_incomplete"),
                                   QStringLiteral("early_stage_commit")};
        QCOMPARE(RuleSet::ruleIds(), expected);
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(rules.rules()[size_t(i)].id, expected[i]);
            QVERIFY(rules.isEnabled(expected[i]));
            QVERIFY(!RuleSet::displayName(expected[i]).isEmpty());
            QVERIFY(RuleSet::displayName(expected[i]) != expected[i]);
            QVERIFY(!RuleSet::description(expected[i]).isEmpty());
        }
        auto p = [&](const char *id, const char *key) {
            return rules.parameter(QLatin1String(id), QLatin1String(key));
        };
        QCOMPARE(p("stale_stage", "days"), 30);
        QCOMPARE(p("close_date_pushed", "count"), 2);
        QCOMPARE(p("close_date_pushed", "window_days"), 90);
        QCOMPARE(p("paper_process_unmapped", "days"), 30);
        QCOMPARE(p("security_review_not_started", "days"), 45);
        QCOMPARE(p("poc_overrun_or_idle", "idle_days"), 14);
        QCOMPARE(p("poc_no_check_in", "days"), 14);
        QCOMPARE(p("renewal_health", "days"), 120);
        QCOMPARE(p("renewal_health", "health"), 60);
        QCOMPARE(p("renewal_health", "drop"), 10);
        QCOMPARE(p("renewal_health", "window_days"), 30);
        QCOMPARE(p("no_recent_activity", "days"), 21);
        QCOMPARE(p("amount_dropped", "percent"), 20);
        QCOMPARE(p("meddpicc_incomplete", "min_confirmed"), 6);
        QCOMPARE(p("early_stage_commit", "max_probability"), 40);
        // Per-stage limits, and the general limit for a stage without one.
        QCOMPARE(rules.stageLimit(QStringLiteral("Lead")), 45);
        QCOMPARE(rules.stageLimit(QStringLiteral("Negotiation")), 21);
        QCOMPARE(rules.stageLimit(QStringLiteral("Proposal")), 30);
        QCOMPARE(rules.stageLimit(QStringLiteral("Some custom stage")), 30);
    }

    void roundTripsThroughJson()
    {
        RuleSet rules;
        rules.setEnabled(QStringLiteral("amount_dropped"), false);
        QVERIFY(rules.setParameter(QStringLiteral("no_recent_activity"), QStringLiteral("days"), 10));
        const QByteArray text = QByteArray::fromStdString(rules.toJson().dump());
        auto parsed = RuleSet::fromJson(text, QStringLiteral("x.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QVERIFY(*parsed == rules);
        QVERIFY(!(*parsed == RuleSet()));
    }

    void rejectsBadValuesWithTheirJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown rule") << QByteArray(R"({"rules":[{"id":"nope","enabled":true}]})")
                                      << QStringLiteral("x.json: rules[0].id: unknown rule \"nope\"");
        QTest::newRow("negative days") << QByteArray(R"({"rules":[{"id":"stale_stage","params":{"days":-1}}]})")
                                       << QStringLiteral(
                                              "x.json: rules[0].params.days: expected a whole number from 0 to 3650");
        QTest::newRow("fraction") << QByteArray(
            R"({"rules":[{"id":"x","enabled":true},{"id":"amount_dropped","params":{"percent":2.5}}]})")
                                  << QStringLiteral("x.json: rules[0].id: unknown rule \"x\"");
        QTest::newRow("percent range") << QByteArray(R"({"rules":[{"id":"amount_dropped","params":{"percent":101}}]})")
                                       << QStringLiteral(
                                              "x.json: rules[0].params.percent: expected a whole number from 1 to 100");
        QTest::newRow("unknown parameter")
            << QByteArray(R"({"rules":[{"id":"past_close_date","params":{"days":3}}]})")
            << QStringLiteral("x.json: rules[0].params.days: unknown parameter for rule \"past_close_date\"");
        QTest::newRow("enabled not bool") << QByteArray(R"({"rules":[{"id":"past_close_date","enabled":"yes"}]})")
                                          << QStringLiteral("x.json: rules[0].enabled: expected true or false");
        QTest::newRow("stage days elsewhere")
            << QByteArray(R"({"rules":[{"id":"past_close_date","stage_days":{"Lead":3}}]})")
            << QStringLiteral("x.json: rules[0].stage_days: only the stale_stage rule has stage limits");
        QTest::newRow("stage days value")
            << QByteArray(R"({"rules":[{"id":"stale_stage","stage_days":{"Lead":"x"}}]})")
            << QStringLiteral("x.json: rules[0].stage_days.Lead: expected a whole number from 0 to 3650");
        QTest::newRow("twice") << QByteArray(R"({"rules":[{"id":"past_close_date"},{"id":"past_close_date"}]})")
                               << QStringLiteral("x.json: rules[1].id: rule \"past_close_date\" appears twice");
        QTest::newRow("no list") << QByteArray(R"({"rule":[]})")
                                 << QStringLiteral("x.json: rules: expected a list of rules");
        QTest::newRow("syntax") << QByteArray("{\n  \"rules\": [,]\n}")
                                << QStringLiteral("x.json, line 2, column 13: not valid JSON");
    }

    void rejectsBadValuesWithTheirJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        RuleSet rules;
        const RuleSet before = rules;
        const Status status = rules.merge(json, QStringLiteral("x.json"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::BadInput);
        QVERIFY2(status.error().toString().startsWith(expected), qPrintable(status.error().toString()));
        QVERIFY(rules == before); // nothing changed
    }

    void completeFileMustListEveryRuleAndParameter()
    {
        auto missingRule = RuleSet::fromJson(R"({"rules":[]})", QStringLiteral("x.json"));
        QVERIFY(!missingRule.ok());
        QCOMPARE(missingRule.error().toString(), QStringLiteral("x.json: rules: rule \"stale_stage\" is missing"));

        nlohmann::json full = RuleSet().toJson();
        full["rules"][16]["params"].erase("percent"); // amount_dropped
        auto missingParam = RuleSet::fromJson(QByteArray::fromStdString(full.dump()), QStringLiteral("x.json"));
        QVERIFY(!missingParam.ok());
        QCOMPARE(missingParam.error().toString(), QStringLiteral("x.json: rules[16].params.percent: missing"));
    }

    void mergesPartialOverrides()
    {
        RuleSet rules;
        const Status status = rules.merge(
            R"({"rules":[{"id":"stale_stage","stage_days":{"Proposal":12}},
                         {"id":"amount_dropped","enabled":false},
                         {"id":"renewal_health","params":{"health":70}}]})",
            QStringLiteral("x.json"));
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
        QCOMPARE(rules.stageLimit(QStringLiteral("Proposal")), 12);
        QCOMPARE(rules.stageLimit(QStringLiteral("Lead")), 45);  // untouched
        QVERIFY(rules.isEnabled(QStringLiteral("stale_stage"))); // "enabled" left out: kept
        QVERIFY(!rules.isEnabled(QStringLiteral("amount_dropped")));
        QCOMPARE(rules.parameter(QStringLiteral("renewal_health"), QStringLiteral("health")), 70);
        QCOMPARE(rules.parameter(QStringLiteral("renewal_health"), QStringLiteral("drop")), 10);

        const nlohmann::json diff = rules.differencesFrom(RuleSet());
        QVERIFY(diff["rules"].size() == size_t(3));
        QVERIFY(diff["rules"][0]["id"] == "stale_stage");
        QVERIFY(!diff["rules"][0].contains("enabled"));
        QVERIFY(diff["rules"][0]["stage_days"]["Proposal"] == 12);
        QVERIFY(diff["rules"][0]["stage_days"].size() == size_t(1));
        QVERIFY(diff["rules"][1]["id"] == "renewal_health");
        QVERIFY(diff["rules"][1]["params"]["health"] == 70);
        QVERIFY(diff["rules"][2]["id"] == "amount_dropped");
        QVERIFY(diff["rules"][2]["enabled"] == false);
    }

    void settersCheckRanges()
    {
        RuleSet rules;
        QVERIFY(!rules.setParameter(QStringLiteral("meddpicc_incomplete"), QStringLiteral("min_confirmed"), 9));
        QVERIFY(!rules.setParameter(QStringLiteral("past_close_date"), QStringLiteral("days"), 3));
        QVERIFY(!rules.setParameter(QStringLiteral("nope"), QStringLiteral("days"), 3));
        QVERIFY(rules.setParameter(QStringLiteral("meddpicc_incomplete"), QStringLiteral("min_confirmed"), 8));
        QVERIFY(!rules.setStageLimit(QString(), 3));
        QVERIFY(rules.setStageLimit(QStringLiteral("Proposal"), 3));
        QCOMPARE(rules.stageLimit(QStringLiteral("Proposal")), 3);
    }

    void savesOnlyDifferencesInTheDatabaseSetting()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("r.db")));
        QVERIFY(db.ok());
        auto loaded = RuleSet::load(**db);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == RuleSet());

        RuleSet rules;
        rules.setEnabled(QStringLiteral("past_close_date"), false);
        QVERIFY(rules.setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 40));
        QVERIFY(rules.save(**db).ok());
        const auto stored = nlohmann::json::parse((*db)->setting(QStringLiteral("rules")).toStdString());
        QVERIFY(stored["rules"].size() == size_t(2));

        auto again = RuleSet::load(**db);
        QVERIFY(again.ok());
        QVERIFY(*again == rules);
        QCOMPARE(again->stageLimit(QStringLiteral("Lead")), 45); // its own limit kept
        QCOMPARE(again->stageLimit(QStringLiteral("Custom")), 40);

        QVERIFY((*db)->setSetting(QStringLiteral("rules"), QStringLiteral("{\"rules\":[{\"id\":1}]}")).ok());
        auto broken = RuleSet::load(**db);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().toString().contains(QStringLiteral("rules[0].id")),
                 qPrintable(broken.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
