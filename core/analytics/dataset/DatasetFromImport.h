#pragma once

#include "Dataset.h"
#include "SpilledRows.h"
#include "store/SnapshotObserver.h"

#include <memory>
#include <string>

namespace dmc {

class SnapshotFeed;

// Builds the dataset image of a database from the snapshot rows its import streams, as they are
// stored, instead of reading millions of them back once the import ends (about a third of a
// 100k-deal Salesforce import). The rows are built into the Dataset on a thread of its own
// (SnapshotFeed) while the import's thread writes. Given to the import as its snapshot observer, then to
// DatasetLoader::prepareAfterImport.
//
// Only when the stream's rows are all of the table: into a table empty before them, in strictly
// increasing key order (so no row replaced another). A re-import into stored weeks, or a file
// out of key order, builds nothing here and prepareAfterImport reads the table as before.
class DatasetFromImport : public SnapshotObserver
{
public:
    // The rows wait in a file beside the image (SpilledRows) when the import expects at least
    // `spillFromRows` of them.
    explicit DatasetFromImport(qint64 spillFromRows = SpilledRows::WorthFromRows);
    ~DatasetFromImport() override;
    DatasetFromImport(const DatasetFromImport &) = delete;
    DatasetFromImport &operator=(const DatasetFromImport &) = delete;

    void beforeSnapshots(const Database &database, qint64 expectedRows) override;
    void snapshotStored(const SnapshotSink::Utf8Row &row) override;

    // After the import has committed: the Dataset of the database as it now stands, or nullptr
    // when the rows seen are not the whole table (the caller reads it from SQL).
    std::shared_ptr<const Dataset> finish(const Database &database);

private:
    qint64 m_spillFromRows;
    std::unique_ptr<SnapshotFeed> m_feed; // the builder on its thread; null: not building
    std::string m_lastAsOf;               // the last row's key, for the order check
    std::string m_lastId;
};

} // namespace dmc
