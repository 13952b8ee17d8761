#include "SpilledRows.h"

#include <QDir>
#include <QTemporaryFile>

namespace dmc {

std::unique_ptr<SpilledRows> SpilledRows::create(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return nullptr;
    auto writer = std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral("rows-XXXXXX")));
    if (!writer->open())
        return nullptr;
    const QString name = writer->fileName();
    auto reader = std::make_shared<QFile>(name);
    if (!reader->open(QIODevice::ReadOnly))
        return nullptr;
    // Both handles stay valid without the name; where a system keeps an open file's name, the
    // temporary file removes it when closed.
    if (QFile::remove(name))
        writer->setAutoRemove(false);
    return std::unique_ptr<SpilledRows>(new SpilledRows(std::move(writer), std::move(reader)));
}

SpilledRows::SpilledRows(std::unique_ptr<QFile> writer, std::shared_ptr<QFile> reader)
    : m_writer(std::move(writer))
    , m_reader(std::move(reader))
{
    m_buffer.reserve(BufferRows);
}

SpilledRows::~SpilledRows() = default;

void SpilledRows::flush()
{
    const qint64 bytes = qint64(m_buffer.size() * sizeof(SnapshotRecord));
    if (!m_failed && m_writer->write(reinterpret_cast<const char *>(m_buffer.data()), bytes) != bytes)
        m_failed = true;
    m_written += m_buffer.size();
    m_buffer.clear();
}

bool SpilledRows::mapInto(MappedColumn<SnapshotRecord> &rows)
{
    flush();
    if (m_failed || !m_writer->flush())
        return false;
    m_writer.reset();
    if (m_written == 0) {
        rows.owned().clear();
        return true;
    }
    const qint64 bytes = qint64(m_written * sizeof(SnapshotRecord));
    uchar *pages = m_reader->size() == bytes ? m_reader->map(0, bytes) : nullptr;
    if (!pages)
        return false;
    rows.map(std::span<const SnapshotRecord>(reinterpret_cast<const SnapshotRecord *>(pages), m_written),
             std::move(m_reader));
    return true;
}

} // namespace dmc
