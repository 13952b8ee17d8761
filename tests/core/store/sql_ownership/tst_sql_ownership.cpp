// The store owns every SQL statement (docs/architecture.md): no C++ file in core/, app/, ui/ or
// bench/ outside core/store holds SQL in a string literal, and only core/store/SqliteStatement
// includes the SQLite C API. The trees are walked on disk, so a new file counts before it is
// committed.
#include "SqlTextScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

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
            << QStringList{QStringLiteral("INSERT INTO t"),       QStringLiteral("UPDATE t"),
                           QStringLiteral("DELETE FROM t"),       QStringLiteral("CREATE TABLE t"),
                           QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("ALTER TABLE t"),
                           QStringLiteral("DROP TABLE t")};
        QTest::newRow("transactions and maintenance")
            << QStringLiteral("\"BEGIN IMMEDIATE\"\n\"COMMIT\"\n\"VACUUM INTO '%1'\"\n\"REPLACE INTO t VALUES (1)\"\n")
            << QList<int>{1, 2, 3, 4}
            << QStringList{QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("COMMIT"),
                           QStringLiteral("VACUUM INTO '%1'"), QStringLiteral("REPLACE INTO t VALUES (1)")};
        QTest::newRow("comments are not literals")
            << QStringLiteral("// SELECT in a comment \"SELECT x\"\n/* \"DROP TABLE t\"\n */ int b;\n") << QList<int>{}
            << QStringList{};
        QTest::newRow("words in prose and lower case are not SQL")
            << QStringLiteral("tr(\"Create an empty database\");\ntr(\"select a row\");\n\"SELECTED\";\n")
            << QList<int>{} << QStringList{};
        QTest::newRow("a quote character does not open a literal")
            << QStringLiteral("if (c == '\"') x = 1'000;\nauto s = \"DELETE FROM t\";\n") << QList<int>{2}
            << QStringList{QStringLiteral("DELETE FROM t")};
        QTest::newRow("escaped quotes stay inside")
            << QStringLiteral("\"say \\\"hi\\\" then SELECT 1\"\n") << QList<int>{1}
            << QStringList{QStringLiteral("say \\\"hi\\\" then SELECT 1")};
        QTest::newRow("raw string over lines")
            << QStringLiteral("int a;\nauto s = R\"sql(\nSELECT \"x\"\nFROM t)sql\";\n") << QList<int>{2}
            << QStringList{QStringLiteral("\nSELECT \"x\"\nFROM t")};
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
        const QStringList files = sources();
        QStringList problems;
        for (const QString &path : files) {
            if (path.startsWith(QLatin1String("core/store/")))
                continue;
            QFile file(QDir(QStringLiteral(DMC_SOURCE_DIR)).filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            for (const SqlTextScanner::Hit &hit : SqlTextScanner::scan(QString::fromUtf8(file.readAll())))
                problems
                    << QStringLiteral("%1:%2: SQL outside core/store: \"%3\"").arg(path).arg(hit.line).arg(hit.literal);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    void onlySqliteStatementUsesTheSqliteApi()
    {
        const QStringList files = sources();
        QStringList problems;
        for (const QString &path : files) {
            if (path == QLatin1String("core/store/SqliteStatement.cpp"))
                continue;
            QFile file(QDir(QStringLiteral(DMC_SOURCE_DIR)).filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                if (file.readLine().simplified().startsWith("#include <sqlite3.h>"))
                    problems << QStringLiteral("%1:%2: includes the SQLite C API; use store/SqliteStatement")
                                    .arg(path)
                                    .arg(line);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    void theWalkCoversEveryTree()
    {
        // A walk that silently found nothing (a moved source root, a renamed tree) would pass
        // the checks above; these files are known to be there, in each tree and below its top.
        const QStringList files = sources();
        for (const char *known : {"core/store/CrmReader.cpp", "core/workspace/DmActions.cpp",
                                  "core/import/Importer.cpp", "app/commands/ExportCommand.cpp",
                                  "ui/window/MainWindow.cpp", "ui/models/Workspace.cpp", "bench/engine_bench.cpp"})
            QVERIFY2(files.contains(QLatin1String(known)), known);
        QVERIFY2(files.size() > 300, qPrintable(QStringLiteral("only %1 sources").arg(files.size())));
    }

private:
    // Every C++ source and header under core/, app/, ui/ and bench/ (tests hold SQL on purpose),
    // relative to the source root.
    static QStringList sources()
    {
        const QDir root(QStringLiteral(DMC_SOURCE_DIR));
        QStringList files;
        for (const char *tree : {"core", "app", "ui", "bench"}) {
            QDirIterator it(root.filePath(QLatin1String(tree)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.hpp"),
                             QStringLiteral("*.cc"), QStringLiteral("*.cxx")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << root.relativeFilePath(it.next());
        }
        files.sort();
        return files;
    }
};

QTEST_GUILESS_MAIN(TestSqlOwnership)
#include "tst_sql_ownership.moc"
