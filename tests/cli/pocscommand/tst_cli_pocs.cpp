// dmcockpit pocs on tests/fixtures/poc (values by hand in its README): the JSON figures, cohorts and
// one POC, the CSV's rows and neutralised cells, the text, --within and its usage error, Russian.
#include "fixtures/RunDmcockpit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

class TestCliPocs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("poc.db"));
        const auto imported =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--profile"),
                                QStringLiteral("canonical"), QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/poc")});
        QCOMPARE(imported.exitCode, 0);
    }

    void json()
    {
        const auto run = test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("as_of")].toString(), QStringLiteral("2026-06-15"));
        QCOMPARE(root[QStringLiteral("within_days")].toInt(), 90);
        const QJsonObject f = root[QStringLiteral("figures")].toObject();
        QCOMPARE(f[QStringLiteral("pocs")].toInt(), 6);
        QCOMPARE(f[QStringLiteral("dor_complete")].toInt(), 2);
        QCOMPARE(f[QStringLiteral("dor_recorded")].toInt(), 4);
        QCOMPARE(f[QStringLiteral("dor_adoption")].toDouble(), 0.5);
        QCOMPARE(f[QStringLiteral("duration_days")].toObject()[QStringLiteral("median")].toDouble(), 32.0);
        QCOMPARE(f[QStringLiteral("duration_days")].toObject()[QStringLiteral("p75")].toInt(), 42);
        QCOMPARE(f[QStringLiteral("criteria_pass_rate")].toDouble(), 0.75);
        QCOMPARE(f[QStringLiteral("technical_win_rate")].toDouble(), 0.5);
        QCOMPARE(f[QStringLiteral("with_poc")].toObject()[QStringLiteral("decided")].toInt(), 3);
        QCOMPARE(f[QStringLiteral("without_poc")].toObject()[QStringLiteral("won")].toInt(), 1);
        const QJsonArray cohorts = root[QStringLiteral("cohorts")].toArray();
        QCOMPARE(cohorts.size(), 2);
        QCOMPARE(cohorts[0].toObject()[QStringLiteral("period")].toString(), QStringLiteral("2026Q1"));
        QCOMPARE(cohorts[0].toObject()[QStringLiteral("poc_to_won")].toDouble(), 0.5);
        const QJsonObject p2 = root[QStringLiteral("pocs")].toArray()[4].toObject();
        QCOMPARE(p2[QStringLiteral("id")].toString(), QStringLiteral("p2"));
        QCOMPARE(p2[QStringLiteral("days_left")].toInt(), 14);
        QCOMPARE(p2[QStringLiteral("dor")].toObject()[QStringLiteral("missing")].toInt(), 2);
        QCOMPARE(p2[QStringLiteral("tasks")]
                     .toObject()[QStringLiteral("buyer")]
                     .toObject()[QStringLiteral("overdue")]
                     .toInt(),
                 2);
        QCOMPARE(p2[QStringLiteral("facts")].toArray()[0].toString(), QStringLiteral("day 28 of 42 planned"));

        // Within 30 days p1's deal (won 47 days after its end) is not counted.
        const auto within =
            test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                QStringLiteral("--within"), QStringLiteral("30")});
        QCOMPARE(QJsonDocument::fromJson(within.out)
                     .object()[QStringLiteral("cohorts")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("won_within")]
                     .toInt(),
                 0);
        const auto bad =
            test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--within"),
                                QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.errText().contains(QStringLiteral("--within takes a whole number from 0 to 3650.")));
    }

    void csvAndText()
    {
        const auto csv = test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--csv"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // header + 6 POCs
        QVERIFY(lines[0].contains(QStringLiteral("poc_id,opportunity_id,opportunity")));
        QVERIFY(
            lines[5].startsWith(QStringLiteral("p2,o2,Birch rollout,Birch,Ann Lee,active,,2026-05-18,2026-06-29,,"
                                               "28,42,0,14,incomplete,environment_ready; data_ready,1,0,0,2,0,2,1,")));

        const auto text = test::runDmcockpit(
            {QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("DOR complete at the start: 2 of 4 started POCs with a "
                                                        "checklist (50%); 1 started without one.")),
                 qPrintable(text.outText()));
        QVERIFY(text.outText().contains(QStringLiteral("  p3 | Cedar analytics | Bob Stone | Active | day 70 of 28 "
                                                       "planned; 42 days past the planned end;")));

        const auto russian = test::runDmcockpit(
            {QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(russian.exitCode, 0);
        QVERIFY2(russian.outText().contains(QStringLiteral("день 70\u00A0из 28\u00A0по плану")),
                 qPrintable(russian.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliPocs)
#include "tst_cli_pocs.moc"
