// The store owns every SQL statement (docs/architecture.md): no tracked C++ file outside
// core/store (tests aside) holds SQL in a string literal, and only core/store/SqliteStatement
// includes the SQLite C API.
#include "SqlTextScanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

class TestSqlOwnership : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsSqlOnlyInLiterals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QStringList>("literals");

        QTest::newRow("select") << QStringLiteral("int a;\nq.exec(QStringLiteral(\"SELECT id FROM rep\"));\n")
                                << QList<int>{2} << QStringList{QStringLiteral("SELECT id FROM rep")};
        QTest::newRow("each statement word")
            << QStringLiteral("\"INSERT INTO t\"\n\"UPDATE t\"\n\"DELETE FROM t\"\n\"CREATE TABLE t\"\n"
                              "\"PRAGMA foreign_keys\"\n\"ALTER TABLE t\"\n\"DROP TABLE t\"\n")
            << QList<int>{1, 2, 3, 4, 5, 6, 7}
            << QStringList{QStringLiteral("INSERT INTO t"), QStringLiteral("UPDATE t"),
                           QStringLiteral("DELETE FROM t"), QStringLiteral("CREATE TABLE t"),
                           QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("ALTER TABLE t"),
                           QStringLiteral("DROP TABLE t")};
        QTest::newRow("comments are not literals")
            << QStringLiteral("// SELECT in a comment \"SELECT x\"\n/* \"DROP TABLE t\"\n */ int b;\n")
            << QList<int>{} << QStringList{};
        QTest::newRow("words in prose and lower case are not SQL")
            << QStringLiteral("tr(\"Create an empty database\");\ntr(\"select a row\");\n\"SELECTED\";\n")
            << QList<int>{} << QStringList{};
        QTest::newRow("a quote character does not open a literal")
            << QStringLiteral("if (c == '\"') x = 1'000;\nauto s = \"DELETE FROM t\";\n")
            << QList<int>{2} << QStringList{QStringLiteral("DELETE FROM t")};
        QTest::newRow("escaped quotes stay inside")
            << QStringLiteral("\"say \\\"hi\\\" then SELECT 1\"\n")
            << QList<int>{1} << QStringList{QStringLiteral("say \\\"hi\\\" then SELECT 1")};
        QTest::newRow("raw string over lines")
            << QStringLiteral("int a;\nauto s = R\"sql(\nSELECT \"x\"\nFROM t)sql\";\n")
            << QList<int>{2} << QStringList{QStringLiteral("\nSELECT \"x\"\nFROM t")};
    }

    void scannerFindsSqlOnlyInLiterals()
    {
        QFETCH(QString, source);
        QFETCH(QList<int>, lines);
        QFETCH(QStringList, literals);
        const QList<SqlTextScanner::Hit> hits = SqlTextScanner::scan(source);
        QList<int> foundLines;
        QStringList foundLiterals;
        for (const SqlTextScanner::Hit &hit : hits) {
            foundLines << hit.line;
            foundLiterals << hit.literal;
        }
        QCOMPARE(foundLines, lines);
        QCOMPARE(foundLiterals, literals);
    }

    void noSqlOutsideTheStore()
    {
        const std::optional<QStringList> files = trackedSources();
        if (!files)
            QSKIP("not a git work tree: the tracked files are unknown");
        QVERIFY2(files->size() > 100, qPrintable(QStringLiteral("only %1 tracked sources").arg(files->size())));
        QStringList problems;
        for (const QString &path : *files) {
            if (path.startsWith(QLatin1String("core/store/")) || path.startsWith(QLatin1String("tests/")))
                continue;
            QFile file(QDir(QStringLiteral(DMC_SOURCE_DIR)).filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            for (const SqlTextScanner::Hit &hit : SqlTextScanner::scan(QString::fromUtf8(file.readAll())))
                problems << QStringLiteral("%1:%2: SQL outside core/store: \"%3\"").arg(path).arg(hit.line).arg(hit.literal);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    void onlySqliteStatementUsesTheSqliteApi()
    {
        const std::optional<QStringList> files = trackedSources();
        if (!files)
            QSKIP("not a git work tree: the tracked files are unknown");
        QStringList problems;
        for (const QString &path : *files) {
            if (path.startsWith(QLatin1String("tests/")) || path == QLatin1String("core/store/SqliteStatement.cpp"))
                continue;
            QFile file(QDir(QStringLiteral(DMC_SOURCE_DIR)).filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                if (file.readLine().simplified().startsWith("#include <sqlite3.h>"))
                    problems << QStringLiteral("%1:%2: includes the SQLite C API; use store/SqliteStatement").arg(path).arg(line);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

private:
    // The tracked .cpp and .h files, relative to the source root; nothing outside a git work tree.
    static std::optional<QStringList> trackedSources()
    {
        QProcess git;
        git.setWorkingDirectory(QStringLiteral(DMC_SOURCE_DIR));
        git.start(QStringLiteral("git"), {QStringLiteral("ls-files"), QStringLiteral("*.cpp"), QStringLiteral("*.h")});
        if (!git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
            return std::nullopt;
        QStringList files;
        for (const QByteArray &name : git.readAllStandardOutput().split('\n'))
            if (!name.isEmpty())
                files << QString::fromUtf8(name);
        return files;
    }
};

QTEST_GUILESS_MAIN(TestSqlOwnership)
#include "tst_sql_ownership.moc"
