#include "PersonalSettings.h"

#include "store/BoundStatement.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

PersonalSettings::PersonalSettings(const Database &database)
    : m_database(database)
{
}

QString PersonalSettings::ownRows() const
{
    // The owner of a team database sees every role's rows (row-level security does not bind the
    // table's owner): the filter keeps each reader to its own.
    return m_database.isServer() ? QStringLiteral("author = session_user") : QStringLiteral("author = ''");
}

std::optional<QString> PersonalSettings::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM dm_setting WHERE %1 AND key = ?").arg(ownRows()));
    query.addBindValue(key);
    if (execBound(query) && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

std::vector<std::pair<QString, QString>> PersonalSettings::values(const QString &prefix) const
{
    std::vector<std::pair<QString, QString>> found;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT key, value FROM dm_setting WHERE %1 ORDER BY key").arg(ownRows()));
    if (!execBound(query))
        return found;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key.startsWith(prefix))
            found.emplace_back(key, query.value(1).toString());
    }
    return found;
}

Status PersonalSettings::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    // On a team database the trigger writes the login role as author, whatever is sent here.
    query.prepare(QStringLiteral("INSERT INTO dm_setting (author, key, value, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (author, key) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(QStringLiteral(""));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!execBound(query))
        return Database::databaseError(tr("cannot save your setting \"%1\"").arg(key), m_database.connection());
    return Done{};
}

Status PersonalSettings::remove(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM dm_setting WHERE %1 AND key = ?").arg(ownRows()));
    query.addBindValue(key);
    if (!execBound(query))
        return Database::databaseError(tr("cannot remove your setting \"%1\"").arg(key), m_database.connection());
    return Done{};
}

} // namespace dmc
