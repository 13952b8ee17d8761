#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dmc::test {

namespace {

// Asks the kernel for a free TCP port on 127.0.0.1 (bind to port 0, read it back).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() ? !chownTree(entry.filePath(), uid, gid)
                          : ::chown(QFile::encodeName(entry.filePath()).constData(), uid, gid) != 0)
            return false;
    }
    return true;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binary(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(folder());
    if (m_asPostgresUser) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PostgresServer::start()
{
    // The Debian layout keeps the server programs out of PATH.
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty()) {
        m_binDir = QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
    } else {
        const QFileInfoList versions =
            QDir(QStringLiteral("/usr/lib/postgresql"))
                .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QFileInfo &version : versions) {
            if (QFileInfo::exists(version.filePath() + QStringLiteral("/bin/initdb"))) {
                m_binDir = version.filePath() + QStringLiteral("/bin");
                break;
            }
        }
    }
    if (m_binDir.isEmpty())
        return QStringLiteral("PostgreSQL is not installed (no initdb; apt-get install postgresql)");

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dmc-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary folder");
    m_dataDir = folder() + QStringLiteral("/data");

    // initdb refuses to run as root: the server belongs to the postgres system user.
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return QStringLiteral("running as root and there is no 'postgres' user to run the server");
        if (!chownTree(folder(), user->pw_uid, user->pw_gid))
            return QStringLiteral("cannot give the temporary folder to the postgres user");
        m_asPostgresUser = true;
    }

    QString output;
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256")},
             &output))
        return QStringLiteral("initdb failed: ") + output.trimmed().right(400);

    // The superuser may use TCP without a password; every other role needs one from .pgpass.
    {
        QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write pg_hba.conf");
        hba.write("local all all trust\n"
                  "host all postgres 127.0.0.1/32 trust\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n");
    }

    // A port can be taken between asking and listening: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return QStringLiteral("no free TCP port on 127.0.0.1");
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(folder());
        if (run(binary(QStringLiteral("pg_ctl")),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), folder() + QStringLiteral("/server.log"),
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), options,
                 QStringLiteral("start")},
                &output)) {
            m_running = true;
            return {};
        }
    }
    QFile log(folder() + QStringLiteral("/server.log"));
    log.open(QIODevice::ReadOnly);
    return QStringLiteral("the server did not start: ") + QString::fromLocal8Bit(log.readAll()).right(400);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString output;
    run(binary(QStringLiteral("pg_ctl")),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
         QStringLiteral("stop")},
        &output);
}

QString PostgresServer::psql(const QString &sql, const QString &database, QString *error) const
{
    QString output;
    const bool ok = run(QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty()
                            ? binary(QStringLiteral("psql"))
                            : QStandardPaths::findExecutable(QStringLiteral("psql")),
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), folder(),
                         QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                         QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
                        &output);
    if (!ok && error)
        *error = output.trimmed();
    return ok ? output.trimmed() : QString();
}

} // namespace dmc::test
