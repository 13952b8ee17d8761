// dmcockpit brief on the small fixture (tests/fixtures/small/README.md), as of S4 2026-04-06, with
// the DM's note and status stored beside it: the deal brief's numbers, history rows, MEDDPICC,
// renewal fields, note and exception evidence; the account brief's deals and exceptions; the PDF on
// one page; unknown ids and missing options.
#include "fixtures/SmallDatabase.h"

#include "analytics/text/DescriptiveLanguage.h"
#include "fixtures/RunDmcockpit.h"
#include "store/ActionStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

class TestCliBrief : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR (0700): without one Qt Gui warns on stderr
    QString m_db;

    test::CommandRun brief(const QStringList &more, const QString &language = QStringLiteral("en"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return test::runDmcockpit(QStringList{QStringLiteral("brief"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--lang"), language}
                                      + more,
                                  environment);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("small.db"));
        const QString imported = test::importSmallFixture(m_db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        ActionStore store(**db, QStringLiteral("dm"));
        QVERIFY(store.setNote(QStringLiteral("D04"), QString(), QStringLiteral("Order form with procurement"), 0).ok());
        QVERIFY(
            store.setStatus(QStringLiteral("D05"), QStringLiteral("stale_stage"), DmActionStatus::Reviewed, 0).ok());
        QVERIFY(store
                    .setNote(QStringLiteral("D05"), QStringLiteral("stale_stage"),
                             QStringLiteral("Discussed with Alice"), 1)
                    .ok());
    }

    // D04 at S4: Negotiation, Commit, EUR 32,000 = 40,000 USD, close 2026-05-15; created 2026-01-15,
    // 81 days before 04-06; in Negotiation since 04-01 (5 days); the close date moved once, later
    // (03-31 -> 05-15 at S4). History: S1 first (Proposal, Best Case, 50,000, 03-31), S3 amount
    // 50,000 -> 40,000, S4 stage, category and close date; S2 changed nothing and is left out.
    void dealBrief()
    {
        const auto run = brief({QStringLiteral("--deal"), QStringLiteral("D04")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString md = run.outText();
        QVERIFY2(md.startsWith(QStringLiteral(
                     "# Deal brief: Brio platform\n\nD04 · as of 2026-04-06 · amounts in USD, whole units\n")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- **Account:** Brio GmbH\n- **Owner:** Alice Archer, district East\n")));
        QVERIFY(md.contains(
            QStringLiteral("| 40,000 | Negotiation | Commit | 2026-05-15 | New | 81 days | 5 days | 1 time |\n")));
        QVERIFY(
            md.contains(QStringLiteral("Created: 2026-01-15 · Last activity: 2026-04-03 · Next step: Send order form · "
                                       "Security review: in progress · Legal review: in progress\n")));
        QVERIFY(md.contains(QStringLiteral(
            "| 2026-03-09 | Proposal | Best Case | 50,000 | 2026-03-31 | Alice Archer | first snapshot |\n"
            "| 2026-03-23 | Proposal | Best Case | 40,000 | 2026-03-31 | Alice Archer | amount |\n"
            "| 2026-04-06 | Negotiation | Commit | 40,000 | 2026-05-15 | Alice Archer | stage, category, close date |\n")));
        QVERIFY(!md.contains(QStringLiteral("| 2026-03-16 |")));
        QVERIFY(md.contains(QStringLiteral("| Champion | confirmed |\n")));
        QVERIFY(md.contains(QStringLiteral("| Economic buyer | partial |\n")));
        // Brio GmbH: renewal 2026-05-15, ARR EUR 80,000 = 100,000 USD, health 80 on 2026-03-01.
        QVERIFY2(md.contains(QStringLiteral("Account renewal 2026-05-15; ARR 100,000; health 80 on 2026-03-01")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| The deal | Open | Order form with procurement | dm |\n")));
        for (const QString &line : md.split(u'\n'))
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));
    }

    // D05 at S4: Qualified since 2026-02-20, 45 days (stale stage), the hit the DM reviewed with a note.
    void dealExceptionsWithEvidenceAndStatus()
    {
        const auto run = brief({QStringLiteral("--deal"), QStringLiteral("D05")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString md = run.outText();
        QVERIFY2(md.contains(QStringLiteral("| Exception | Evidence | DM status |\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| Reviewed: Discussed with Alice |\n")));
        QVERIFY(md.contains(QStringLiteral("| Stale stage | In Qualified since 2026-02-20")));
    }

    void accountBrief()
    {
        const auto run = brief({QStringLiteral("--account"), QStringLiteral("a2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString md = run.outText();
        QVERIFY2(md.startsWith(QStringLiteral("# Account brief: Brio GmbH\n")), qPrintable(md));
        // Open at S4: D11 (35,000, close 03-31) then D04 (40,000, 05-15); D07 left the export after S2.
        QVERIFY(md.contains(QStringLiteral("2 open deals, 75,000 USD in all.")));
        QVERIFY(md.contains(
            QStringLiteral("| Brio analytics | New | Discovery | Pipeline | 35,000 | 2026-03-31 | Carol Chen |\n"
                           "| Brio platform | New | Negotiation | Commit | 40,000 | 2026-05-15 | Alice Archer |\n")));
        QVERIFY(md.contains(QStringLiteral(
            "| Brio pilot | New | Proposal, not in the export after 2026-03-16 | 25,000 | 2026-03-28 | Bob Baker |\n")));
        QVERIFY(md.contains(QStringLiteral("Won 0 deals (0 USD); lost 1 deal (25,000 USD).")));
    }

    void pdfIsOnePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Deal brief: Brio platform"), QStringLiteral("40,000"),
                                           QStringLiteral("Order form with procurement")};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList{QStringLiteral("Brio platform"), QStringLiteral("40 000"),
                                           QStringLiteral("Order form with procurement")};
    }

    void pdfIsOnePage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo and pdftotext (poppler-utils) are not installed");
        const QString path = m_dir.filePath(QStringLiteral("brief-%1.pdf").arg(language));
        const auto run =
            brief({QStringLiteral("--deal"), QStringLiteral("D04"), QStringLiteral("--out"), path}, language);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished();
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(infoText));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        text.waitForFinished();
        const QString content = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0xa0), u' ');
        for (const QString &piece : expected)
            QVERIFY2(content.contains(piece), qPrintable(piece));
    }

    void errors()
    {
        const auto deal = brief({QStringLiteral("--deal"), QStringLiteral("NOPE")});
        QCOMPARE(deal.exitCode, 3);
        QCOMPARE(deal.errText().trimmed(), QStringLiteral("No deal with id \"NOPE\" in the database."));
        const auto account = brief({QStringLiteral("--account"), QStringLiteral("zz")});
        QCOMPARE(account.exitCode, 3);
        QCOMPARE(account.errText().trimmed(), QStringLiteral("No account with id \"zz\" in the database."));
        const auto neither = brief({});
        QCOMPARE(neither.exitCode, 2);
        QCOMPARE(neither.errText().trimmed(), QStringLiteral("brief takes one of --deal ID or --account ID."));
        const auto russian = brief({QStringLiteral("--deal"), QStringLiteral("NOPE")}, QStringLiteral("ru"));
        QCOMPARE(russian.exitCode, 3);
        QVERIFY(russian.errText().contains(QStringLiteral("NOPE")));
    }
};

QTEST_GUILESS_MAIN(TestCliBrief)
#include "tst_cli_brief.moc"
