#pragma once

#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/SnapshotRow.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <string_view>

namespace dmc {

class Database;
class SnapshotObserver;
class SqliteStatement;

// Upserts snapshot rows one at a time inside the caller's transaction, so an import can stream
// millions of rows without holding them. On SQLite the rows go through one prepared statement on
// the raw handle. The table has only its primary key (as_of, opportunity_id) to maintain: rows
// arrive in that order, so each insert appends to the B-tree.
class SnapshotSink
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SnapshotSink)

public:
    // A row as UTF-8 bytes already validated and in stored form (ISO dates, canonical stage,
    // category key, upper-case currency). An empty date binds NULL.
    struct Utf8Row
    {
        std::string_view asOf;
        std::string_view opportunityId;
        std::string_view ownerId;
        std::string_view stage;
        std::string_view category;
        std::optional<Cents> amount;
        std::string_view currency;
        std::string_view closeDate;
        std::string_view stageEnteredDate;
        std::string_view lastActivityDate;
    };

    // From this many expected rows an import is a bulk load (see BulkLoad).
    static constexpr qint64 BulkRows = 100000;

    // `observer`, when given, sees each row once it is stored.
    explicit SnapshotSink(Database &database, SnapshotObserver *observer = nullptr);
    ~SnapshotSink();
    SnapshotSink(const SnapshotSink &) = delete;
    SnapshotSink &operator=(const SnapshotSink &) = delete;

    Status open();
    // True on SQLite: addUtf8() binds bytes straight from the caller's buffers.
    bool acceptsUtf8() const { return m_fast != nullptr; }
    Status add(const SnapshotRow &row);
    Status addUtf8(const Utf8Row &row); // only when acceptsUtf8()
    qint64 rows() const { return m_rows; }

private:
    Error failed(const QString &detail) const;
    void observe(const SnapshotRow &row); // tells m_observer, in stored form

    Database &m_database;
    SnapshotObserver *m_observer = nullptr;
    qint64 m_rows = 0;
    std::unique_ptr<SqliteStatement> m_fast;
    std::optional<QSqlQuery> m_query;
};

} // namespace dmc
