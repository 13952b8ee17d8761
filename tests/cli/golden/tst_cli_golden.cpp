// The command line's output on the demo district, byte for byte: `dmcockpit demo` writes the same
// database every time (fixed seed, fixed last snapshot 2026-12-07), and every analytics command's
// --json (plus the text, CSV and Markdown forms) must print exactly the files in expected/.
// A refactoring that changes one byte fails here with a diff. A feature that changes an output on
// purpose refreshes the files with DMC_UPDATE_GOLDEN=1 (see README.md) and commits the diff.
#include "fixtures/RunDmcockpit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The moment a document was generated is the only part of an output that is not a function of
// the database and the arguments: it is replaced by <generated> on both sides.
QByteArray withoutClock(QByteArray bytes)
{
    static const QRegularExpression generatedAt(QStringLiteral("(\"generated_at\": \")[^\"]*\""));
    static const QRegularExpression footer(QStringLiteral("(DM Cockpit (?:on )?)[0-9][0-9.-]+ [0-9]{2}:[0-9]{2}"));
    QString text = QString::fromUtf8(bytes);
    text.replace(generatedAt, QStringLiteral("\\1<generated>\""));
    text.replace(footer, QStringLiteral("\\1<generated>"));
    return text.toUtf8();
}

bool updating()
{
    return qEnvironmentVariableIntValue("DMC_UPDATE_GOLDEN") == 1;
}

QString expectedPath(const QString &name)
{
    return QStringLiteral(DMC_TEST_DIR "/expected/") + name;
}

// A unified diff of the two files (diff(1) is in every Debian system), cut to its first lines.
QString diffOf(const QString &expected, const QString &actual)
{
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expected, actual});
    if (!diff.waitForFinished(30000))
        return QStringLiteral("(diff did not finish)");
    QStringList lines = QString::fromUtf8(diff.readAllStandardOutput()).split(QLatin1Char('\n'));
    const qsizetype total = lines.size();
    if (total > 80) {
        lines = lines.mid(0, 80);
        lines << QStringLiteral("... (%1 more diff lines)").arg(total - 80);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const auto demo = dmc::test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_actualDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("golden-actual"));
        QDir(m_actualDir).removeRecursively();
        QVERIFY(QDir().mkpath(m_actualDir));
    }

    void outputEqualsGoldenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        auto add = [](const char *file, QStringList arguments) {
            QTest::newRow(file) << QString::fromLatin1(file) << arguments;
        };
        // --json of every analytics command, with the defaults and with explicit options.
        add("cockpit.json", {QStringLiteral("cockpit"), QStringLiteral("--json")});
        add("cockpit-boston-2026-11-02.json",
            {QStringLiteral("cockpit"), QStringLiteral("--json"), QStringLiteral("--scope"),
             QStringLiteral("district:Boston"), QStringLiteral("--as-of"), QStringLiteral("2026-11-02"),
             QStringLiteral("--period"), QStringLiteral("2026Q4")});
        add("changes.json", {QStringLiteral("changes"), QStringLiteral("--json")});
        add("changes-new-york-09-07-to-11-30.json",
            {QStringLiteral("changes"), QStringLiteral("--json"), QStringLiteral("--from"),
             QStringLiteral("2026-09-07"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
             QStringLiteral("--scope"), QStringLiteral("district:New York")});
        add("accuracy.json", {QStringLiteral("accuracy"), QStringLiteral("--json")});
        add("accuracy-philadelphia-2026Q3.json",
            {QStringLiteral("accuracy"), QStringLiteral("--json"), QStringLiteral("--scope"),
             QStringLiteral("district:Philadelphia"), QStringLiteral("--period"), QStringLiteral("2026Q3")});
        add("renewals.json", {QStringLiteral("renewals"), QStringLiteral("--json")});
        add("renewals-boston-60-days-2026-11-16.json",
            {QStringLiteral("renewals"), QStringLiteral("--json"), QStringLiteral("--scope"),
             QStringLiteral("district:Boston"), QStringLiteral("--days"), QStringLiteral("60"),
             QStringLiteral("--as-of"), QStringLiteral("2026-11-16")});
        add("exceptions.json", {QStringLiteral("exceptions"), QStringLiteral("--json")});
        add("exceptions-stale-stage-boston-2026-11-16.json",
            {QStringLiteral("exceptions"), QStringLiteral("--json"), QStringLiteral("--rule"),
             QStringLiteral("stale_stage"), QStringLiteral("--scope"), QStringLiteral("district:Boston"),
             QStringLiteral("--as-of"), QStringLiteral("2026-11-16"), QStringLiteral("--snoozed")});
        add("pack-R004.json",
            {QStringLiteral("pack"), QStringLiteral("--json"), QStringLiteral("--rep"), QStringLiteral("R004")});
        add("pack-R008-2026-11-02.json",
            {QStringLiteral("pack"), QStringLiteral("--json"), QStringLiteral("--rep"), QStringLiteral("R008"),
             QStringLiteral("--as-of"), QStringLiteral("2026-11-02"), QStringLiteral("--compare-to"),
             QStringLiteral("2026-10-19")});
        add("agenda.json", {QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("json")});
        add("agenda-boston-by-name.json",
            {QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--scope"),
             QStringLiteral("district:Boston"), QStringLiteral("--compare-to"), QStringLiteral("2026-11-02"),
             QStringLiteral("--order"), QStringLiteral("name")});
        // Printed in pieces (an insight, a member at a time): the same bytes as the whole document.
        add("insights.json", {QStringLiteral("insights"), QStringLiteral("--json")});
        add("review.json", {QStringLiteral("review"), QStringLiteral("--json")});
        // The text, CSV and document forms, so number and percent formatting are pinned too.
        add("cockpit.txt", {QStringLiteral("cockpit")});
        add("changes.txt", {QStringLiteral("changes")});
        add("accuracy.txt", {QStringLiteral("accuracy")});
        add("renewals.txt", {QStringLiteral("renewals")});
        add("exceptions.txt", {QStringLiteral("exceptions")});
        add("exceptions.csv", {QStringLiteral("exceptions"), QStringLiteral("--csv")});
        add("agenda.md", {QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("md")});
        add("agenda-ru.md",
            {QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"),
             QStringLiteral("ru")});
        add("pack-R004.md",
            {QStringLiteral("pack"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--rep"),
             QStringLiteral("R004")});
    }

    void outputEqualsGoldenFile()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        arguments.insert(1, QStringLiteral("--db"));
        arguments.insert(2, m_db);
        const auto run = dmc::test::runDmcockpit(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray actual = withoutClock(run.out);

        const QString expected = expectedPath(file);
        if (updating()) {
            QFile out(expected);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            return;
        }
        QFile golden(expected);
        QVERIFY2(golden.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("%1 is missing; create it with DMC_UPDATE_GOLDEN=1").arg(expected)));
        if (golden.readAll() == actual)
            return;
        const QString actualPath = QDir(m_actualDir).filePath(file);
        QFile out(actualPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        out.close();
        QFAIL(
            qPrintable(QStringLiteral("dmcockpit %1\nprints something else than %2 (actual output kept in %3).\n"
                                      "If the change is intended, refresh the golden files with\n"
                                      "  DMC_UPDATE_GOLDEN=1 ctest -R tst_cli_golden\n"
                                      "and commit them with the change.\n%4")
                           .arg(arguments.join(QLatin1Char(' ')), expected, actualPath, diffOf(expected, actualPath))));
    }

    void cleanupTestCase()
    {
        if (updating())
            qInfo("golden files rewritten in %s: read the diff before committing", DMC_TEST_DIR "/expected");
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_actualDir;
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
