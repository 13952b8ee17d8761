#include "BulkLoad.h"

#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

// The answer of a PRAGMA (journal_mode answers the mode in force), lower case.
QString pragma(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString().toLower();
}

// Changes the journal mode without waiting: another connection on the file makes SQLite wait
// for the busy timeout (5 s) before refusing, and the import then just keeps WAL.
QString switchJournal(const QSqlDatabase &db, const QString &mode)
{
    const QString timeout = pragma(db, QStringLiteral("PRAGMA busy_timeout"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    const QString result = pragma(db, QStringLiteral("PRAGMA journal_mode = ") + mode);
    if (!timeout.isEmpty())
        pragma(db, QStringLiteral("PRAGMA busy_timeout = ") + timeout);
    return result;
}

} // namespace

BulkLoad::BulkLoad(Database &database)
    : m_database(database)
{
    const QSqlDatabase db = m_database.connection();
    if (!SqliteStatement::handleOf(db))
        return;
    if (pragma(db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1")) {
        pragma(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_foreignKeysOff = pragma(db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("0");
    }
    if (pragma(db, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal"))
        m_journal = switchJournal(db, QStringLiteral("DELETE")) == QLatin1String("delete");
}

BulkLoad::~BulkLoad()
{
    const QSqlDatabase db = m_database.connection();
    if (m_journal)
        switchJournal(db, QStringLiteral("WAL"));
    if (m_foreignKeysOff)
        pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace dmc
