#pragma once

#include "domain/Error.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace dmc {

// One open DM Cockpit database: an SQLite file or a PostgreSQL team database
// (postgresql://user@host:port/dbname), with the schema migrated to the latest version.
// Holds only the Qt connection name; the QSqlDatabase is fetched by name where needed,
// and the connection is removed on destruction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dmc::Database)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // An SQLite file is created (mode 0600) when it does not exist and mode is ReadWrite;
    // an existing file is quick-checked (skipped while unchanged since its last clean check:
    // QuickCheckRecord), backed up to FILE.v<N>.bak before a migration, and
    // opened read-only when it is not writable. A postgresql:// location never carries a
    // password: libpq reads PGPASSFILE / ~/.pgpass itself.
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // True for postgresql:// and postgres:// locations.
    static bool isServerLocation(const QString &location);
    // postgresql://user@host:port/database, for a "Connect to team database" form.
    static QString serverLocation(const QString &user, const QString &host, int port, const QString &database);
    // Where the backup taken before migrating from schema `version` goes: FILE.v<version>.bak.
    static QString backupPath(const QString &location, int version);
    // The newest FILE.v<N>.bak beside an SQLite file (by modification time); empty if none.
    static QString latestBackup(const QString &location);
    // Puts `backup` in place of the file at `location`: the current file (and its -wal/-shm)
    // is moved aside to FILE.damaged-<timestamp>, never deleted. Returns the moved-aside path.
    static Result<QString> restoreBackup(const QString &backup, const QString &location);

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    bool isServer() const { return dialect().kind() == SqlDialect::Kind::PostgreSQL; }
    SqlDialect dialect() const;

    // The full consistency check (PRAGMA integrity_check on SQLite; nothing to do on a server).
    // An empty list means no problem was found.
    Result<QStringList> checkIntegrity() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // A short, translated sentence for the last error on this connection.
    static Error databaseError(const QString &what, const QSqlDatabase &db);
    // The same with the driver's own words (an SQLite C API message, a QSqlQuery's error).
    static Error databaseError(const QString &what, const QString &detail);

private:
    Database(QString connectionName, QString location, bool readOnly);
    static Result<std::unique_ptr<Database>> openFile(const QString &location, OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, OpenMode mode);
    Status setUpConnection();
    Status quickCheck();
    Status migrate();
    Status backUp(int version);

    QString m_connectionName;
    QString m_location;
    bool m_readOnly;
};

} // namespace dmc
