#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <string>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace dmc {

// A prepared statement on the raw sqlite3 handle behind a Qt SQLite connection, the one wrapper
// over the SQLite C API. Binding and stepping through the C API skips QSqlQuery's per-row cost,
// about 8x on bulk writes and 7x on reads (PERF-NOTES.md), while the statement still runs inside
// the connection's open transaction. Writes bind and exec() per row; reads step with next() and
// read the columns in place.
class SqliteStatement
{
public:
    // The sqlite3 handle of a Qt SQLite connection; nullptr for any other driver (PostgreSQL).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 0-based like QSqlQuery::bindValue.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &value);         // a null QString binds '' (NOT NULL text)
    void bindLatin1(int index, const char *text, int size); // ASCII bytes, copied by SQLite
    void bindIsoDate(int index, const QDate &date);         // "2026-12-07"; an invalid date binds NULL
    // UTF-8 bytes NOT copied: they must stay valid until the next exec() (bulk loops bind from
    // their own buffers and skip one copy per field).
    void bindUtf8Static(int index, const char *text, int size);
    void bind(int index, const QVariant &value); // an invalid / null QVariant binds NULL

    // Steps once and resets for the next row; false on an error (see lastError()). Bindings are
    // kept: bind every parameter before each exec().
    bool exec();
    QString lastError() const;

    // Reading: steps to the next result row; false at the end or on an error (done() tells
    // which). Columns are 0-based and valid until the next step.
    bool next();
    bool done() const { return m_stepResult == StepDone; }
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The column's UTF-8 bytes, not copied; a null view for SQL NULL, an empty one for ''.
    QByteArrayView text(int column) const;

private:
    enum StepResult { NotStepped, StepRow, StepDone, StepFailed };

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::string m_utf8; // bindText's buffer (SQLite copies it)
    StepResult m_stepResult = NotStepped;
};

} // namespace dmc
