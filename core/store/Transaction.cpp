#include "Transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace dmc {

namespace {
constexpr auto SqliteBusy = QLatin1String("5");

// Takes the write lock of the DM's own file (FILE-actions, schema "actions") at once, waiting the
// busy timeout while another writer holds it. A deferred BEGIN takes it at the first write, and
// when another connection wrote since this one's first read, SQLite refuses at once with
// "database is locked" instead of waiting: two windows saving notes to one file failed that way.
// BEGIN IMMEDIATE would lock FILE too, which an import holds for minutes. A write that matches
// no row still takes its file's lock; a file without FILE-actions (a read-only one from before, or
// a team database) has no such table and nothing to lock here.
bool lockDmTables(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || db.connectOptions().contains(QLatin1String("READONLY")))
        return true;
    QSqlQuery lock(db);
    if (lock.exec(QStringLiteral("UPDATE actions.dm_action SET id = id WHERE 0")))
        return true;
    return lock.lastError().nativeErrorCode() != SqliteBusy;
}
} // namespace

Transaction::Transaction(const QString &connectionName, Writes writes)
    : m_connectionName(connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_active = db.transaction();
    if (m_active && writes == Writes::DmTables && !lockDmTables(db)) {
        db.rollback();
        m_active = false;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connectionName, false).rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return QSqlDatabase::database(m_connectionName, false).commit();
}

} // namespace dmc
