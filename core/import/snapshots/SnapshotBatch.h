#pragma once

#include "domain/Error.h"
#include "import/csv/CsvTable.h"
#include "store/SnapshotRowBatch.h"

#include <optional>

namespace dmc {

// Snapshot rows read, validated and put in stored form by the producer thread of a streamed
// import, handed to the connection's thread which only binds and steps them.
struct SnapshotBatch : SnapshotRowBatch
{
    // At most this many rows a batch: a few batches in flight keep memory flat.
    static constexpr size_t Capacity = 8192;

    // A row the byte path does not take, after `rows`: the connection's thread reads it through
    // RowReader (exact messages) while the producer waits, so both never touch shared state at once.
    std::optional<CsvTable::Row> slow;
    std::optional<Error> error; // the file's error after `rows`: the stream ends there
    bool last = false;          // no batch follows
    qint64 position = 0;        // bytes read when the batch closed (progress)

    void clear()
    {
        clearRows();
        slow.reset();
        error.reset();
        last = false;
        position = 0;
    }
};

} // namespace dmc
