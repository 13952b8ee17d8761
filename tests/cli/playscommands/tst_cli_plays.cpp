// dmcockpit partners, plays and compliance on tests/fixtures/plays (values by hand in its README):
// the JSON of each, a CSV with its rows, the text's first lines, --json with --csv refused; their
// JSON and CSV byte for byte against expected/ (refreshed on purpose with DMC_UPDATE_GOLDEN=1, as
// tests/cli/golden does); the plays part of the agenda and of a rep's coaching pack.
#include "fixtures/RunDmcockpit.h"

#include <QDir>
#include <QFile>
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

    void outputEqualsExpectedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("form");
        for (const char *command : {"partners", "plays", "compliance"})
            for (const char *form : {"json", "csv"})
                QTest::addRow("%s.%s", command, form)
                    << QStringLiteral("%1.%2").arg(QLatin1String(command), QLatin1String(form))
                    << QString::fromLatin1(command) << QString::fromLatin1(form);
    }

    // A change of any byte of the three commands' JSON or CSV on the fixture fails here with both
    // outputs' first differing line; a change made on purpose rewrites the file with
    // DMC_UPDATE_GOLDEN=1 and commits it after reading the diff.
    void outputEqualsExpectedFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        QFETCH(QString, form);
        const auto result = run(command, {QStringLiteral("--") + form});
        QCOMPARE(result.exitCode, 0);
        const QString path = QStringLiteral(DMC_TEST_DIR "/expected/") + file;
        if (qEnvironmentVariableIntValue("DMC_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(result.out);
            QSKIP("expected file rewritten: read the diff before committing");
        }
        QFile expected(path);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(path));
        const QStringList want = QString::fromUtf8(expected.readAll()).split(u'\n');
        const QStringList got = QString::fromUtf8(result.out).split(u'\n');
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(want[i] == got[i],
                     qPrintable(QStringLiteral("%1 line %2:\n  expected: %3\n  actual:   %4")
                                    .arg(file)
                                    .arg(i + 1)
                                    .arg(want[i], got[i])));
        QCOMPARE(got.size(), want.size());
    }

    void agendaPlaysPart()
    {
        // The whole fixture at 06-15, Q2: "Enterprise expansion" has d7 (e1 missing): 1 eligible, 0
        // adherent. "SLED new logo" d1, d3, d4, d5: 2 adherent of 4. Artifacts: 3 in parallel of 7
        // counted (README). Open tasks due before 06-15: t2 (SE, 06-10) and t9 (Partner, 06-12).
        const auto agenda = run(QStringLiteral("agenda"), {QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(agenda.exitCode, 0);
        const QString markdown = agenda.outText();
        QVERIFY2(markdown.contains(QStringLiteral(
                     "## Plays and compliance\n\n"
                     "- Enterprise expansion: 1 eligible deal; 0 with every step due by their stage done (0%).\n"
                     "- SLED new logo: 4 eligible deals; 2 with every step due by their stage done (50%).\n"
                     "- Compliance artifacts started in parallel: 3 of 7 required at a stage reached (43%).\n"
                     "- Open tasks past their due date by role: SE 1, Partner 1.\n")),
                 qPrintable(markdown));
        // The three play filters are available and flag d1, d7 (steps), d1 (SOC 2) and d3 (t9).
        QVERIFY2(!markdown.contains(QStringLiteral("no play is stored with its steps")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("SLED new logo: Security review booked (due by Proposal)")),
                 qPrintable(markdown));

        const auto json = run(QStringLiteral("agenda"), {QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject plays = QJsonDocument::fromJson(json.out).object()[QStringLiteral("plays")].toObject();
        QCOMPARE(plays[QStringLiteral("compliance")].toObject()[QStringLiteral("due")].toInt(), 7);
        QCOMPARE(plays[QStringLiteral("compliance")].toObject()[QStringLiteral("rate")].toDouble(), 0.4286);
        QCOMPARE(plays[QStringLiteral("tasks_overdue")].toObject()[QStringLiteral("partner")].toInt(), 1);
        const QJsonObject sled = plays[QStringLiteral("plays")].toArray()[1].toObject();
        QCOMPARE(sled[QStringLiteral("id")].toString(), QStringLiteral("sled"));
        QCOMPARE(sled[QStringLiteral("eligible")].toInt(), 4);
        QCOMPARE(sled[QStringLiteral("adherence")].toDouble(), 0.5);

        const auto russian =
            run(QStringLiteral("agenda"),
                {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(russian.exitCode, 0);
        QVERIFY2(russian.outText().contains(QStringLiteral("## Сценарии продаж и соответствие\n")),
                 qPrintable(russian.outText()));
    }

    void packPlaysPart()
    {
        // Ann Lee (r1): d1 and d2 open, d4 won in Q2 (d8 was decided in Q1). "SLED new logo": d1
        // (s2 missing) and d4: 1 of 2; "Enterprise expansion": none of hers. Artifacts: d1 VPAT in
        // parallel, SOC 2 late; d4 SOC 2 in parallel, VPAT no row (not started; d4 won, entered
        // 05-15): 2 of 4. Tasks past due: t2 (SE). The table: d1 only (d2 has FedRAMP recorded, no
        // play requires it, and c1 is due 06-20).
        const auto pack =
            run(QStringLiteral("pack"),
                {QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(pack.exitCode, 0);
        const QString markdown = pack.outText();
        QVERIFY2(markdown.contains(QStringLiteral(
                     "## Plays and compliance\n\n"
                     "- Enterprise expansion: no eligible deal.\n"
                     "- SLED new logo: 2 eligible deals; 1 with every step due by their stage done (50%).\n"
                     "- Compliance artifacts started in parallel: 2 of 4 required at a stage reached (50%).\n"
                     "- Open tasks past their due date by role: SE 1.\n")),
                 qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral(
                     "| Acme case system | Proposal | SLED new logo: Security review booked (by Proposal) | SOC 2: "
                     "started 2026-05-20, after Discovery entered 2026-05-04 | Book the security review (SE, due "
                     "2026-06-10) |")),
                 qPrintable(markdown));

        const auto json =
            run(QStringLiteral("pack"), {QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject plays = QJsonDocument::fromJson(json.out).object()[QStringLiteral("plays")].toObject();
        const QJsonArray deals = plays[QStringLiteral("deals")].toArray();
        QCOMPARE(deals.size(), 1);
        const QJsonObject d1 = deals[0].toObject();
        QCOMPARE(d1[QStringLiteral("opportunity_id")].toString(), QStringLiteral("d1"));
        QCOMPARE(d1[QStringLiteral("missing_steps")].toArray(), QJsonArray{QStringLiteral("s2")});
        QCOMPARE(d1[QStringLiteral("artifacts_not_started")].toArray(), QJsonArray{QStringLiteral("soc2")});
        QCOMPARE(d1[QStringLiteral("tasks_overdue")].toArray(), QJsonArray{QStringLiteral("t2")});
        QCOMPARE(plays[QStringLiteral("compliance")].toObject()[QStringLiteral("in_parallel")].toInt(), 2);

        // The HTML (Russian; the page keeps short words to the next with no-break spaces) and the PDF
        // carry the same part.
        const QString html = m_dir.filePath(QStringLiteral("pack-r1.html"));
        const auto htmlRun = run(QStringLiteral("pack"),
                                 {QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--lang"),
                                  QStringLiteral("ru"), QStringLiteral("--out"), html});
        QCOMPARE(htmlRun.exitCode, 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY2(page.contains(QStringLiteral("<h2>Сценарии продаж и соответствие</h2>")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("<li>Документы соответствия, начатые параллельно: 2")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("<td>SLED new logo: Security review booked (к этапу")), qPrintable(page));
        const QString pdf = m_dir.filePath(QStringLiteral("pack-r1.pdf"));
        QCOMPARE(run(QStringLiteral("pack"),
                     {QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--out"), pdf})
                     .exitCode,
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // Bo Chen (r2): d3 and d7 open; d7 misses e1, d3's t9 (Partner) is past due.
        const auto bo =
            run(QStringLiteral("pack"), {QStringLiteral("--rep"), QStringLiteral("r2"), QStringLiteral("--json")});
        QCOMPARE(bo.exitCode, 0);
        const QJsonArray boDeals = QJsonDocument::fromJson(bo.out)
                                       .object()[QStringLiteral("plays")]
                                       .toObject()[QStringLiteral("deals")]
                                       .toArray();
        QCOMPARE(boDeals.size(), 2);
        QCOMPARE(boDeals[0].toObject()[QStringLiteral("opportunity_id")].toString(), QStringLiteral("d3")); // 80,000
        QCOMPARE(boDeals[0].toObject()[QStringLiteral("tasks_overdue")].toArray(), QJsonArray{QStringLiteral("t9")});
        QCOMPARE(boDeals[1].toObject()[QStringLiteral("missing_steps")].toArray(), QJsonArray{QStringLiteral("e1")});
    }
};

QTEST_GUILESS_MAIN(TestCliPlays)
#include "tst_cli_plays.moc"
