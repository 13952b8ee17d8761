// The JSON conventions' text conversion (json::utf8, json::text): ASCII takes a one-allocation path,
// anything else the full UTF-8 encoder; both give the bytes an RFC 3629 encoder gives.
#include "export/json/JsonSupport.h"

#include <QTest>

using namespace dmc;
using namespace Qt::StringLiterals;

class TestJsonSupport : public QObject
{
    Q_OBJECT

private slots:
    void utf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("salesforce id") << u"0060000000001jAAA"_s << QByteArray("0060000000001jAAA");
        QTest::newRow("last ASCII unit") << u"a\u007f"_s << QByteArray("a\x7f");
        QTest::newRow("first two-byte unit") << u"\u0080"_s << QByteArray("\xc2\x80");
        QTest::newRow("Cyrillic name") << u"Иван"_s << QByteArray("\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd");
        QTest::newRow("ASCII then euro") << u"EUR €5"_s
                                         << QByteArray("EUR \xe2\x82\xac"
                                                       "5");
        QTest::newRow("surrogate pair") << u"x\U0001F600"_s << QByteArray("x\xf0\x9f\x98\x80");
    }

    void utf8()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const std::string converted = json::utf8(text);
        QCOMPARE(QByteArray::fromStdString(converted), bytes);
        QCOMPARE(json::text(text).get<std::string>(), converted);
    }
};

QTEST_APPLESS_MAIN(TestJsonSupport)
#include "tst_jsonsupport.moc"
