#include "ImportLog.h"

#include "store/Database.h"
#include "store/StoredValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

ImportLog::ImportLog(Database &database)
    : m_database(database)
{
}

Result<bool> ImportLog::hasCompleted(const QString &sourceKey) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM import_log WHERE source_key = ? AND status = ?"));
    query.addBindValue(sourceKey);
    query.addBindValue(importStatusKey(ImportStatus::Done));
    if (!query.exec())
        return Database::databaseError(tr("cannot read the import log"), query.lastError().text());
    return query.next();
}

Result<qint64> ImportLog::add(const Entry &entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO import_log (profile, files, source_key, as_of, rows_read, "
                                 "rows_accepted, rows_rejected, started_at, finished_at, user_name, status) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.profile);
    query.addBindValue(entry.files);
    query.addBindValue(entry.sourceKey);
    query.addBindValue(dateOrNull(entry.asOf));
    query.addBindValue(entry.rowsRead);
    query.addBindValue(entry.rowsAccepted);
    query.addBindValue(entry.rowsRejected);
    query.addBindValue(entry.startedAt);
    query.addBindValue(textOrNull(entry.finishedAt));
    query.addBindValue(entry.userName);
    query.addBindValue(importStatusKey(entry.status));
    if (!query.exec())
        return Database::databaseError(tr("cannot write the import log"), query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Status ImportLog::finish(qint64 id, const Entry &entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE import_log SET files = ?, as_of = ?, rows_read = ?, rows_accepted = ?, "
                                 "rows_rejected = ?, status = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(entry.files);
    query.addBindValue(dateOrNull(entry.asOf));
    query.addBindValue(entry.rowsRead);
    query.addBindValue(entry.rowsAccepted);
    query.addBindValue(entry.rowsRejected);
    query.addBindValue(importStatusKey(entry.status));
    query.addBindValue(textOrNull(entry.finishedAt));
    query.addBindValue(id);
    if (!query.exec())
        return Database::databaseError(tr("cannot write the import log"), query.lastError().text());
    return Done{};
}

} // namespace dmc
