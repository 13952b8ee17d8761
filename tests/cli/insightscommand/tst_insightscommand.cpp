// dmcockpit insights on the concentration fixture of tests/core/analytics/insights (its README.md holds the
// expected values) stored in a database, with a stored dismissal and a smaller cap.
#include "fixtures/insights/InsightFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/AnalyticsSettings.h"
#include "analytics/engine/Engine.h"
#include "analytics/insights/InsightReview.h"
#include "fixtures/RunDmcockpit.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/InsightMarkStore.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

class TestInsightsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CommandRun insights(const QStringList &more)
    {
        return test::runDmcockpit(QStringList{QStringLiteral("insights"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--as-of"), QStringLiteral("2026-11-16"),
                                              QStringLiteral("--scope"), QStringLiteral("district:Central")}
                                  + more);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("insights.db"));
        const CrmData data =
            test::loadInsightFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/insights/concentration.json"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        {
            Transaction transaction((*db)->connectionName());
            QVERIFY(CrmWriter(**db).write(data).ok());
            QVERIFY(transaction.commit());
        }
        // The DM's settings: a cap of two; Lea Lane's concentration dismissed at 60 %.
        QVERIFY((*db)->setSetting(QStringLiteral("insight_cap"), QStringLiteral("2")).ok());
        const Engine engine(DatasetLoader::fromCrmData(data), AnalyticsSettings());
        const auto computed = engine.insights(
            engine.resolve(QDate(2026, 11, 16), std::nullopt, Scope::district(QStringLiteral("Central"))));
        for (const Insight &insight : computed) {
            if (insight.ruleId != QLatin1String("commit_concentration"))
                continue;
            const auto saved =
                InsightMarkStore(**db, QStringLiteral("dm"))
                    .save(InsightReview::markFor(insight, InsightMarkStatus::Dismissed,
                                                 QStringLiteral("signed, paper in legal"), QDate(2026, 11, 16)),
                          0);
            QVERIFY(saved.ok());
        }
    }

    void jsonHoldsTheListTheMarksAndTheLineage()
    {
        const auto result = insights({QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(json["as_of"] == "2026-11-16");
        QVERIFY(json["compare_to"] == "2026-11-09");
        QVERIFY(json["scope"] == "district:Central");
        QVERIFY(json["cap"] == 2);
        QVERIFY(json["listed"] == 2);
        QVERIFY(json["shown"] == 2);
        QVERIFY(json["more"] == 0);
        QVERIFY(json["dismissed"] == 1);
        QVERIFY(json["new"] == 1);
        const auto &list = json["insights"];
        QCOMPARE(list.size(), size_t(3));
        QVERIFY(list[0]["key"] == "scope_trend:open_pipeline:scope:district:Central");
        QVERIFY(list[0]["rank"] == 1);
        QVERIFY(list[0]["state"] == "new");
        QVERIFY(list[0]["stake"] == 400000.0);
        QVERIFY(list[0]["numbers"][0]["key"] == "from");
        QVERIFY(list[0]["numbers"][0]["value"] == 1550000.0);
        QVERIFY(list[0]["chart"]["kind"] == "series");
        QCOMPARE(list[0]["chart"]["dates"].size(), size_t(5));
        QVERIFY(list[1]["rule"] == "close_clustering");
        QVERIFY(list[1]["state"] == "unseen");
        QVERIFY(list[1]["subject"]["kind"] == "rep");
        QVERIFY(list[1]["subject"]["id"] == "K3");
        QVERIFY(list[1]["baseline"]["thresholds"]["days"] == 7);
        QVERIFY(list[1]["deals"] == nlohmann::json({"KD", "KE"}));
        QVERIFY(list[1]["snapshots"] == nlohmann::json({"2026-11-16"}));
        QVERIFY(list[2]["rule"] == "commit_concentration");
        QVERIFY(list[2]["state"] == "dismissed");
        QVERIFY(list[2]["rank"].is_null());
        QVERIFY(list[2]["shown"] == false);
        QVERIFY(list[2]["note"] == "signed, paper in legal");
        QVERIFY(list[2]["marked_by"] == "dm");
        QVERIFY(list[2]["text"]
                == "Lea Lane: Deal KA is 60% of the Commit for Q4 FY2026 (300,000 USD of 500,000 USD "
                   "across 3 deals).");
    }

    void csvAndTextAndRussian()
    {
        const auto csv = insights({QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].startsWith(QStringLiteral("rank,shown,state,kind,rule_id,rule,key,")));
        QVERIFY(rows[1].startsWith(QStringLiteral("1,yes,new,trend,scope_trend,")));
        QVERIFY(rows[2].contains(QStringLiteral(",300000.00,USD,2026-11-16,")));
        QVERIFY(rows[2].contains(QStringLiteral(",KD KE,2026-11-16,")));
        QVERIFY(rows[3].startsWith(QStringLiteral(",no,dismissed,concentration,commit_concentration,")));

        const auto text = insights({});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.startsWith(QStringLiteral("2 patterns as of 2026-11-16, scope District Central.\n"
                                               "1 new since 2026-11-09.\n"
                                               "1. [New] Trend | Pipeline and commit trend | District Central: open "
                                               "pipeline for Q4 FY2026 went from 1,550,000 USD")),
                 qPrintable(out));
        QVERIFY(out.endsWith(QStringLiteral("1 dismissed, numbers within the recorded values.\n")));

        const auto russian = insights({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(russian.exitCode, 0);
        const auto json = nlohmann::json::parse(russian.out.toStdString());
        QCOMPARE(
            QString::fromStdString(json["insights"][1]["text"].get<std::string>()),
            QStringLiteral(
                "Max Moss: 67\u00a0%\u00a0открытой воронки за 4\u00a0кв.\u00a02026 (300\u00a0000\u00a0USD\u00a0из 450\u00a0000\u00a0USD; "
                "2\u00a0из 4\u00a0сделок) закрывается в последние 7\u00a0дней\u00a0периода, 25.12.2026 – 31.12.2026."));
    }

    void usageErrors()
    {
        const auto both = insights({QStringLiteral("--json"), QStringLiteral("--csv")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("Choose one of --json and --csv."));
        const auto lang = insights({QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(lang.exitCode, 2);
        QCOMPARE(lang.errText(), QStringLiteral("--lang takes en or ru, not \"de\".\n"));
    }
};

QTEST_GUILESS_MAIN(TestInsightsCommand)
#include "tst_insightscommand.moc"
