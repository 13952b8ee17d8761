#include "SqliteStatement.h"

#include "domain/IsoDateDigits.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace dmc {

namespace {

// Debian's SQLite is built without lookaside, so every row a statement steps mallocs, and with
// memory statistics on (the default) each malloc and free takes a process-wide mutex: about 9%
// of a 100k-deal import's CPU. Nothing here reads sqlite3_memory_used() or sets a heap limit,
// so the statistics are switched off. sqlite3_config() only works before SQLite initialises,
// hence at static initialisation, before main() opens any connection (later it is a no-op).
const int MemoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driverName().startsWith(QLatin1String("QSQLITE")))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db)
        return;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    // Encoded to UTF-8 here (Qt's SIMD encoder, one reused buffer) rather than bound as UTF-16,
    // which SQLite translates into the database's UTF-8 with a malloc per value.
    const qsizetype room = m_encoder.requiredSpace(value.size());
    if (qsizetype(m_utf8.size()) < room)
        m_utf8.resize(size_t(room));
    const char *end = m_encoder.appendToBuffer(m_utf8.data(), value);
    sqlite3_bind_text(m_statement, index + 1, m_utf8.data(), int(end - m_utf8.data()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindLatin1(int index, const char *text, int size)
{
    sqlite3_bind_text(m_statement, index + 1, text, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindIsoDate(int index, const QDate &date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    // Ten ASCII digits and dashes: no QString::asprintf and no UTF-16 round trip per value.
    char text[10];
    if (IsoDateDigits::write(year, month, day, text))
        bindLatin1(index, text, 10);
    else
        bindText(index, date.toString(Qt::ISODate));
}

void SqliteStatement::bindUtf8Static(int index, const char *text, int size)
{
    sqlite3_bind_text(m_statement, index + 1, text, size, SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        // A null QString is '' (text columns are NOT NULL); any other null is SQL NULL.
        if (value.typeId() == QMetaType::QString)
            bindText(index, QString());
        else
            bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool: bindInteger(index, value.toLongLong()); break;
    case QMetaType::Double:
    case QMetaType::Float: bindDouble(index, value.toDouble()); break;
    case QMetaType::QString: bindText(index, *static_cast<const QString *>(value.constData())); break;
    default: bindText(index, value.toString()); break;
    }
}

bool SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    // No sqlite3_clear_bindings: every caller binds every parameter before each exec() (1% of an import).
    sqlite3_reset(m_statement);
    return done;
}

QString SqliteStatement::lastError() const
{
    return m_error;
}

bool SqliteStatement::next()
{
    if (!m_statement) {
        m_stepResult = StepFailed;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_stepResult = StepRow;
        return true;
    }
    m_stepResult = rc == SQLITE_DONE ? StepDone : StepFailed;
    if (m_stepResult == StepFailed)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace dmc
