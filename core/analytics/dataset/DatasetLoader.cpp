#include "DatasetLoader.h"

#include "DatasetBuilder.h"
#include "DatasetCache.h"
#include "DatasetFromImport.h"
#include "DatasetSlice.h"
#include "SpilledRows.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/PlayReader.h"
#include "store/PocReader.h"
#include "store/QualificationHistoryStore.h"
#include "store/QuickCheckRecord.h"

#include <QFileInfo>

#include <chrono>
#include <future>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dmc {

namespace {

// The import profile's source-group table the data came with (small: read beside the image).
SourceGroupMap storedSourceGroups(const Database &database)
{
    return SourceGroupMap::fromJson(database.setting(QStringLiteral("source_groups")).toUtf8());
}

std::shared_ptr<const Dataset> readImage(const Database &database, const DatasetCache::Stamp &stamp)
{
    std::shared_ptr<Dataset> cached = DatasetCache::read(stamp);
    // The image holds the POC and play rows (PocPlayImage); the source groups are a setting.
    if (cached)
        DatasetBuilder::attachSourceGroups(*cached, storedSourceGroups(database));
    return cached;
}

} // namespace

Result<std::shared_ptr<const Dataset>> DatasetLoader::load(const Database &database)
{
    const std::optional<DatasetCache::Stamp> stamp = DatasetCache::stampOf(database);
    if (stamp) {
        if (std::shared_ptr<const Dataset> cached = readImage(database, *stamp))
            return cached;
    }
    // An image to be written: many rows wait in a file beside it, not in the heap (330 MB at 300k
    // canonical deals), and stay there, read in place, for this run. When that file cannot be
    // written (a full disk), they are read again into memory.
    auto loaded = loadFromSql(database, stamp ? QFileInfo(stamp->file).path() : QString());
    if (!loaded && stamp)
        loaded = loadFromSql(database);
#ifdef __GLIBC__
    // The builder's tables (tens of MB of small blocks) are free now; hand them back before the
    // image is written, or the process keeps them as peak memory for its whole run.
    malloc_trim(0);
#endif
    if (loaded && stamp)
        DatasetCache::write(*stamp, *loaded.value());
    return loaded;
}

Result<std::shared_ptr<const Dataset>> DatasetLoader::load(const Database &database, const Scope &scope)
{
    if (scope.kind == Scope::Kind::All)
        return load(database);
    const std::optional<DatasetCache::Stamp> stamp = DatasetCache::stampOf(database, scope);
    if (stamp) {
        if (std::shared_ptr<const Dataset> cached = readImage(database, *stamp))
            return cached;
    }
    auto whole = load(database);
    // A scope no rep matches is the caller's error to report, not an image to write.
    if (!whole || whole.value()->repsInScope(scope).empty())
        return whole;
    std::shared_ptr<Dataset> slice = DatasetSlice::cut(*whole.value(), scope);
    if (stamp)
        DatasetCache::write(*stamp, *slice);
    return std::shared_ptr<const Dataset>(std::move(slice));
}

void DatasetLoader::prepareAfterImport(Database &database, DatasetFromImport *streamed)
{
    const std::optional<DatasetCache::Stamp> stamp = DatasetCache::stampOf(database);
    if (!stamp)
        return; // not cached (a team database, or the cache is off)
    DatasetCache::removeScopeImages(database);
    // The quick check reads the whole file (about 1 s at 100k deals) on a connection and a core of
    // its own while this thread builds the image: opening the changed file runs it.
    std::future<bool> checked = std::async(std::launch::async, [location = database.location()] {
        return Database::open(location, Database::OpenMode::ReadOnly).ok();
    });
    if (std::shared_ptr<const Dataset> built = streamed ? streamed->finish(database) : nullptr)
        DatasetCache::write(*stamp, *built);
    else
        (void)load(database);
    // Remembered once the file is past QuickCheckRecord's two-second window. The image built from
    // the import's stream can be ready sooner; for a file whose check costs the next start more
    // than the wait (about a second per 400 MB), the rest of the window is waited out.
    if (checked.get()) {
        const QString location = database.location();
        constexpr qint64 WorthWaitingBytes = qint64(64) << 20;
        if (const qint64 wait = QuickCheckRecord::msecsUntilSettled(location);
            wait > 0 && QFileInfo(location).size() >= WorthWaitingBytes)
            std::this_thread::sleep_for(std::chrono::milliseconds(wait + 10));
        QuickCheckRecord::rememberCleanCheck(location);
    }
}

Status DatasetLoader::readTablesBeforeSnapshots(const Database &database, DatasetBuilder &builder)
{
    const CrmReader reader(database);
    builder.setReportingCurrency(reader.reportingCurrency());
    // The orders the builder has always been given: it sorts what needs sorting in finish().
    using Order = CrmReader::Order;

    if (Status s = reader.readCurrencyRates([&](const CurrencyRate &rate) { builder.addRate(rate); }); !s)
        return s;
    if (Status s = reader.readStages([&](const Stage &stage) { builder.addStage(stage); }); !s)
        return s;
    if (Status s = reader.readReps([&](const Rep &rep) { builder.addRep(rep); }); !s)
        return s;
    if (Status s =
            reader.readQuotas(Order::Stored,
                              [&](const Quota &quota) { builder.addQuota(quota.repId, quota.period, quota.amount); });
        !s)
        return s;
    if (Status s = reader.readAccounts([&](const Account &account) { builder.addAccount(account); }); !s)
        return s;
    if (Status s = reader.readHealthReadings(Order::Stored,
                                             [&](const HealthReading &reading) { builder.addHealthReading(reading); });
        !s)
        return s;

    builder.reserveOpportunities(reader.opportunityCount());
    if (Status s = reader.readOpportunities([&](const Opportunity &o) { builder.addOpportunity(o); }); !s)
        return s;
#ifdef __GLIBC__
    // The MEDDPICC table by deal (~35 MB of small blocks at 100k deals) is freed: return it to
    // the system before the 110 MB of snapshot rows, or it stays in the peak for the whole run.
    malloc_trim(0);
#endif
    return Done{};
}

Result<std::shared_ptr<const Dataset>> DatasetLoader::finishFromSql(const Database &database, DatasetBuilder &builder)
{
    const CrmReader reader(database);
    if (Status s = reader.readForecastCalls(CrmReader::Order::Stored,
                                            [&](const ForecastCall &call) { builder.addForecastCall(call); });
        !s)
        return s.error();

    auto pocs = PocReader(database).read();
    if (!pocs)
        return pocs.error();
    builder.setPocs(std::move(pocs.value()));
    auto plays = PlayReader(database).read();
    if (!plays)
        return plays.error();
    builder.setPlays(std::move(plays.value()));
    auto qualification = QualificationHistoryStore(database).read();
    if (!qualification)
        return qualification.error();
    std::shared_ptr<Dataset> dataset = builder.finish();
    if (!dataset) // only rows spilled to a file can fail here
        return Error{Error::Kind::Database,
                     QCoreApplication::translate("dmc::DatasetLoader",
                                                 "The snapshot rows could not be written to a file "
                                                 "in the dataset image folder.")};
    DatasetBuilder::attachSourceGroups(*dataset, storedSourceGroups(database));
    DatasetBuilder::attachQualificationHistory(*dataset, std::move(qualification.value()));
    return std::shared_ptr<const Dataset>(std::move(dataset));
}

Result<std::shared_ptr<const Dataset>> DatasetLoader::loadFromSql(const Database &database, const QString &spillFolder)
{
    DatasetBuilder builder;
    if (Status s = readTablesBeforeSnapshots(database, builder); !s)
        return s.error();

    // Table order: walking the (as_of, opportunity_id) key costs a table seek per row (a third of
    // cockpit --scope all at 100k deals); finish() sorts the rows by (date, opportunity) anyway,
    // and imports write them in that order, so the sort is usually a check.
    const CrmReader reader(database);
    const qint64 rowCount = reader.snapshotCount();
    if (!spillFolder.isEmpty() && rowCount >= SpilledRows::WorthFromRows)
        builder.spillRowsTo(SpilledRows::create(spillFolder));
    builder.reserveSnapshots(rowCount);
    if (Status s = reader.readSnapshots(CrmReader::Order::Stored,
                                        [&](const CrmReader::Utf8Snapshot &stored) {
                                            DatasetBuilder::RawSnapshot row;
                                            row.asOf = DatasetBuilder::parseDay(stored.asOf);
                                            row.opportunityId = stored.opportunityId;
                                            row.ownerId = stored.ownerId;
                                            row.stage = stored.stage;
                                            row.category = stored.category;
                                            row.amount = stored.amount;
                                            row.currency = stored.currency;
                                            row.closeDay = DatasetBuilder::parseDay(stored.closeDate);
                                            row.stageEnteredDay = DatasetBuilder::parseDay(stored.stageEnteredDate);
                                            row.lastActivityDay = DatasetBuilder::parseDay(stored.lastActivityDate);
                                            builder.addSnapshot(row);
                                        });
        !s)
        return s.error();
    return finishFromSql(database, builder);
}

std::shared_ptr<const Dataset> DatasetLoader::fromCrmData(const CrmData &data)
{
    DatasetBuilder builder;
    if (!data.reportingCurrency.isEmpty())
        builder.setReportingCurrency(data.reportingCurrency);
    for (const CurrencyRate &rate : data.currencyRates)
        builder.addRate(rate);
    for (const Stage &stage : data.stages)
        builder.addStage(stage);
    std::vector<Rep> reps = data.reps;
    std::sort(reps.begin(), reps.end(), [](const Rep &a, const Rep &b) { return a.id < b.id; });
    for (const Rep &rep : reps)
        builder.addRep(rep);
    for (const Quota &quota : data.quotas)
        builder.addQuota(quota.repId, quota.period, quota.amount);
    for (const Account &account : data.accounts)
        builder.addAccount(account);
    for (const HealthReading &reading : data.healthReadings)
        builder.addHealthReading(reading);
    // Same order as the database path (ORDER BY id, byte order) so indices match.
    std::vector<const Opportunity *> opportunities;
    for (const Opportunity &o : data.opportunities)
        opportunities.push_back(&o);
    std::sort(opportunities.begin(), opportunities.end(),
              [](const Opportunity *a, const Opportunity *b) { return a->id.toUtf8() < b->id.toUtf8(); });
    for (const Opportunity *o : opportunities)
        builder.addOpportunity(*o);
    for (const SnapshotRow &snapshot : data.snapshots) {
        const QByteArray id = snapshot.opportunityId.toUtf8();
        const QByteArray owner = snapshot.ownerId.toUtf8();
        const QByteArray stage = snapshot.stage.toUtf8();
        const QByteArray category = forecastCategoryKey(snapshot.category).toUtf8();
        const QByteArray currency = snapshot.currency.toUtf8();
        DatasetBuilder::RawSnapshot row;
        row.asOf = snapshot.asOf.isValid() ? DayNumber(snapshot.asOf.toJulianDay()) : NoDay;
        row.opportunityId = id;
        row.ownerId = owner;
        row.stage = stage;
        row.category = category;
        row.amount = snapshot.amount;
        row.currency = currency;
        row.closeDay = snapshot.closeDate.isValid() ? DayNumber(snapshot.closeDate.toJulianDay()) : NoDay;
        row.stageEnteredDay =
            snapshot.stageEnteredDate.isValid() ? DayNumber(snapshot.stageEnteredDate.toJulianDay()) : NoDay;
        row.lastActivityDay =
            snapshot.lastActivityDate.isValid() ? DayNumber(snapshot.lastActivityDate.toJulianDay()) : NoDay;
        builder.addSnapshot(row);
    }
    for (const ForecastCall &call : data.forecastCalls)
        builder.addForecastCall(call);
    builder.setPocs(data.pocs);
    builder.setPlays(data.plays);
    std::shared_ptr<Dataset> dataset = builder.finish();
    DatasetBuilder::attachSourceGroups(*dataset, SourceGroupMap(data.sourceGroups));
    DatasetBuilder::attachQualificationHistory(*dataset, data.qualificationHistory);
    return std::shared_ptr<const Dataset>(std::move(dataset));
}

} // namespace dmc
