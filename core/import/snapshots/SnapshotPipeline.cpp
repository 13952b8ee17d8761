#include "SnapshotPipeline.h"

namespace dmc {

SnapshotPipeline::SnapshotPipeline(Produce produce, int depth)
    : m_produce(std::move(produce))
{
    // depth batches queued, one being filled and one being stored.
    for (int i = 0; i < depth + 2; ++i) {
        m_batches.push_back(std::make_unique<SnapshotBatch>());
        m_batches.back()->rows.reserve(SnapshotBatch::Capacity);
        m_free.push_back(m_batches.back().get());
    }
    m_thread = std::thread([this] { run(); });
}

SnapshotPipeline::~SnapshotPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SnapshotPipeline::run()
{
    for (;;) {
        SnapshotBatch *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || (!m_free.empty() && !m_waitingFor); });
            if (m_stop)
                return;
            batch = m_free.back();
            m_free.pop_back();
        }
        batch->clear();
        const bool more = m_produce(*batch);
        batch->last = !more;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(batch);
            if (batch->slow)
                m_waitingFor = batch;
            m_finished = !more;
        }
        m_changed.notify_all();
        if (!more)
            return;
    }
}

SnapshotBatch *SnapshotPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return nullptr;
    SnapshotBatch *batch = m_ready.front();
    m_ready.pop_front();
    return batch;
}

void SnapshotPipeline::release(SnapshotBatch *batch)
{
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(batch);
        if (m_waitingFor == batch)
            m_waitingFor = nullptr;
    }
    m_changed.notify_all();
}

} // namespace dmc
