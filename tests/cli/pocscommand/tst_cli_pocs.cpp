// dmcockpit pocs on tests/fixtures/poc (values by hand in its README): the JSON figures, cohorts and
// one POC, the CSV's rows and neutralised cells, the text, --within and its usage error, Russian.
#include "fixtures/RunDmcockpit.h"

#include <QFile>
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

    void digest()
    {
        // Window (2026-04-30, 2026-06-15] on the Q2 board p4, p3, p5, o6, p2, p7 (README):
        // p4 ended 04-10, before the window: left out. p3: c5 changed 05-06, c6 met 05-01, t9
        // (buyer) done 05-19; day 70 of 28, 42 past; t8 (seller, due 05-01) open. p5: ended 05-08
        // (technical win), c8 and c9 met 05-08, k12 held 05-04. o6: started 05-04, check-in
        // 05-20 (its poc_last_check_in). p2: started 05-18, c3 and c4 recorded 05-10, k4 held
        // 05-25, t4 (buyer) done 06-12; day 28 of 42, 14 left; t3 and t5 (buyer) overdue. p7:
        // nothing dated in the window; starts 06-22.
        const auto run =
            test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--digest"),
                                QStringLiteral("--compare-to"), QStringLiteral("2026-04-30"), QStringLiteral("--lang"),
                                QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QString md = run.outText();
        QVERIFY2(md.contains(
                     QStringLiteral("- **As of:** 2026-06-15\n- **Changes since:** 2026-04-30\n- **POCs:** 5\n")),
                 qPrintable(md));
        const QString body = md.mid(md.indexOf(QStringLiteral("## p3")),
                                    md.indexOf(QStringLiteral("---\n")) - md.indexOf(QStringLiteral("## p3")));
        const QString expected = QStringLiteral(
            "## p3: Cedar analytics\n\n"
            "- **Account:** Cedar\n- **Owner:** Bob Stone\n- **Status:** Active\n\n"
            "### Since 2026-04-30\n\n"
            "- criterion Dashboards changed on 2026-05-06\n"
            "- criterion Import recorded met on 2026-05-01\n"
            "- buyer task Grant access done on 2026-05-19\n\n"
            "### As of 2026-06-15\n\n"
            "- day 70 of 28 planned; 42 days past the planned end\n"
            "- 1 seller task overdue: Deliver connector (due 2026-05-01)\n\n"
            "## p5: Birch data\n\n"
            "- **Account:** Birch\n- **Owner:** Bob Stone\n- **Status:** Complete\n\n"
            "### Since 2026-04-30\n\n"
            "- ended on 2026-05-08, outcome: technical win\n"
            "- criterion Accuracy recorded met on 2026-05-08\n"
            "- criterion Throughput recorded met on 2026-05-08\n"
            "- 1 check-in held: 2026-05-04\n\n"
            "### As of 2026-06-15\n\n"
            "- 25 days of 28 planned, ended 2026-05-08\n\n"
            "## o6: Cedar pilot\n\n"
            "- **Account:** Cedar\n- **Owner:** Ann Lee\n- **Status:** Active\n\n"
            "### Since 2026-04-30\n\n"
            "- started on 2026-05-04\n"
            "- 1 check-in held: 2026-05-20\n\n"
            "### As of 2026-06-15\n\n"
            "- day 42 of 28 planned; 14 days past the planned end\n\n"
            "## p2: Birch rollout\n\n"
            "- **Account:** Birch\n- **Owner:** Ann Lee\n- **Status:** Active\n\n"
            "### Since 2026-04-30\n\n"
            "- started on 2026-05-18\n"
            "- criterion Faster month end added on 2026-05-10\n"
            "- criterion Users like it added on 2026-05-10\n"
            "- 1 check-in held: 2026-05-25\n"
            "- buyer task Name admin done on 2026-06-12\n\n"
            "### As of 2026-06-15\n\n"
            "- day 28 of 42 planned; 14 days left\n"
            "- 2 buyer tasks overdue: Open firewall (due 2026-06-01); Share ledger extract (due 2026-06-12)\n\n"
            "## p7: Birch reporting\n\n"
            "- **Account:** Birch\n- **Owner:** Ann Lee\n- **Status:** Planned\n\n"
            "### Since 2026-04-30\n\n"
            "- no start, end, criterion, check-in or task recorded since 2026-04-30\n\n"
            "### As of 2026-06-15\n\n"
            "- starts 2026-06-22, 28 days planned\n\n");
        QCOMPARE(body, expected);

        // The default compare-to is 7 days before the as-of: (06-08, 06-15] holds only t4 (06-12).
        const auto week = test::runDmcockpit(
            {QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--digest"),
             QStringLiteral("--scope"), QStringLiteral("rep:r1"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(week.exitCode, 0);
        QVERIFY(week.outText().contains(QStringLiteral("- **Changes since:** 2026-06-08\n- **POCs:** 3\n")));
        QVERIFY(week.outText().contains(QStringLiteral("### Since 2026-06-08\n\n- buyer task Name admin done on "
                                                       "2026-06-12\n\n")));

        // Russian, HTML and PDF files; the usage errors.
        const QString html = m_dir.filePath(QStringLiteral("digest.html"));
        const auto ru =
            test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--digest"),
                                QStringLiteral("--compare-to"), QStringLiteral("2026-04-30"), QStringLiteral("--lang"),
                                QStringLiteral("ru"), QStringLiteral("--out"), html});
        QCOMPARE(ru.exitCode, 0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("lang=\"ru\"")));
        QVERIFY2(page.contains(QStringLiteral("день 70\u00A0из 28\u00A0по плану")), qPrintable(page));
        const QString pdf = m_dir.filePath(QStringLiteral("digest.pdf"));
        const auto printed = test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db,
                                                 QStringLiteral("--digest"), QStringLiteral("--out"), pdf});
        QCOMPARE(printed.exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QCOMPARE(test::runDmcockpit(
                     {QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), html})
                     .exitCode,
                 2);
        QCOMPARE(test::runDmcockpit({QStringLiteral("pocs"), QStringLiteral("--db"), m_db, QStringLiteral("--digest"),
                                     QStringLiteral("--json")})
                     .exitCode,
                 2);
    }

    void packListsTheRepsPocs()
    {
        // Ann Lee (r1) in Q2: o6, p2, p7 on the board (README, scope rep:r1). o6 is read from its
        // poc_* fields (no checklist); p2 misses 2 items, has c3, c4 open and t3, t5 overdue; p7
        // misses 6 items.
        const auto run = test::runDmcockpit({QStringLiteral("pack"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--format"),
                                             QStringLiteral("md"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QString md = run.outText();
        QVERIFY2(md.contains(QStringLiteral(
                     "## POCs\n\n"
                     "| POC | Deal | Status | Time line | DOR items missing at the start | Criteria | Tasks overdue |\n"
                     "| --- | --- | --- | --- | --- | --- | --- |\n"
                     "| o6 | Cedar pilot | Active | day 42 of 28 planned | not recorded | 0 met, 0 not met, 0 open | "
                     "buyer 0, seller 0 |\n"
                     "| p2 | Birch rollout | Active | day 28 of 42 planned | environment ready on or before the start; "
                     "data ready | 0 met, 0 not met, 2 open | buyer 2, seller 0 |\n"
                     "| p7 | Birch reporting | Planned | starts 2026-06-22, 28 days planned | measurable success "
                     "criterion recorded by the start; environment ready on or before the start; data ready; "
                     "evaluator named; exit / rollback plan; next step on success agreed | 0 met, 0 not met, 0 open | "
                     "buyer 0, seller 0 |\n")),
                 qPrintable(md));
        // The JSON carries the same figures.
        const auto json = test::runDmcockpit({QStringLiteral("pack"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray pocs = QJsonDocument::fromJson(json.out).object()[QStringLiteral("pocs")].toArray();
        QCOMPARE(pocs.size(), 3);
        const QJsonObject p2 = pocs[1].toObject();
        QCOMPARE(p2[QStringLiteral("id")].toString(), QStringLiteral("p2"));
        QCOMPARE(p2[QStringLiteral("elapsed_days")].toInt(), 28);
        QCOMPARE(p2[QStringLiteral("dor_missing")].toArray().size(), 2);
        QCOMPARE(p2[QStringLiteral("criteria")].toObject()[QStringLiteral("open")].toInt(), 2);
        QCOMPARE(p2[QStringLiteral("tasks_overdue")].toObject()[QStringLiteral("buyer")].toInt(), 2);
        // Bob Stone (r2): p3 and p5 on the board, p4 (ended 04-10) too.
        const auto bob = test::runDmcockpit({QStringLiteral("pack"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--rep"), QStringLiteral("r2"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(bob.out).object()[QStringLiteral("pocs")].toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliPocs)
#include "tst_cli_pocs.moc"
