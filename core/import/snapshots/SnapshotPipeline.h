#pragma once

#include "SnapshotBatch.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dmc {

// Runs a producer on a second thread ahead of the caller, through a small bounded queue of
// batches (memory stays flat): the caller's thread keeps the database connection and only binds
// and steps while the file is read and validated in parallel. A batch that carries a slow row
// stops the producer until the caller releases it, so the caller may use the producer's state
// for that row. The destructor stops the producer and joins it on every exit path.
class SnapshotPipeline
{
public:
    // Fills one batch (cleared beforehand); false when it is the last one.
    using Produce = std::function<bool(SnapshotBatch &)>;

    explicit SnapshotPipeline(Produce produce, int depth = 3);
    ~SnapshotPipeline();
    SnapshotPipeline(const SnapshotPipeline &) = delete;
    SnapshotPipeline &operator=(const SnapshotPipeline &) = delete;

    // The next batch in file order (blocks while the producer is behind); nullptr after the last.
    SnapshotBatch *next();
    // Gives a batch from next() back for reuse (and resumes a producer waiting on its slow row).
    void release(SnapshotBatch *batch);

private:
    void run();

    Produce m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<SnapshotBatch>> m_batches; // owns all of them
    std::vector<SnapshotBatch *> m_free;
    std::deque<SnapshotBatch *> m_ready;
    SnapshotBatch *m_waitingFor = nullptr; // a batch with a slow row, not yet released
    bool m_finished = false;               // the last batch is queued
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace dmc
