#pragma once

#include "MappedColumn.h"
#include "SnapshotRecord.h"

#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace dmc {

// Snapshot rows written to a file as a DatasetBuilder makes them, then read back in place once
// all are there. A 300k-deal import builds 8M rows (258 MB) while its own state is still held;
// in the file they sit in the page cache, which the kernel can write out and reclaim, instead
// of in the import's heap. The file has no name from the start: nothing is left behind if the
// process dies, and it goes when the rows' mapping does.
class SpilledRows
{
public:
    // A file in `folder` (the dataset images' folder: the same disk as the image to be written);
    // null when none can be made there.
    static std::unique_ptr<SpilledRows> create(const QString &folder);
    // Fewer rows than this (128 MB) stay in memory, where the 100k-deal imports meet their time
    // targets: spilled, the Salesforce one (2.7M rows) saved 20 MB of its 263 MB peak and was
    // 7 % slower in one of two alternating measurements, within this machine's noise.
    static constexpr qint64 WorthFromRows = (qint64(128) << 20) / qint64(sizeof(SnapshotRecord));
    ~SpilledRows();
    SpilledRows(const SpilledRows &) = delete;
    SpilledRows &operator=(const SpilledRows &) = delete;

    void append(const SnapshotRecord &row)
    {
        m_buffer.push_back(row);
        if (m_buffer.size() == BufferRows)
            flush();
    }
    // Hands every row appended to `rows`, read in place; false when a write or the mapping
    // failed (a full disk), leaving `rows` as it was.
    bool mapInto(MappedColumn<SnapshotRecord> &rows);

private:
    SpilledRows(std::unique_ptr<QFile> writer, std::shared_ptr<QFile> reader);
    void flush();

    static constexpr size_t BufferRows = (size_t(1) << 20) / sizeof(SnapshotRecord);
    std::unique_ptr<QFile> m_writer;
    std::shared_ptr<QFile> m_reader; // opened before the name went, mapped at the end
    std::vector<SnapshotRecord> m_buffer;
    size_t m_written = 0;
    bool m_failed = false;
};

} // namespace dmc
