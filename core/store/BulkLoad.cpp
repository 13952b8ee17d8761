#include "BulkLoad.h"

#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

// The answer of a PRAGMA, lower case.
QString pragma(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString().toLower();
}

} // namespace

BulkLoad::BulkLoad(Database &database)
    : m_database(database)
{
    const QSqlDatabase db = m_database.connection();
    if (!SqliteStatement::handleOf(db))
        return;
    m_sqlite = true;
    if (pragma(db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1")) {
        pragma(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_foreignKeysOff = pragma(db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("0");
    }
}

BulkLoad::~BulkLoad()
{
    if (!m_sqlite)
        return;
    const QSqlDatabase db = m_database.connection();
    if (m_foreignKeysOff)
        pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Without waiting: a reader still on the WAL keeps it, and the next checkpoint takes it.
    const QString timeout = pragma(db, QStringLiteral("PRAGMA busy_timeout"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    pragma(db, QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)"));
    if (!timeout.isEmpty())
        pragma(db, QStringLiteral("PRAGMA busy_timeout = ") + timeout);
}

} // namespace dmc
