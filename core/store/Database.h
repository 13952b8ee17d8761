#pragma once

#include "domain/Error.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dmc {

// One open DM Cockpit database: an SQLite file (or, later, a PostgreSQL URL) with the
// schema migrated to the latest version. Holds only the Qt connection name; the
// QSqlDatabase is fetched by name where needed, and the connection is removed on destruction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dmc::Database)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Creates the file (mode 0600) when it does not exist and mode is ReadWrite.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    SqlDialect dialect() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // A short, translated sentence for the last error on this connection.
    static Error databaseError(const QString &what, const QSqlDatabase &db);

private:
    Database(QString connectionName, QString location, bool readOnly);
    Status migrate();

    QString m_connectionName;
    QString m_location;
    bool m_readOnly;
};

} // namespace dmc
