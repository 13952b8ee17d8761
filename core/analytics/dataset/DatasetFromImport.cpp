#include "DatasetFromImport.h"

#include "DatasetBuilder.h"
#include "DatasetCache.h"
#include "DatasetLoader.h"
#include "SnapshotFeed.h"
#include "store/CrmReader.h"

#include <QFileInfo>

namespace dmc {

DatasetFromImport::DatasetFromImport(qint64 spillFromRows)
    : m_spillFromRows(spillFromRows)
{
}

DatasetFromImport::~DatasetFromImport() = default;

void DatasetFromImport::beforeSnapshots(const Database &database, qint64 expectedRows)
{
    m_feed.reset();
    // No image to write (a team database, the cache off), or stored rows the stream may not
    // replace: nothing to build from the stream alone.
    const std::optional<DatasetCache::Stamp> stamp = DatasetCache::stampOf(database);
    if (!stamp || CrmReader(database).hasSnapshots())
        return;
    auto builder = std::make_unique<DatasetBuilder>();
    if (!DatasetLoader::readTablesBeforeSnapshots(database, *builder))
        return;
    // Many rows wait on the image's disk, not in the heap beside the import's own state (when no
    // file can be made there, they are kept in memory).
    if (expectedRows >= m_spillFromRows)
        builder->spillRowsTo(SpilledRows::create(QFileInfo(stamp->file).path()));
    builder->reserveSnapshots(expectedRows);
    m_feed = std::make_unique<SnapshotFeed>(std::move(builder));
    m_lastAsOf.clear();
    m_lastId.clear();
}

void DatasetFromImport::snapshotStored(const SnapshotSink::Utf8Row &row)
{
    if (!m_feed)
        return;
    // A key not after the last one may have replaced a row seen before: the rows seen would
    // not be the table, which is read after the import instead.
    const int byDate = row.asOf.compare(m_lastAsOf);
    if (byDate < 0 || (byDate == 0 && row.opportunityId.compare(m_lastId) <= 0)) {
        m_feed->abandon();
        m_feed.reset();
        return;
    }
    if (byDate > 0)
        m_lastAsOf.assign(row.asOf);
    m_lastId.assign(row.opportunityId);
    m_feed->add(row);
}

std::shared_ptr<const Dataset> DatasetFromImport::finish(const Database &database)
{
    if (!m_feed)
        return nullptr;
    const std::unique_ptr<DatasetBuilder> builder = m_feed->finish();
    m_feed.reset();
    if (!builder)
        return nullptr;
    auto built = DatasetLoader::finishFromSql(database, *builder);
    return built ? built.value() : nullptr;
}

} // namespace dmc
