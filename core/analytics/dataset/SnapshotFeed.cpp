#include "SnapshotFeed.h"

#include "DatasetBuilder.h"

namespace dmc {

namespace {

constexpr int BatchCount = 4; // one filling, one being fed, two queued

} // namespace

SnapshotFeed::SnapshotFeed(std::unique_ptr<DatasetBuilder> builder)
    : m_builder(std::move(builder))
{
    for (int i = 0; i < BatchCount; ++i) {
        m_batches.push_back(std::make_unique<Batch>());
        m_batches.back()->rows.reserve(BatchRows);
        m_free.push_back(m_batches.back().get());
    }
    m_filling = m_free.back();
    m_free.pop_back();
    m_thread = std::thread([this] { run(); });
}

SnapshotFeed::~SnapshotFeed()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SnapshotFeed::add(const SnapshotSink::Utf8Row &row)
{
    m_filling->add(row);
    if (m_filling->rows.size() == BatchRows)
        submitFilling();
}

void SnapshotFeed::submitFilling()
{
    std::unique_lock lock(m_mutex);
    m_ready.push_back(m_filling);
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    m_filling = m_free.back();
    m_free.pop_back();
}

void SnapshotFeed::abandon()
{
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
}

std::unique_ptr<DatasetBuilder> SnapshotFeed::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ready.push_back(m_filling);
        m_filling = nullptr;
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return std::move(m_builder);
}

void SnapshotFeed::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_closing || (m_abandoned && m_builder); });
        if (m_abandoned && m_builder) {
            lock.unlock();
            m_builder.reset(); // its memory back now, not at the end of the import
            lock.lock();
        }
        if (m_ready.empty()) {
            if (m_closing)
                return;
            continue;
        }
        Batch *batch = m_ready.front();
        m_ready.pop_front();
        lock.unlock();
        if (m_builder)
            feed(*batch);
        batch->clearRows();
        lock.lock();
        m_free.push_back(batch);
        m_changed.notify_all();
    }
}

void SnapshotFeed::feed(const Batch &batch)
{
    auto bytes = [](std::string_view text) { return QByteArrayView(text.data(), qsizetype(text.size())); };
    for (const Batch::Row &stored : batch.rows) {
        const SnapshotSink::Utf8Row row = batch.utf8Row(stored);
        DatasetBuilder::RawSnapshot raw;
        raw.asOf = DatasetBuilder::parseDay(bytes(row.asOf));
        raw.opportunityId = bytes(row.opportunityId);
        raw.ownerId = bytes(row.ownerId);
        raw.stage = bytes(row.stage);
        raw.category = bytes(row.category);
        raw.amount = row.amount;
        raw.currency = bytes(row.currency);
        raw.closeDay = DatasetBuilder::parseDay(bytes(row.closeDate));
        raw.stageEnteredDay = DatasetBuilder::parseDay(bytes(row.stageEnteredDate));
        raw.lastActivityDay = DatasetBuilder::parseDay(bytes(row.lastActivityDate));
        m_builder->addSnapshot(raw);
    }
}

} // namespace dmc
