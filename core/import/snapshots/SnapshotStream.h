#pragma once

#include "domain/Error.h"
#include "domain/Opportunity.h"
#include "domain/Rep.h"
#include "domain/SnapshotRow.h"
#include "import/csv/CsvTable.h"
#include "import/snapshots/SnapshotSource.h"
#include "import/sources/StageLookup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace dmc {

class CsvByteReader;
class Database;
class ImportSession;
class RowReader;
class SnapshotSink;
struct SnapshotBatch;

// The canonical snapshots table, millions of rows at company scale: validated, typed and
// upserted row by row inside the import's transaction instead of being held in memory, so a
// bad row still aborts everything (the transaction rolls back what was stepped) while memory
// stays flat. A plain UTF-8 file is streamed in chunks; rows in the usual form take a byte
// path (no QString per field); any other row, and any other file (UTF-16, code pages, NULs,
// canonical JSON), goes through RowReader with exactly the checks and messages of the other tables.
class SnapshotStream : public SnapshotSource
{
public:
    SnapshotStream(ImportSession &session, StageLookup stages);
    ~SnapshotStream() override;
    SnapshotStream(const SnapshotStream &) = delete;
    SnapshotStream &operator=(const SnapshotStream &) = delete;

    // The deals and reps a row may name: the rows the import accepted.
    void setKnownIds(const std::vector<Opportunity> &opportunities, const std::vector<Rep> &reps);

    // Finds the table and checks its header (required columns). false when the export has none.
    Result<bool> open();
    // Reads every row into the database; call inside the import's transaction, after the deals.
    Status run(Database &database, SnapshotObserver *observer) override;

    // Rows the file holds, about (chooses the bulk paths).
    qint64 expectedRows() const override { return m_expectedRows; }
    qint64 rowsStored() const override { return m_stored; }
    // Rows with an amount per currency code (upper case; empty codes left out), for the import's
    // currency check once the stream has run.
    QHash<QString, qint64> currencyRows() const override;
    QDate latest() const override { return m_latestDay > 0 ? QDate::fromJulianDay(m_latestDay) : QDate(); }

private:
    struct Currency
    {
        QByteArray upper;
        qint64 rows = 0;
    };
    struct Seen
    {
        qint32 day;
        quint32 line;
    };
    Status streamRows(SnapshotSink &sink);
    Status pipeRows(SnapshotSink &sink);
    Status tableRows(SnapshotSink &sink);
    // Producer thread: fills a batch from the file (false after the last); takeFast adds the
    // current row in stored form, or false for RowReader's path.
    bool fillBatch(SnapshotBatch &batch);
    bool takeFast(SnapshotBatch &batch);
    std::optional<SnapshotRow> parseRow(RowReader &row);
    Status keep(RowReader &row, const std::optional<SnapshotRow> &parsed, SnapshotSink &sink);

    quint32 firstLine(int deal, qint32 day) const;
    void remember(int deal, qint32 day, qint64 line);

    const QByteArray *cachedStage(std::string_view value);
    const QByteArray *cachedCategory(std::string_view value);
    Currency &upperCase(std::string_view value);

    ImportSession &m_session;
    StageLookup m_stages;
    QString m_path;
    std::unique_ptr<CsvByteReader> m_bytes; // streaming
    std::optional<CsvTable> m_table;        // whole table (JSON, other encodings)
    CsvTable m_header;                      // header only, for RowReader on streamed rows
    qint64 m_expectedRows = 0;

    QHash<QByteArray, int> m_deals; // UTF-8 id -> position
    QSet<QByteArray> m_reps;
    std::vector<std::vector<Seen>> m_seen;      // per deal, by day: the (as_of, deal) key's first line
    QHash<QByteArray, QByteArray> m_stageOf;    // raw value -> ladder name (UTF-8)
    QHash<QByteArray, QByteArray> m_categoryOf; // raw value -> category key
    // Raw currency -> upper case, and the rows with an amount seen in it (fast path).
    QHash<QByteArray, Currency> m_upper;
    QHash<QString, qint64> m_slowCurrencyRows; // the same for rows read through RowReader
    QByteArray m_statedCurrency;               // for rows without one (the user's profile's)

    // Column positions in the file (-1: absent).
    int m_asOf = -1;
    int m_opportunity = -1;
    int m_owner = -1;
    int m_stage = -1;
    int m_category = -1;
    int m_amount = -1;
    int m_currency = -1;
    int m_closeDate = -1;
    int m_stageEntered = -1;
    int m_lastActivity = -1;

    qint64 m_stored = 0;
    qint64 m_latestDay = 0;
};

} // namespace dmc
