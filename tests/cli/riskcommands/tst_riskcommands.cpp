// The exceptions and renewals commands on the risk fixture stored in a database
// (tests/fixtures/risk/README.md holds the expected values).
#include "fixtures/risk/RiskFixture.h"

#include "analytics/risk/RuleSet.h"
#include "fixtures/RunDmcockpit.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

namespace {

} // namespace

class TestRiskCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CommandRun exceptions(const QStringList &more)
    {
        return test::runDmcockpit(QStringList{QStringLiteral("exceptions"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--as-of"), QStringLiteral("2026-09-28")}
                                  + more);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("risk.db"));
        CrmData data = test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"));
        // Hostile names: a formula and a quote must reach a spreadsheet as text.
        for (Opportunity &o : data.opportunities) {
            if (o.id == QLatin1String("O6"))
                o.name = QStringLiteral("=HYPERLINK(\"http://x\")");
            if (o.id == QLatin1String("O9"))
                o.name = QStringLiteral("@SUM(A1), \"quoted\"");
        }
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        Transaction transaction((*db)->connectionName());
        const Status written = CrmWriter(**db).write(data);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(transaction.commit());
    }

    void jsonListsTheFifteenHits()
    {
        const auto result = exceptions({QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(json["as_of"] == "2026-09-28");
        QVERIFY(json["count"] == 15);
        QVERIFY(json["count_by_rule"]["stale_stage"] == 2);
        QVERIFY(json["count_by_rule"]["renewal_health"] == 2);
        QVERIFY(json["hits"][0]["rule_id"] == "stale_stage");
        QVERIFY(json["hits"][0]["opportunity_id"] == "O1");
        QVERIFY(json["hits"][0]["evidence"]["days"] == 39);
        QVERIFY(json["hits"][0]["evidence"]["entered"] == "2026-08-20");
        QVERIFY(json["hits"][0]["amount"] == 50000.0);

        const auto west =
            exceptions({QStringLiteral("--json"), QStringLiteral("--scope"), QStringLiteral("district:West")});
        QVERIFY(nlohmann::json::parse(west.out.toStdString())["count"] == 5);
        const auto oneRule =
            exceptions({QStringLiteral("--json"), QStringLiteral("--rule"), QStringLiteral("amount_dropped")});
        const auto drop = nlohmann::json::parse(oneRule.out.toStdString());
        QVERIFY(drop["count"] == 1);
        QVERIFY(drop["hits"][0]["evidence"]["old_amount"] == 100000.0);
        QVERIFY(drop["hits"][0]["evidence"]["new_amount"] == 75000.0);
    }

    void csvIsSafe()
    {
        const auto result =
            exceptions({QStringLiteral("--csv"), QStringLiteral("--rule"), QStringLiteral("past_close_date")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("as_of,rule_id,rule,rep_id,rep,opportunity_id,opportunity,")));
        QVERIFY2(lines[1].contains(QStringLiteral(",O6,\"'=HYPERLINK(\"\"http://x\"\")\",Umbrella,")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral(",50000.00,USD,2026-09-20,")));

        const auto security = exceptions(
            {QStringLiteral("--csv"), QStringLiteral("--rule"), QStringLiteral("security_review_not_started")});
        QVERIFY2(security.out.contains(",\"'@SUM(A1), \"\"quoted\"\"\","), security.out.constData());
    }

    void usageErrors()
    {
        QCOMPARE(exceptions({QStringLiteral("--rule"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(exceptions({QStringLiteral("--json"), QStringLiteral("--csv")}).exitCode, 2);
        QCOMPARE(exceptions({QStringLiteral("--scope"), QStringLiteral("planet:Mars")}).exitCode, 2);
        QCOMPARE(test::runDmcockpit({QStringLiteral("renewals"), QStringLiteral("--db"), m_db, QStringLiteral("--days"),
                                     QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void rulesAndSnoozesFromTheDatabase()
    {
        {
            auto db = Database::open(m_db);
            QVERIFY(db.ok());
            RuleSet rules;
            rules.setEnabled(QStringLiteral("stale_stage"), false);
            QVERIFY(rules.save(**db).ok());
            QSqlQuery insert((*db)->connection());
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO dm_action (opportunity_id, rule_id, status, snooze_until, snooze_reason, author, updated_at) "
                "VALUES ('O16', 'amount_dropped', 'snoozed', '2026-10-05', 'Scope cut agreed', 'dm', '2026-09-28')")));
        }
        const auto json = nlohmann::json::parse(exceptions({QStringLiteral("--json")}).out.toStdString());
        QVERIFY(json["count"] == 12); // 15 - 2 stale_stage - 1 snoozed
        QVERIFY(json["count_by_rule"]["stale_stage"] == 0);
        QVERIFY(json["snoozed_count"] == 1);
        QVERIFY(json["snoozed"][0]["snooze_reason"] == "Scope cut agreed");
        QVERIFY(json["snoozed"][0]["snoozed_until"] == "2026-10-05");
        const auto csv = exceptions({QStringLiteral("--csv"), QStringLiteral("--snoozed")});
        QVERIFY(csv.out.contains(",2026-10-05,Scope cut agreed\r\n"));
        {
            auto db = Database::open(m_db);
            QVERIFY((*db)->setSetting(QStringLiteral("rules"), QStringLiteral("")).ok());
            QSqlQuery remove((*db)->connection());
            QVERIFY(remove.exec(QStringLiteral("DELETE FROM dm_action")));
        }
    }

    void renewalsJson()
    {
        const auto result =
            test::runDmcockpit({QStringLiteral("renewals"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
                                QStringLiteral("2026-09-28"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(json["accounts"].size() == 3);
        QVERIFY(json["accounts"][0]["account"] == "Acme");
        QVERIFY(json["accounts"][0]["band"] == 60);
        QVERIFY(json["accounts"][0]["health"]["score"] == 58);
        QVERIFY(json["accounts"][0]["health_change"] == -17);
        QVERIFY(json["accounts"][0]["renewal_deal"]["opportunity_id"] == "O12");
        QVERIFY(json["accounts"][1]["expansion_pipeline"] == 50000.0);
        QVERIFY(json["count_by_band"]["90"] == 2);
        const auto wide = test::runDmcockpit(
            {QStringLiteral("renewals"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
             QStringLiteral("2026-09-28"), QStringLiteral("--days"), QStringLiteral("160"), QStringLiteral("--json")});
        QVERIFY(nlohmann::json::parse(wide.out.toStdString())["accounts"].size() == 4);
    }
};

QTEST_GUILESS_MAIN(TestRiskCommands)
#include "tst_riskcommands.moc"
