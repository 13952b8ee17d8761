#include "BoundStatement.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QVariantList>

namespace dmc {

bool execBound(QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return query.exec();
    const QString sql = query.lastQuery();
    const QVariantList values = query.boundValues();
    QString statement;
    statement.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    bool quoted = false; // a '?' inside a string literal is text, not a placeholder
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            statement += c;
            continue;
        }
        if (next >= values.size())
            return query.exec(); // not the statement this expects: Qt's own way
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        statement += driver->formatValue(field);
    }
    if (next != values.size())
        return query.exec();
    return query.exec(statement);
}

} // namespace dmc
