// Every malformed input in tests/fixtures/data/malformed, through the real binary: exit 3, a message
// naming the file and line, and a database identical to before (all tables dumped and compared).
#include "fixtures/RunDmcockpit.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
const QString MalformedDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/malformed/");

// Every row of every table, sorted, as text.
QStringList dump(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return {QStringLiteral("cannot open: ") + opened.error().toString()};
    QStringList lines;
    QStringList tables = (*opened)->connection().tables();
    tables.sort();
    QSqlQuery query((*opened)->connection());
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            return {QStringLiteral("cannot read ") + table};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << table + u':' + cells.join(u'|');
        }
        rows.sort();
        lines << rows;
    }
    return lines;
}
} // namespace

class TestImportMalformed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_before;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("seeded.db"));
        const auto seeded = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                                QStringLiteral("--profile"), QStringLiteral("canonical"),
                                                QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.errText()));
        m_before = dump(m_db);
        QVERIFY(m_before.size() > 20);

        // 1 MB in a single field (generated: too big to keep in the repository).
        QDir().mkpath(m_dir.filePath(QStringLiteral("one_mb_field")));
        QFile::copy(MalformedDir + QStringLiteral("bad_amount/reps.csv"),
                    m_dir.filePath(QStringLiteral("one_mb_field/reps.csv")));
        QFile big(m_dir.filePath(QStringLiteral("one_mb_field/opportunities.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("id,owner_id,name,stage,category,amount\n"
                  "o1,r1,Alpha,Lead,pipeline,1000\n"
                  "o2,r1,\"Beta\",Lead,pipeline,\"");
        big.write(QByteArray(1 << 20, '7'));
        big.write("x\"\n");
        big.close();
    }

    void rejectsWithLineAndChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("where"); // "file, line N"
        auto row = [](const char *name, const char *profile, const char *where) {
            QTest::newRow(name) << MalformedDir + QLatin1String(name) << QString::fromLatin1(profile)
                                << QString::fromLatin1(where);
        };
        row("unclosed_quote", "canonical", "opportunities.csv, line 3");
        row("truncated", "canonical", "opportunities.csv, line 4");
        row("bad_date", "canonical", "opportunities.csv, line 4, column 7");
        row("bad_amount", "canonical", "opportunities.csv, line 2, column 6");
        row("unknown_stage", "canonical", "opportunities.csv, line 3, column 4");
        row("unknown_category", "canonical", "opportunities.csv, line 4, column 5");
        row("unknown_owner", "canonical", "opportunities.csv, line 2, column 2");
        row("duplicate_ids", "canonical", "opportunities.csv, line 5, column 1");
        row("missing_column", "canonical", "opportunities.csv, line 1");
        row("empty_file", "canonical", "opportunities.csv, line 1");
        row("bad_encoding_mix", "canonical", "reps.csv, line 3");
        row("binary_junk", "canonical", "opportunities.csv, line 2");
        row("extra_fields", "canonical", "opportunities.csv, line 3");
        row("bad_meddpicc", "canonical", "opportunities.csv, line 3, column 6");
        row("wrong_profile", "canonical", "opportunities.csv, line 1");
        row("bad_json", "canonical", "crm.json, line 4");
        row("salesforce_unknown_stage", "salesforce", "Opportunity.csv, line 3, column 5");
        row("maven_unknown_agent", "maven", "sales_pipeline.csv, line 3, column 2");
        QTest::newRow("one_mb_field") << QString() << QStringLiteral("canonical")
                                      << QStringLiteral("opportunities.csv, line 3, column 6");
    }

    void rejectsWithLineAndChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, profile);
        QFETCH(QString, where);
        if (path.isEmpty())
            path = m_dir.filePath(QStringLiteral("one_mb_field"));
        const auto run = test::runDmcockpit(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--profile"), profile, path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(where), qPrintable(run.errText()));
        QVERIFY2(run.errText().size() < 600, "the message quotes at most a short piece of the value");
        QVERIFY(run.outText().isEmpty());
        QCOMPARE(dump(m_db), m_before);
    }

    void lenientImportsValidRowsAndWritesRejects()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lenient.db"));
        const auto run = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db,
                                             QStringLiteral("--lenient"), MalformedDir + QStringLiteral("bad_amount")});
        QCOMPARE(run.exitCode, 0);
        const QStringList rejects = QDir(dir.path()).entryList({QStringLiteral("lenient.db.rejects-*.csv")});
        QCOMPARE(rejects.size(), 1);
        QFile file(dir.filePath(rejects.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("file,line,column,reason,row")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("opportunities.csv,2,6,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("is not an amount")), qPrintable(text));
        QCOMPARE(text.count(u'\n'), 2);

        auto opened = Database::open(db, Database::OpenMode::ReadOnly);
        QVERIFY(opened.ok());
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM opportunity ORDER BY id)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("o2,o3"));
        QVERIFY(query.exec(QStringLiteral("SELECT rows_read, rows_accepted, rows_rejected FROM import_log")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 5); // 2 reps + 3 deals
        QCOMPARE(query.value(1).toInt(), 4);
        QCOMPARE(query.value(2).toInt(), 1);
    }

    void usageErrors()
    {
        QCOMPARE(test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db}).exitCode, 2);
        QCOMPARE(test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--profile"), QStringLiteral("nosuch"),
                                     MalformedDir + QStringLiteral("bad_amount")})
                     .exitCode,
                 2);
        QCOMPARE(test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
                                     QStringLiteral("soon"), MalformedDir + QStringLiteral("bad_amount")})
                     .exitCode,
                 2);
        QCOMPARE(dump(m_db), m_before);
    }
};

QTEST_GUILESS_MAIN(TestImportMalformed)
#include "tst_import_malformed.moc"
