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
    Row &stored = m_filling->rows.emplace_back();
    auto copy = [&](Field field, std::string_view text) {
        stored.offset[field] = quint32(m_filling->bytes.size());
        stored.size[field] = quint32(text.size());
        m_filling->bytes.append(text);
    };
    copy(AsOf, row.asOf);
    copy(Opportunity, row.opportunityId);
    copy(Owner, row.ownerId);
    copy(Stage, row.stage);
    copy(Category, row.category);
    copy(Currency, row.currency);
    copy(CloseDate, row.closeDate);
    copy(StageEntered, row.stageEnteredDate);
    copy(LastActivity, row.lastActivityDate);
    stored.amount = row.amount;
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
        batch->bytes.clear();
        batch->rows.clear();
        lock.lock();
        m_free.push_back(batch);
        m_changed.notify_all();
    }
}

void SnapshotFeed::feed(const Batch &batch)
{
    const std::string_view bytes(batch.bytes);
    for (const Row &row : batch.rows) {
        auto text = [&](Field field) {
            const std::string_view view = bytes.substr(row.offset[field], row.size[field]);
            return QByteArrayView(view.data(), qsizetype(view.size()));
        };
        DatasetBuilder::RawSnapshot raw;
        raw.asOf = DatasetBuilder::parseDay(text(AsOf));
        raw.opportunityId = text(Opportunity);
        raw.ownerId = text(Owner);
        raw.stage = text(Stage);
        raw.category = text(Category);
        raw.amount = row.amount;
        raw.currency = text(Currency);
        raw.closeDay = DatasetBuilder::parseDay(text(CloseDate));
        raw.stageEnteredDay = DatasetBuilder::parseDay(text(StageEntered));
        raw.lastActivityDay = DatasetBuilder::parseDay(text(LastActivity));
        m_builder->addSnapshot(raw);
    }
}

} // namespace dmc
