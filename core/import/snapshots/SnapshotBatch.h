#pragma once

#include "domain/Error.h"
#include "domain/Money.h"
#include "import/csv/CsvTable.h"

#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmc {

// Snapshot rows read, validated and put in stored form by the producer thread of a streamed
// import, handed to the connection's thread which only binds and steps them. The bytes are
// copied into one buffer per batch, so a batch stays valid while the reader moves on.
struct SnapshotBatch
{
    // The text columns in bind order (as_of ... last_activity_date, amount apart).
    enum Field {
        AsOf,
        Opportunity,
        Owner,
        Stage,
        Category,
        Currency,
        CloseDate,
        StageEntered,
        LastActivity,
        FieldCount
    };

    struct Row
    {
        std::array<quint32, FieldCount> offset{};
        std::array<quint32, FieldCount> size{};
        std::optional<Cents> amount;
    };

    // At most this many rows a batch: a few batches in flight keep memory flat.
    static constexpr size_t Capacity = 8192;

    std::string bytes;
    std::vector<Row> rows;
    // A row the byte path does not take, after `rows`: the connection's thread reads it through
    // RowReader (exact messages) while the producer waits, so both never touch shared state at once.
    std::optional<CsvTable::Row> slow;
    std::optional<Error> error; // the file's error after `rows`: the stream ends there
    bool last = false;          // no batch follows
    qint64 position = 0;        // bytes read when the batch closed (progress)

    void clear()
    {
        bytes.clear();
        rows.clear();
        slow.reset();
        error.reset();
        last = false;
        position = 0;
    }

    void append(Row &row, Field field, std::string_view text)
    {
        row.offset[field] = quint32(bytes.size());
        row.size[field] = quint32(text.size());
        bytes.append(text);
    }

    std::string_view text(const Row &row, Field field) const
    {
        return std::string_view(bytes).substr(row.offset[field], row.size[field]);
    }
};

} // namespace dmc
