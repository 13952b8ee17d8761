#include "RowCursor.h"

#include "domain/IsoDateDigits.h"
#include "store/SqliteStatement.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace dmc {

RowCursor::RowCursor(const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
        m_fast = std::make_unique<SqliteStatement>(handle, sql);
        m_failed = !m_fast->isValid();
        return;
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    m_failed = !m_query->exec(sql);
    if (!m_failed)
        m_texts.resize(size_t(m_query->record().count()));
}

RowCursor::~RowCursor() = default;

bool RowCursor::next()
{
    if (m_failed)
        return false;
    if (m_fast) {
        if (m_fast->next())
            return true;
        m_failed = !m_fast->done();
        return false;
    }
    if (m_query->next())
        return true;
    // QSqlQuery::next() is false at the end and on an error alike; an error leaves lastError set.
    m_failed = m_query->lastError().isValid();
    return false;
}

QString RowCursor::lastError() const
{
    if (m_fast)
        return m_fast->lastError().trimmed();
    return m_query ? m_query->lastError().text().trimmed() : QString();
}

bool RowCursor::isNull(int column) const
{
    return m_fast ? m_fast->isNull(column) : m_query->isNull(column);
}

qint64 RowCursor::integer(int column) const
{
    return m_fast ? m_fast->integer(column) : m_query->value(column).toLongLong();
}

double RowCursor::real(int column) const
{
    return m_fast ? m_fast->real(column) : m_query->value(column).toDouble();
}

QByteArrayView RowCursor::text(int column) const
{
    if (m_fast)
        return m_fast->text(column);
    const QVariant value = m_query->value(column);
    if (value.isNull())
        return {};
    QByteArray &slot = m_texts[size_t(column)];
    slot = value.toString().toUtf8();
    // Same as SQLite's answer for '': an empty view that is not null.
    return slot.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(slot);
}

QDate RowCursor::date(int column) const
{
    const QByteArrayView bytes = text(column);
    IsoDateDigits digits;
    if (!IsoDateDigits::read(bytes.data(), size_t(bytes.size()), digits))
        return {};
    return QDate(digits.year, digits.month, digits.day);
}

} // namespace dmc
