#include "SnapshotSink.h"

#include "store/Database.h"
#include "store/SnapshotObserver.h"
#include "store/SqliteStatement.h"
#include "store/StoredValues.h"

#include <QSqlError>
#include <QVariant>

namespace dmc {

namespace {

// Portable upsert (SQLite >= 3.24 and PostgreSQL): a re-import updates a week's row in place.
const char *const UpsertSql =
    "INSERT INTO snapshot (as_of, opportunity_id, owner_id, stage, category, amount, currency, close_date,"
    " stage_entered_date, last_activity_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (as_of, opportunity_id) DO UPDATE SET owner_id = excluded.owner_id,"
    " stage = excluded.stage, category = excluded.category, amount = excluded.amount,"
    " currency = excluded.currency, close_date = excluded.close_date,"
    " stage_entered_date = excluded.stage_entered_date, last_activity_date = excluded.last_activity_date";

void bindBytes(SqliteStatement &statement, int index, std::string_view text)
{
    statement.bindUtf8Static(index, text.data() ? text.data() : "", int(text.size()));
}

void bindDateBytes(SqliteStatement &statement, int index, std::string_view text)
{
    if (text.empty())
        statement.bindNull(index);
    else
        statement.bindUtf8Static(index, text.data(), int(text.size()));
}

} // namespace

SnapshotSink::SnapshotSink(Database &database, SnapshotObserver *observer)
    : m_database(database)
    , m_observer(observer)
{
}

SnapshotSink::~SnapshotSink() = default;

Error SnapshotSink::failed(const QString &detail) const
{
    Error error;
    error.kind = Error::Kind::Database;
    error.message = QCoreApplication::translate("dmc::CrmWriter", "cannot write table %1 (%2)")
                        .arg(QStringLiteral("snapshot"), detail.trimmed());
    return error;
}

Status SnapshotSink::open()
{
    const QSqlDatabase db = m_database.connection();
    const QString sql = QString::fromLatin1(UpsertSql);
    if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
        auto statement = std::make_unique<SqliteStatement>(handle, sql);
        if (!statement->isValid())
            return failed(statement->lastError());
        m_fast = std::move(statement);
        return Done{};
    }
    m_query.emplace(db);
    if (!m_query->prepare(sql))
        return failed(m_query->lastError().text());
    return Done{};
}

Status SnapshotSink::add(const SnapshotRow &s)
{
    ++m_rows;
    if (m_fast) {
        // Typed binds straight from the row: no QVariant list per row.
        m_fast->bindIsoDate(0, s.asOf);
        m_fast->bindText(1, s.opportunityId);
        m_fast->bindText(2, s.ownerId);
        m_fast->bindText(3, s.stage);
        m_fast->bindText(4, forecastCategoryKey(s.category));
        if (s.amount)
            m_fast->bindInteger(5, *s.amount);
        else
            m_fast->bindNull(5);
        m_fast->bindText(6, s.currency);
        m_fast->bindIsoDate(7, s.closeDate);
        m_fast->bindIsoDate(8, s.stageEnteredDate);
        m_fast->bindIsoDate(9, s.lastActivityDate);
        if (!m_fast->exec())
            return failed(m_fast->lastError());
        observe(s);
        return Done{};
    }
    // A null QString would bind as SQL NULL; text columns are NOT NULL with '' for empty.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const QVariantList values{isoDateOrNull(s.asOf),
                              text(s.opportunityId),
                              text(s.ownerId),
                              text(s.stage),
                              forecastCategoryKey(s.category),
                              s.amount ? QVariant(static_cast<qlonglong>(*s.amount)) : QVariant(),
                              text(s.currency),
                              isoDateOrNull(s.closeDate),
                              isoDateOrNull(s.stageEnteredDate),
                              isoDateOrNull(s.lastActivityDate)};
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    if (!m_query->exec())
        return failed(m_query->lastError().text());
    observe(s);
    return Done{};
}

void SnapshotSink::observe(const SnapshotRow &s)
{
    if (!m_observer)
        return;
    // The stored form, as addUtf8() callers give it (rare rows: the typed path).
    auto date = [](const QDate &day) { return day.isValid() ? day.toString(Qt::ISODate).toUtf8() : QByteArray(); };
    const QByteArray asOf = date(s.asOf);
    const QByteArray id = s.opportunityId.toUtf8();
    const QByteArray owner = s.ownerId.toUtf8();
    const QByteArray stage = s.stage.toUtf8();
    const QByteArray category = forecastCategoryKey(s.category).toUtf8();
    const QByteArray currency = s.currency.toUtf8();
    const QByteArray close = date(s.closeDate);
    const QByteArray entered = date(s.stageEnteredDate);
    const QByteArray activity = date(s.lastActivityDate);
    auto view = [](const QByteArray &bytes) { return std::string_view(bytes.constData(), size_t(bytes.size())); };
    Utf8Row row;
    row.asOf = view(asOf);
    row.opportunityId = view(id);
    row.ownerId = view(owner);
    row.stage = view(stage);
    row.category = view(category);
    row.amount = s.amount;
    row.currency = view(currency);
    row.closeDate = view(close);
    row.stageEnteredDate = view(entered);
    row.lastActivityDate = view(activity);
    m_observer->snapshotStored(row);
}

Status SnapshotSink::addUtf8(const Utf8Row &row)
{
    ++m_rows;
    SqliteStatement &statement = *m_fast;
    bindDateBytes(statement, 0, row.asOf);
    bindBytes(statement, 1, row.opportunityId);
    bindBytes(statement, 2, row.ownerId);
    bindBytes(statement, 3, row.stage);
    bindBytes(statement, 4, row.category);
    if (row.amount)
        statement.bindInteger(5, *row.amount);
    else
        statement.bindNull(5);
    bindBytes(statement, 6, row.currency);
    bindDateBytes(statement, 7, row.closeDate);
    bindDateBytes(statement, 8, row.stageEnteredDate);
    bindDateBytes(statement, 9, row.lastActivityDate);
    if (!statement.exec())
        return failed(statement.lastError());
    if (m_observer)
        m_observer->snapshotStored(row);
    return Done{};
}

} // namespace dmc
