#pragma once

#include "store/SnapshotSink.h"

namespace dmc {

class Database;

// Sees every snapshot row a streamed import stores, as stored and in the order written, so the
// rows can be put to a second use without reading millions of them back (DatasetFromImport
// builds the dataset image from them).
class SnapshotObserver
{
public:
    virtual ~SnapshotObserver() = default;

    // Once, before the first row: the import's other tables are written, on the same connection
    // inside its transaction. `expectedRows` is the source's estimate.
    virtual void beforeSnapshots(const Database &database, qint64 expectedRows) = 0;
    // A row just stored (upserted) by SnapshotSink.
    virtual void snapshotStored(const SnapshotSink::Utf8Row &row) = 0;
};

} // namespace dmc
