#pragma once

#include "store/SnapshotRowBatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dmc {

class DatasetBuilder;

// Feeds a DatasetBuilder snapshot rows on a thread of its own, so an import's connection thread
// only copies each row it stores (the builder's work, about 2 s of a 100k-deal Salesforce import,
// runs on the other core while SQLite writes). Rows go over in batches through a small bounded
// queue: memory stays flat whichever side is behind.
class SnapshotFeed
{
public:
    explicit SnapshotFeed(std::unique_ptr<DatasetBuilder> builder);
    ~SnapshotFeed(); // drops what is queued and joins the thread
    SnapshotFeed(const SnapshotFeed &) = delete;
    SnapshotFeed &operator=(const SnapshotFeed &) = delete;

    // Copies the row; the builder gets it later, in the order added.
    void add(const SnapshotSink::Utf8Row &row);
    // The rows are of no use: the builder is freed on its thread and later rows are ignored.
    void abandon();
    // Waits until the builder has every row added; null after abandon().
    std::unique_ptr<DatasetBuilder> finish();

private:
    using Batch = SnapshotRowBatch;
    static constexpr size_t BatchRows = 8192;

    void run();
    void feed(const Batch &batch);
    void submitFilling(); // queues m_filling and takes a free batch (waits for one)

    std::unique_ptr<DatasetBuilder> m_builder; // used by the thread until it ends
    std::vector<std::unique_ptr<Batch>> m_batches;
    Batch *m_filling = nullptr; // the caller's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_ready;
    std::vector<Batch *> m_free;
    bool m_closing = false; // no batch follows those ready
    bool m_abandoned = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace dmc
