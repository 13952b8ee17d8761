#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace dmc {

class SqliteStatement;

// One forward-only pass over the rows of one SELECT, the same for both drivers: on a Qt SQLite
// connection through the C API (SqliteStatement: no QVariant per cell, the dataset load reads
// millions of rows), on any other (PostgreSQL) through a forward-only QSqlQuery. Text columns
// come as UTF-8 views valid until the next row; read each column at most once per row.
class RowCursor
{
public:
    RowCursor(const QSqlDatabase &db, const QString &sql);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // False at the end and on an error: failed() tells them apart.
    bool next();
    bool failed() const { return m_failed; }
    QString lastError() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // A null view for SQL NULL, an empty one for ''.
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    // An ISO date ("2026-03-02", a longer text cut after the day); invalid for NULL or another shape.
    QDate date(int column) const;
    std::optional<qint64> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }

private:
    std::unique_ptr<SqliteStatement> m_fast;
    std::optional<QSqlQuery> m_query;
    mutable std::vector<QByteArray> m_texts; // the QSqlQuery row's text, one slot per column
    bool m_failed = false;
};

} // namespace dmc
