// A database in a folder the user cannot write (folder 0555, file 0444): it opens read-only,
// the cockpit command reads it, and nothing is written, the -wal / -shm files included.
// Tests run as root here, and root ignores the mode bits; so the command runs as `nobody`
// through setpriv, and the in-process part checks what the mode bits alone decide.
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dmc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run dmcockpit(const QStringList &arguments, bool asNobody = false)
{
    QProcess process;
    if (asNobody) {
        // setpriv drops root for the child only; nobody is uid/gid 65534 on Debian.
        process.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral(DMC_BINARY)}
                          + arguments);
    } else {
        process.start(QStringLiteral(DMC_BINARY), arguments);
    }
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The shared database: the CRM data and, beside it, the DM's notes file (private to its owner, 0600:
// the other user reads no notes), docs/concurrency.md.
QStringList sharedFiles()
{
    return {QStringLiteral("region.db"), QStringLiteral("region.db-actions")};
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

constexpr auto readOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto readOnlyFolder = readOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr auto openFolder = readOnlyFolder | QFileDevice::WriteOwner;

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_folder;
    QString m_path;
    QByteArray m_cockpit; // the cockpit's JSON while the database was writable

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // QTemporaryDir is 0700: `nobody` must be able to reach the folder inside it.
        QVERIFY(QFile::setPermissions(m_root.path(), openFolder | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        m_folder = m_root.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(m_folder));
        m_path = QDir(m_folder).filePath(QStringLiteral("region.db"));
        const Run demo = dmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), m_path, QStringLiteral("--reps"),
                                    QStringLiteral("12"), QStringLiteral("--deals"), QStringLiteral("300"),
                                    QStringLiteral("--weeks"), QStringLiteral("6")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const Run cockpit =
            dmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), m_path, QStringLiteral("--json")});
        QVERIFY2(cockpit.exitCode == 0, cockpit.err.constData());
        m_cockpit = cockpit.out;
        QVERIFY(QJsonDocument::fromJson(m_cockpit).isObject());
        {
            // The last read-write connection checkpoints and removes -wal / -shm (read-only
            // ones leave them): the open below must do without them.
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        QCOMPARE(listing(m_folder), sharedFiles());
        QVERIFY(QFile::setPermissions(m_path, readOnlyFile));
        QVERIFY(QFile::setPermissions(m_folder, readOnlyFolder));
    }

    void cleanupTestCase()
    {
        QFile::setPermissions(m_folder, openFolder);
        QFile::setPermissions(m_path, readOnlyFile | QFileDevice::WriteOwner);
    }

    // The mode bits alone (what root still sees) make the open read-only, and the connection
    // then refuses writes even though root could write the file.
    void opensReadOnlyInProcess()
    {
        const QByteArray before = fileHash(m_path);
        const QDateTime modified = QFileInfo(m_path).lastModified();
        {
            auto db = Database::open(m_path);
            QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
            QVERIFY((*db)->isReadOnly());
            QSqlQuery count((*db)->connection());
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM opportunity")) && count.next());
            QCOMPARE(count.value(0).toInt(), 300);
            QVERIFY(!(*db)->setSetting(QStringLiteral("rules"), QStringLiteral("{}")).ok());
        }
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            QVERIFY((*db)->isReadOnly());
        }
        QCOMPARE(fileHash(m_path), before);
        QCOMPARE(QFileInfo(m_path).lastModified(), modified);
        QCOMPARE(listing(m_folder), sharedFiles());
    }

    // A user who cannot write the folder: SQLite cannot create -shm there, and the open must
    // not depend on it.
    void cockpitReadsAsUserWithoutWriteAccess()
    {
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: cannot run the command as a user without write access");
        if (root) {
            const Run probe = dmcockpit({QStringLiteral("--version")}, true);
            if (probe.exitCode != 0)
                QSKIP(qPrintable(QStringLiteral("user nobody cannot run %1 (its folder is private): %2")
                                     .arg(QStringLiteral(DMC_BINARY), QString::fromLocal8Bit(probe.err))));
            // The folder really is closed to that user.
            QProcess touch;
            touch.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                         QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("touch"),
                         QDir(m_folder).filePath(QStringLiteral("probe"))});
            touch.waitForFinished();
            QVERIFY(touch.exitCode() != 0);
        }
        const QByteArray before = fileHash(m_path);
        const Run cockpit =
            dmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), m_path, QStringLiteral("--json")}, root);
        QVERIFY2(cockpit.exitCode == 0, cockpit.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cockpit.out), QJsonDocument::fromJson(m_cockpit));
        QCOMPARE(fileHash(m_path), before);
        QCOMPARE(listing(m_folder), sharedFiles());
    }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
