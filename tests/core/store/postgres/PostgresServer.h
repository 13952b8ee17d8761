#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dmc::test {

// A throw-away PostgreSQL server for tests: initdb into a temporary folder, listen on
// 127.0.0.1 on a free port (and a Unix socket in the folder), stop and delete at the end.
// Run as root (CI), the server runs as the `postgres` system user through runuser.
// Local socket connections are trusted; TCP connections need a password (scram), except
// for the `postgres` superuser, so the roles the tests create prove the .pgpass path.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Empty on success, else why the server could not start (the test skips with it).
    QString start();
    void stop();

    int port() const { return m_port; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    // Runs SQL as the superuser through psql; returns psql's output, or sets `error`.
    QString psql(const QString &sql, const QString &database, QString *error = nullptr) const;

private:
    QString binary(const QString &name) const;
    bool run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 60000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace dmc::test
