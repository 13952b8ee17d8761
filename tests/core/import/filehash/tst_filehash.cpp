// The import's file digest (FileHash): SHA-256 test vectors from FIPS 180-2 ("abc" and a million
// "a"), a file longer than one read chunk against QCryptographicHash, an unreadable file; and
// that neither program links libcrypto (FileHash loads it on the first hash).
#include "import/csv/FileHash.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

class TestFileHash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private slots:
    void fipsVectors()
    {
        QCOMPARE(FileHash::sha256Hex(write(QStringLiteral("abc.txt"), "abc")),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(FileHash::sha256Hex(write(QStringLiteral("a.txt"), QByteArray(1000000, 'a'))),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        QCOMPARE(FileHash::sha256Hex(write(QStringLiteral("empty.txt"), QByteArray())),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void aFileOfSeveralChunks()
    {
        // 3.5 reads of 1 MB, every byte value.
        QByteArray bytes(3 * (1 << 20) + (1 << 19), Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7 + i / 1000) & 0xff);
        const QString path = write(QStringLiteral("long.bin"), bytes);
        QCOMPARE(FileHash::sha256Hex(path), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    void anUnreadableFileSaysWhy()
    {
        QString reason;
        QCOMPARE(FileHash::sha256Hex(m_dir.filePath(QStringLiteral("missing.csv")), &reason), std::nullopt);
        QVERIFY(!reason.isEmpty());
    }

    void theProgramsDoNotLinkLibcrypto_data()
    {
        QTest::addColumn<QString>("program");
        const QString commandLine = QStringLiteral(DMC_BINARY);
        QTest::newRow("dmcockpit") << commandLine;
        QTest::newRow("dmcockpit-gui") << QFileInfo(commandLine).dir().filePath(QStringLiteral("dmcockpit-gui"));
    }

    void theProgramsDoNotLinkLibcrypto()
    {
        QFETCH(QString, program);
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), program});
        QVERIFY(readelf.waitForFinished(30000));
        QCOMPARE(readelf.exitCode(), 0);
        const QByteArray dynamic = readelf.readAllStandardOutput();
        QVERIFY(dynamic.contains("(NEEDED)"));
        QVERIFY2(!dynamic.contains("libcrypto"), dynamic.constData());
    }
};

QTEST_GUILESS_MAIN(TestFileHash)
#include "tst_filehash.moc"
