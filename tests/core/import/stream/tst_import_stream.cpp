// The streaming import path: CsvByteReader reads every plain UTF-8 file exactly as CsvReader
// does (rows, lines, errors), and streamed snapshots keep the import strict, lenient and atomic.
#include "import/Importer.h"
#include "import/csv/CsvByteReader.h"
#include "import/csv/CsvReader.h"
#include "import/profile/ImportProfile.h"
#include "store/BulkLoad.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString SmallDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small/");

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<none>");
    return query.isNull(0) ? QStringLiteral("NULL") : query.value(0).toString();
}

// Every field with its line, or the error, as one comparable text.
QString describe(const Result<CsvTable> &table)
{
    if (!table)
        return QStringLiteral("error %1:%2 %3")
            .arg(table.error().line)
            .arg(table.error().column)
            .arg(table.error().message);
    QStringList out{table->header.join(u'|')};
    for (const CsvTable::Row &row : table->rows) {
        QStringList cells;
        for (int i = 0; i < row.fields.size(); ++i)
            cells << QStringLiteral("%1@%2").arg(row.fields.at(i)).arg(row.lineOf(i));
        out << cells.join(u'|');
    }
    return out.join(u'\n');
}

QString describeStreamed(const QString &path)
{
    CsvByteReader reader;
    if (Status opened = reader.open(path, QStringLiteral("x.csv"), QChar()); !opened)
        return QStringLiteral("error %1:%2 %3")
            .arg(opened.error().line)
            .arg(opened.error().column)
            .arg(opened.error().message);
    QStringList out{reader.header().join(u'|')};
    for (;;) {
        const Result<bool> next = reader.next();
        if (!next)
            return QStringLiteral("error %1:%2 %3")
                .arg(next.error().line)
                .arg(next.error().column)
                .arg(next.error().message);
        if (!*next)
            break;
        CsvTable::Row row;
        row.line = reader.line();
        row.fields = reader.fieldTexts();
        row.lineOffsets = reader.lineOffsets();
        QStringList cells;
        for (int i = 0; i < row.fields.size(); ++i)
            cells << QStringLiteral("%1@%2").arg(row.fields.at(i)).arg(row.lineOf(i));
        out << cells.join(u'|');
    }
    return out.join(u'\n');
}

} // namespace

class TestImportStream : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The small fixture with snapshots.csv replaced.
    QString folderWithSnapshots(const QByteArray &snapshots)
    {
        const QString folder = m_dir.filePath(QStringLiteral("export%1").arg(++m_count));
        QDir().mkpath(folder);
        for (const QString &name : QDir(SmallDir).entryList({QStringLiteral("*.csv")}, QDir::Files))
            if (name != QLatin1String("snapshots.csv"))
                QFile::copy(SmallDir + name, folder + u'/' + name);
        QFile file(folder + QStringLiteral("/snapshots.csv"));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(snapshots);
        return folder;
    }

    Result<Importer::Report> import(const QString &folder, std::unique_ptr<Database> &db, bool lenient = false)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_count)));
        if (!opened)
            return opened.error();
        db = std::move(opened.value());
        ImportOptions options;
        options.lenient = lenient;
        return Importer(*db, *ImportProfile::load(QStringLiteral("canonical")), options).run({folder});
    }

    // 10,000 rows (more than one batch of the producer thread): ten deals over 1,000 weeks, the
    // amount of row i is i; row 8995 (line 8996, D05) is written the Excel way and takes RowReader's path.
    static QByteArray manyRows()
    {
        QByteArray bytes = "as_of,opportunity_id,owner_id,stage,category,amount,currency,close_date,"
                           "stage_entered_date,last_activity_date\n";
        for (int i = 1; i <= 10000; ++i) {
            const QByteArray day = QDate(2000, 1, 3).addDays(7 * ((i - 1) / 10)).toString(Qt::ISODate).toLatin1();
            const QByteArray id = QByteArray::number((i - 1) % 10 + 1).rightJustified(2, '0').prepend('D');
            if (i == 8995)
                bytes += day + ", " + id + " ,r1,qualified,Pipeline,\"" + QByteArray::number(i) + ".00\",usd,,,\n";
            else
                bytes += day + "," + id + ",r1,Qualified,pipeline," + QByteArray::number(i) + ",USD,,,\n";
        }
        return bytes;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameRowsAsCsvReader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n4,5,6\n");
        QTest::newRow("crlf, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("quotes") << QByteArray("a,b\n\"x,y\",\"l1\nl2\"\n\"he said \"\"hi\"\"\",z\n");
        QTest::newRow("quoted crlf") << QByteArray("a,b\r\n\"l1\r\nl2\",2\r\n3,\"\"\r\n");
        QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"yz,2\n");
        QTest::newRow("blank lines") << QByteArray("\n\na,b\n\n1,2\n   \n3,4\n");
        QTest::newRow("semicolons") << QByteArray("a;b;c\n1,5;2;3\n");
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n");
        QTest::newRow("trailing empty fields") << QByteArray("a,b\n1,2,,\n3,4, \n");
        QTest::newRow("extra field") << QByteArray("a,b\n1,2\n1,2,3\n");
        QTest::newRow("extra field after newline") << QByteArray("a,b\n\"x\ny\",2,3\n");
        QTest::newRow("short row") << QByteArray("a,b,c\n1,2,3\n1,2\n");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"abc\ndef\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n");
        QTest::newRow("cyrillic") << QByteArray("имя,город\nПётр,\"Москва, центр\"\n");
        QTest::newRow("delimiter at end") << QByteArray("a,b\n1,");
        QTest::newRow("header only") << QByteArray("a,b\n");
    }

    void sameRowsAsCsvReader()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(bytes);
        QVERIFY(CsvByteReader::isPlainUtf8(path, QStringLiteral("auto")));
        const QString expected = describe(CsvReader::parse(bytes, QStringLiteral("x.csv"), {}));
        QCOMPARE(describeStreamed(path), expected);
    }

    // Rows cross the 1 MB chunk boundary in every state: inside quotes, on a doubled quote, on CRLF.
    void sameRowsAcrossChunks()
    {
        QByteArray bytes("id,text,n\r\n");
        for (int i = 0; bytes.size() < 3 * 1024 * 1024 + 100; ++i) {
            bytes += QByteArray::number(i) + ',';
            if (i % 3 == 0)
                bytes += "\"q \"\"" + QByteArray(i % 17, 'x') + "\"\" \r\nnext\",";
            else
                bytes += QByteArray(i % 29, 'y') + ',';
            bytes += QByteArray::number(i * 7) + (i % 5 == 0 ? "\n" : "\r\n");
        }
        const QString path = write(bytes);
        QVERIFY(CsvByteReader::isPlainUtf8(path, QString()));
        QCOMPARE(describeStreamed(path), describe(CsvReader::parse(bytes, QStringLiteral("x.csv"), {})));
    }

    void plainUtf8Only_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("plain");
        QTest::newRow("utf-8") << QByteArray("a,b\nü,2\n") << QStringLiteral("auto") << true;
        QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE"
                                                  "a\0,\0b\0",
                                                  8)
                                    << QStringLiteral("auto") << false;
        QTest::newRow("cp1251") << QByteArray("a,b\n\xCF\xF0\xE8,2\n") << QStringLiteral("auto") << false;
        QTest::newRow("profile code page") << QByteArray("a,b\n1,2\n") << QStringLiteral("windows-1251") << false;
        QTest::newRow("nul byte") << QByteArray("a,b\n1\0,2\n", 9) << QStringLiteral("auto") << false;
        QTest::newRow("control character") << QByteArray("a,b\n1\x01,2\n") << QStringLiteral("auto") << false;
        QTest::newRow("overlong") << QByteArray("a,b\n\xC0\xAF,2\n") << QStringLiteral("auto") << false;
        QTest::newRow("truncated sequence") << QByteArray("a,b\n1,\xD0") << QStringLiteral("utf-8") << false;
        QTest::newRow("blank") << QByteArray(" \n\t\n") << QStringLiteral("auto") << false;
    }

    void plainUtf8Only()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, plain);
        QCOMPARE(CsvByteReader::isPlainUtf8(write(bytes), encoding), plain);
    }

    // The fixture's rows through the stream: same count and sums as the file says.
    void snapshotsStored()
    {
        std::unique_ptr<Database> db;
        QFile source(SmallDir + QStringLiteral("snapshots.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // One row written the way Excel would: spaces, a formula quote, lower-case currency,
        // thousands separators; it takes the exact path and is stored the same.
        QByteArray bytes = source.readAll();
        bytes.replace("2026-04-06,D05,r1,Qualified,pipeline,60000,USD",
                      "2026-04-06, D05 ,r1,qualified,Pipeline,\"60,000.004\",usd");
        auto report = import(folderWithSnapshots(bytes), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->snapshots, 44);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM snapshot")), QStringLiteral("44"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT stage || '|' || category || '|' || amount || '|' || currency "
                                       "FROM snapshot WHERE as_of = '2026-04-06' AND opportunity_id = 'D05'")),
                 QStringLiteral("Qualified|pipeline|6000000|USD"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT close_date FROM snapshot WHERE as_of = '2026-03-09' AND "
                                       "opportunity_id = 'D09'")),
                 QStringLiteral("NULL"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT as_of FROM import_log")), QStringLiteral("2026-04-06"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT files FROM import_log")).contains(QLatin1String("\"rows\":44")));
    }

    // A bad row late in the file aborts the import; the rows already stepped are rolled back.
    void strictErrorRollsBack()
    {
        QFile source(SmallDir + QStringLiteral("snapshots.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes += "2026-04-13,D05,r1,Qualified,pipeline,abc,USD,2026-05-20,,\n"; // line 46
        std::unique_ptr<Database> db;
        auto report = import(folderWithSnapshots(bytes), db);
        QVERIFY(!report);
        QCOMPARE(report.error().file, QStringLiteral("snapshots.csv"));
        QCOMPARE(report.error().line, 46);
        QCOMPARE(report.error().column, 6);
        QCOMPARE(report.error().message, QStringLiteral("amount \"abc\" is not an amount"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM snapshot")), QStringLiteral("0"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), QStringLiteral("0"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_log")), QStringLiteral("0"));
    }

    void duplicateNamesFirstLine()
    {
        QFile source(SmallDir + QStringLiteral("snapshots.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes += "2026-03-09,D02,r1,Proposal,best_case,40000,USD,2026-03-27,,\n";
        std::unique_ptr<Database> db;
        auto report = import(folderWithSnapshots(bytes), db);
        QVERIFY(!report);
        QCOMPARE(report.error().line, 46);
        QCOMPARE(report.error().column, 2);
        QCOMPARE(report.error().message, QStringLiteral("\"2026-03-09|D02\" is listed twice (first on line 3)"));
    }

    void lenientSkipsBadRows()
    {
        QFile source(SmallDir + QStringLiteral("snapshots.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes += "2026-04-13,D99,r1,Qualified,pipeline,1,USD,,,\n"
                 "2026-04-13,D05,r1,Qualified,nowhere,1,USD,,,\n"
                 "2026-04-13,D05,r1,Qualified,pipeline,1,USD,,,\n";
        std::unique_ptr<Database> db;
        auto report = import(folderWithSnapshots(bytes), db, true);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rowsRejected, 2);
        QCOMPARE(report->snapshots, 45);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT MAX(as_of) FROM snapshot")), QStringLiteral("2026-04-13"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT rows_rejected FROM import_log")), QStringLiteral("2"));
    }

    // A bulk import keeps WAL (the window goes on reading, docs/concurrency.md), runs without
    // foreign-key enforcement and gives it back; at its end the WAL is checkpointed and emptied.
    void bulkLoadKeepsWalAndRestores()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        {
            BulkLoad bulk(**db);
            QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("0"));
            QVERIFY((*db)->setSetting(QStringLiteral("bulk"), QStringLiteral("written")).ok());
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        }
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));
        QCOMPARE((*db)->setting(QStringLiteral("bulk")), QStringLiteral("written"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
    }

    // Rows cross the producer thread in batches; the slow row between them keeps its place.
    void manyRowsAcrossBatches()
    {
        std::unique_ptr<Database> db;
        auto report = import(folderWithSnapshots(manyRows()), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->snapshots, 10000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM snapshot")), QStringLiteral("10000"));
        // 100 x (1 + ... + 10000) cents.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(amount) FROM snapshot")), QStringLiteral("5000500000"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT stage || '|' || category || '|' || amount || '|' || currency "
                                       "FROM snapshot WHERE as_of = '2017-03-27' AND opportunity_id = 'D05'")),
                 QStringLiteral("Qualified|pipeline|899500|USD"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT MAX(as_of) FROM snapshot")), QStringLiteral("2019-02-25"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT files FROM import_log")).contains(QLatin1String("\"rows\":10000")));
    }

    // A fast row repeating the key of the slow row, two batches later: the slow row was
    // remembered before the producer went on.
    void duplicateOfSlowRowAcrossBatches()
    {
        QByteArray bytes = manyRows();
        bytes += "2017-03-27,D05,r1,Qualified,pipeline,1,USD,,,\n"; // line 10002
        std::unique_ptr<Database> db;
        auto report = import(folderWithSnapshots(bytes), db);
        QVERIFY(!report);
        QCOMPARE(report.error().line, 10002);
        QCOMPARE(report.error().column, 2);
        QCOMPARE(report.error().message, QStringLiteral("\"2017-03-27|D05\" is listed twice (first on line 8996)"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM snapshot")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_import_stream.moc"
