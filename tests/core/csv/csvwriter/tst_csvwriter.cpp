#include "csv/CsvWriter.h"

#include <QTest>

using namespace dmc;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("comma") << QStringLiteral("Acme, Inc") << QStringLiteral("\"Acme, Inc\"");
        QTest::newRow("quote") << QStringLiteral("the \"big\" one") << QStringLiteral("\"the \"\"big\"\" one\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("cyrillic") << QStringLiteral("Сделка; 1") << QStringLiteral("Сделка; 1");
        QTest::newRow("empty") << QString() << QString();
    }

    void escapes()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(cell), expected);
    }

    void writesRowsWithCrlfAndPlainNumbers()
    {
        CsvWriter csv;
        csv.addRow({QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("delta")});
        csv.addText(QStringLiteral("O-1")).addMoney(123450).addMoney(-5).endRow();
        csv.addText(QStringLiteral("-x")).addNumber(qint64(-7)).addNumber(1.25, 2).endRow();
        csv.addEmpty().addText(QStringLiteral("a,b")).endRow();
        QCOMPARE(csv.text(), QStringLiteral("id,amount,delta\r\nO-1,1234.50,-0.05\r\n'-x,-7,1.25\r\n,\"a,b\"\r\n"));
        QVERIFY(csv.toUtf8(true).startsWith("\xEF\xBB\xBFid,"));
        QVERIFY(csv.toUtf8().startsWith("id,"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
