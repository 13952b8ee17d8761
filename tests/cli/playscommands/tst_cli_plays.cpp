// dmcockpit partners, plays and compliance on tests/fixtures/plays (values by hand in its README):
// the JSON of each, a CSV with its rows, the text's first lines, --json with --csv refused.
#include "fixtures/RunDmcockpit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

class TestCliPlays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CommandRun run(const QString &command, QStringList more = {}) const
    {
        return test::runDmcockpit(
            QStringList{command, QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")} + more);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("plays.db"));
        const auto imported =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--profile"),
                                QStringLiteral("canonical"), QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/plays")});
        QCOMPARE(imported.exitCode, 0);
    }

    void partnersJson()
    {
        const auto result = run(QStringLiteral("partners"), {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root[QStringLiteral("query")].toObject()[QStringLiteral("as_of")].toString(),
                 QStringLiteral("2026-06-15"));
        const QJsonObject split = root[QStringLiteral("attribution")].toObject();
        QCOMPARE(split[QStringLiteral("sourced")].toObject()[QStringLiteral("amount")].toDouble(), 160000.0);
        QCOMPARE(split[QStringLiteral("influenced")].toObject()[QStringLiteral("deals")].toInt(), 1);
        QCOMPARE(split[QStringLiteral("none")].toObject()[QStringLiteral("amount")].toDouble(), 170000.0);
        QCOMPARE(root[QStringLiteral("coverage")].toObject()[QStringLiteral("share")].toDouble(), 0.6);
        const QJsonObject all = root[QStringLiteral("with_without")].toArray()[2].toObject();
        QCOMPARE(all[QStringLiteral("segment")].toString(), QStringLiteral("*"));
        QVERIFY(all[QStringLiteral("with_partner")].toObject()[QStringLiteral("win_rate")].isNull());
        QCOMPARE(all[QStringLiteral("without_partner")].toObject()[QStringLiteral("decided")].toInt(), 2);
        const QJsonObject alpha = root[QStringLiteral("partners")].toArray()[0].toObject();
        QCOMPARE(alpha[QStringLiteral("name")].toString(), QStringLiteral("Alpha Partners"));
        QCOMPARE(alpha[QStringLiteral("sourced_amount")].toDouble(), 140000.0);
        QVERIFY(alpha[QStringLiteral("win_rate")].isNull());
    }

    void playsJson()
    {
        const auto result = run(QStringLiteral("plays"), {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        const QJsonObject sled = root[QStringLiteral("plays")].toArray()[1].toObject();
        QCOMPARE(sled[QStringLiteral("eligible")].toInt(), 4);
        QCOMPARE(sled[QStringLiteral("adherence")].toDouble(), 0.5);
        QCOMPARE(sled[QStringLiteral("deals")].toArray()[0].toObject()[QStringLiteral("missing_steps")].toArray()[0],
                 QJsonValue(QStringLiteral("s2")));
        const QJsonObject ae = root[QStringLiteral("task_roles")].toArray()[0].toObject();
        QCOMPARE(ae[QStringLiteral("role")].toString(), QStringLiteral("ae"));
        QCOMPARE(ae[QStringLiteral("longest_chain")].toObject()[QStringLiteral("days_after_close")].toInt(), 5);
    }

    void complianceJsonAndCsv()
    {
        const auto json = run(QStringLiteral("compliance"), {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root[QStringLiteral("due")].toInt(), 7);
        QCOMPARE(root[QStringLiteral("in_parallel")].toInt(), 3);
        QCOMPARE(root[QStringLiteral("cells")].toArray()[1].toObject()[QStringLiteral("state")].toString(),
                 QStringLiteral("started_late"));

        const auto csv = run(QStringLiteral("compliance"), {QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = QString::fromUtf8(csv.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10); // the header and 9 cells
        QVERIFY2(lines[2].startsWith(QStringLiteral("d1,Acme case system,soc2,1,Discovery,2026-05-04,in_progress,"
                                                    "2026-05-20,,started_late")),
                 qPrintable(lines[2]));
    }

    void text()
    {
        const auto partners = run(QStringLiteral("partners"));
        QCOMPARE(partners.exitCode, 0);
        QVERIFY2(
            partners.outText().startsWith(QStringLiteral(
                "Partners as of 2026-06-15, Q2 FY2026, scope All reps: 7 deals open at the as-of or decided in the period.")),
            qPrintable(partners.outText()));
        const auto compliance = run(QStringLiteral("compliance"));
        QVERIFY2(compliance.outText().contains(QStringLiteral("3 of 7 required artifacts started in parallel (43%)")),
                 qPrintable(compliance.outText()));
        const auto both = run(QStringLiteral("plays"), {QStringLiteral("--json"), QStringLiteral("--csv")});
        QCOMPARE(both.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPlays)
#include "tst_cli_plays.moc"
