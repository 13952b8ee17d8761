#include "DatasetCache.h"

#include "DatasetImageCodec.h"
#include "PocPlayImage.h"
#include "QualificationHistory.h"

#include "store/CacheFolder.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>
#include <QVariant>

#include <cstring>
#include <limits>
#include <type_traits>

namespace dmc {

using namespace image;

namespace {

constexpr quint32 Magic = 0x444d4453;    // "DMDS"
constexpr quint32 EndMagic = 0x21444e45; // "END!"
constexpr qint64 Chunk = qint64(1) << 26;

// The string table as (UTF-16 length, UTF-16 code units) pairs, one block.
void packStrings(Writer &writer, const QStringList &strings)
{
    for (const QString &text : strings) {
        writer.raw(quint32(text.size()));
        writer.bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
}

bool unpackStrings(const QByteArray &block, QStringList &strings)
{
    const char *at = block.constData();
    const char *const end = at + block.size();
    while (at < end) {
        quint32 size = 0;
        if (end - at < qint64(sizeof size))
            return false;
        std::memcpy(&size, at, sizeof size);
        at += sizeof size;
        if (end - at < qint64(size) * 2)
            return false;
        QString text(qsizetype(size), Qt::Uninitialized);
        std::memcpy(text.data(), at, size_t(size) * 2);
        at += qint64(size) * 2;
        strings.append(std::move(text));
    }
    return true;
}

template<class R, class F>
void repFields(R &r, F &f)
{
    f(r.rep.id);
    f(r.rep.name);
    f(r.rep.district);
    f(r.rep.region);
    f(r.rep.role);
    f(r.rep.rampStart);
    f(r.districtIndex);
    f(r.regionIndex);
    f(r.known);
}

template<class S, class F>
void stageFields(S &s, F &f)
{
    f(s.name);
    f(s.probability);
    f(s.sortOrder);
    f(s.isWon);
    f(s.isLost);
}

template<class A, class F>
void accountFields(A &a, F &f)
{
    f(a.id);
    f(a.name);
    f(a.segment);
    f(a.industry);
    f(a.arr);
    f(a.currency);
    f(a.renewalDate);
    f(a.executiveSponsor);
}

template<class O, class F>
void opportunityFields(O &o, F &f)
{
    f(o.id);
    f(o.accountId);
    f(o.ownerId);
    f(o.name);
    f(o.type);
    f(o.stage);
    f(o.category);
    f(o.amount);
    f(o.currency);
    f(o.closeDate);
    f(o.createdDate);
    f(o.stageEnteredDate);
    f(o.lastActivityDate);
    f(o.nextStep);
    f(o.source);
    f(o.partner);
    for (auto &entry : o.meddpicc) {
        f(entry.level);
        f(entry.note);
    }
    f(o.poc.status);
    f(o.poc.start);
    f(o.poc.plannedEnd);
    f(o.poc.lastCheckIn);
    f(o.poc.successCriteriaDefined);
    f(o.securityReview);
    f(o.legalReview);
    f(o.importId);
    f(o.sourceFile);
    f(o.sourceLine);
    f(o.lossReason);
    f(o.competitor);
}

template<class P, class F>
void qualificationFields(P &p, F &f)
{
    f(p.opportunity);
    f(p.from);
    for (auto &level : p.state.meddpicc)
        f(level);
    f(p.state.poc.status);
    f(p.state.poc.start);
    f(p.state.poc.plannedEnd);
    f(p.state.poc.lastCheckIn);
    f(p.state.poc.successCriteriaDefined);
    f(p.state.securityReview);
    f(p.state.legalReview);
    f(p.state.nextStep);
}

template<class C, class F>
void callFields(C &c, F &f)
{
    f(c.rep);
    f(c.period);
    f(c.weekStart);
    f(c.commit);
    f(c.bestCase);
}

template<class H, class F>
void healthFields(H &h, F &f)
{
    f(h.accountId);
    f(h.date);
    f(h.score);
}

// Plain-data vectors (the snapshot rows: ~110 MB at 3.4M rows) as raw bytes, read straight into
// their final vector.
template<class T>
void writeRaw(QIODevice &device, QDataStream &out, const std::vector<T> &list)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out << quint64(list.size());
    const char *data = reinterpret_cast<const char *>(list.data());
    const qint64 bytes = qint64(list.size() * sizeof(T));
    for (qint64 done = 0; done < bytes;) {
        const qint64 written = device.write(data + done, std::min(Chunk, bytes - done));
        if (written <= 0)
            return;
        done += written;
    }
}

template<class T>
bool readRaw(QIODevice &device, QDataStream &in, std::vector<T> &list)
{
    static_assert(std::is_trivially_copyable_v<T>);
    quint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(device.bytesAvailable()) / sizeof(T))
        return false;
    list.reserve(size_t(count));
    adviseHugePages(list.data(), count * sizeof(T));
    list.resize(size_t(count));
    char *data = reinterpret_cast<char *>(list.data());
    const qint64 bytes = qint64(count * sizeof(T));
    for (qint64 done = 0; done < bytes;) {
        const qint64 read = device.read(data + done, std::min(Chunk, bytes - done));
        if (read <= 0)
            return false;
        done += read;
    }
    return true;
}

bool offsetsValid(const std::vector<quint32> &offsets, size_t parts, size_t total)
{
    if (offsets.size() != parts + 1 || offsets.front() != 0 || offsets.back() != total)
        return false;
    return std::is_sorted(offsets.begin(), offsets.end());
}

} // namespace

std::optional<DatasetCache::Stamp> DatasetCache::stampOf(const Database &database)
{
    if (database.isServer() || !CacheFolder::enabled())
        return std::nullopt;
    const std::optional<CrmReader::DataVersion> version = CrmReader(database).dataVersion();
    // No id or generation: written before CrmWriter kept them, so staleness is undetectable.
    if (!version || version->databaseId.isEmpty() || version->generation.isEmpty())
        return std::nullopt;
    const QString folder = CacheFolder::path(QStringLiteral("datasets"));
    if (folder.isEmpty())
        return std::nullopt;
    Stamp stamp;
    stamp.file = folder + QLatin1Char('/') + CacheFolder::fileKey(database.location()) + QStringLiteral(".dmds");
    stamp.text = QStringLiteral("format=%1;schema=%2;id=%3;generation=%4;currency=%5;rows=%6")
                     .arg(FormatVersion)
                     .arg(latestSchemaVersion())
                     .arg(version->databaseId, version->generation, version->reportingCurrency)
                     .arg(version->lastSnapshotRow)
                     .toUtf8();
    return stamp;
}

bool DatasetCache::write(const Stamp &stamp, const Dataset &d)
{
    // Layout: header, records (strings as table indices), the string table they filled, the
    // plain vectors, and a trailer with where the table and the vectors start.
    QSaveFile file(stamp.file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Deal names and amounts: as private as the database itself.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << Magic << FormatVersion << stamp.text;

    StringTable strings;
    qint64 stringsAt = 0;
    bool failed = false;
    {
        Writer writer(file, strings);
        writer(d.m_reportingCurrency);
        writer.raw(quint64(d.m_rates.size()));
        for (const CurrencyRate &rate : d.m_rates) {
            writer(rate.code);
            writer(rate.rate);
            writer(rate.isReporting);
            writer(rate.startDate);
        }
        writeNames(writer, d.m_missingRates);
        writeList(writer, d.m_stages, [](const Stage &s, Writer &f) { stageFields(s, f); });
        writeList(writer, d.m_reps, [](const DatasetRep &r, Writer &f) { repFields(r, f); });
        writeNames(writer, d.m_districts);
        writeNames(writer, d.m_regions);
        writer.raw(quint64(d.m_quotas.size()));
        for (auto it = d.m_quotas.constBegin(); it != d.m_quotas.constEnd(); ++it) {
            writer(it.key());
            const std::vector<bool> present = d.m_quotaPresent.value(it.key());
            writer.raw(quint64(it.value().size()));
            for (size_t i = 0; i < it.value().size(); ++i) {
                writer(it.value()[i]);
                writer(bool(i < present.size() && present[i]));
            }
        }
        writeList(writer, d.m_accounts, [](const Account &a, Writer &f) { accountFields(a, f); });
        writeList(writer, d.m_health, [](const HealthReading &h, Writer &f) { healthFields(h, f); });
        writeList(writer, d.m_opportunities, [](const Opportunity &o, Writer &f) { opportunityFields(o, f); });
        writeList(writer, d.m_calls, [](const DatasetForecastCall &c, Writer &f) { callFields(c, f); });
        using Point = QualificationHistory::Point;
        writeList(writer, d.qualificationHistory().points(),
                  [](const Point &p, Writer &f) { qualificationFields(p, f); });
        PocPlayImage::write(writer, d.m_pocs, d.m_plays);
        writer.raw(d.m_presence.bits());
        writer.flush();
        stringsAt = file.pos();
        packStrings(writer, strings.strings());
        writer.flush();
        failed = writer.failed();
    }
    strings = StringTable();
    const qint64 rawAt = file.pos();
    writeRaw(file, out, d.m_accountArr);
    writeRaw(file, out, d.m_healthOffsets);
    writeRaw(file, out, d.m_opportunityOwner);
    writeRaw(file, out, d.m_opportunityAccount);
    writeRaw(file, out, d.m_opportunityAmount);
    writeRaw(file, out, d.m_snapshotDays);
    writeRaw(file, out, d.m_rows);
    writeRaw(file, out, d.m_dateOffsets);
    writeRaw(file, out, d.m_history);
    writeRaw(file, out, d.m_historyOffsets);
    out << stringsAt << rawAt << EndMagic;
    if (failed || out.status() != QDataStream::Ok) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

std::shared_ptr<Dataset> DatasetCache::read(const Stamp &stamp)
{
    QFile file(stamp.file);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray text;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion)
        return nullptr;
    in >> text;
    if (in.status() != QDataStream::Ok || text != stamp.text)
        return nullptr;
    // The trailer says where the string table and the plain vectors start.
    const qint64 recordsAt = file.pos();
    const qint64 trailerAt = file.size() - qint64(2 * sizeof(qint64) + sizeof(quint32));
    qint64 stringsAt = 0;
    qint64 rawAt = 0;
    quint32 end = 0;
    if (trailerAt < recordsAt || !file.seek(trailerAt))
        return nullptr;
    in >> stringsAt >> rawAt >> end;
    if (in.status() != QDataStream::Ok || end != EndMagic || stringsAt < recordsAt || rawAt < stringsAt
        || rawAt > trailerAt || !file.seek(stringsAt))
        return nullptr;
    QStringList strings;
    {
        const QByteArray packed = file.read(rawAt - stringsAt);
        if (packed.size() != rawAt - stringsAt || !unpackStrings(packed, strings))
            return nullptr;
    }
    if (!file.seek(recordsAt))
        return nullptr;
    QByteArray records = file.read(stringsAt - recordsAt);
    if (records.size() != stringsAt - recordsAt)
        return nullptr;

    auto data = std::make_shared<Dataset>();
    Dataset &d = *data;
    std::vector<QualificationHistory::Point> qualificationPoints;
    {
        Reader reader(records, strings);
        reader(d.m_reportingCurrency);
        const auto rates = reader.raw<quint64>();
        if (rates > quint64(reader.remaining()))
            return nullptr;
        d.m_rates.resize(size_t(rates));
        for (CurrencyRate &rate : d.m_rates) {
            reader(rate.code);
            reader(rate.rate);
            reader(rate.isReporting);
            reader(rate.startDate);
        }
        if (!readNames(reader, d.m_missingRates)
            || !readList(reader, d.m_stages, [](Stage &s, Reader &f) { stageFields(s, f); })
            || !readList(reader, d.m_reps, [](DatasetRep &r, Reader &f) { repFields(r, f); })
            || !readNames(reader, d.m_districts) || !readNames(reader, d.m_regions))
            return nullptr;
        const auto periods = reader.raw<quint64>();
        if (periods > quint64(reader.remaining()))
            return nullptr;
        for (quint64 p = 0; p < periods; ++p) {
            QString period;
            reader(period);
            const auto count = reader.raw<quint64>();
            if (!reader.ok() || count != d.m_reps.size())
                return nullptr;
            std::vector<Cents> amounts(size_t(count), 0);
            std::vector<bool> present(size_t(count), false);
            for (size_t i = 0; i < size_t(count); ++i) {
                bool has = false;
                reader(amounts[i]);
                reader(has);
                present[i] = has;
            }
            d.m_quotas.insert(period, std::move(amounts));
            d.m_quotaPresent.insert(period, std::move(present));
        }
        if (!readList(reader, d.m_accounts, [](Account &a, Reader &f) { accountFields(a, f); })
            || !readList(reader, d.m_health, [](HealthReading &h, Reader &f) { healthFields(h, f); })
            || !readList(reader, d.m_opportunities, [](Opportunity &o, Reader &f) { opportunityFields(o, f); })
            || !readList(reader, d.m_calls, [](DatasetForecastCall &c, Reader &f) { callFields(c, f); })
            || !readList(reader, qualificationPoints,
                         [](QualificationHistory::Point &p, Reader &f) { qualificationFields(p, f); })
            || !PocPlayImage::read(reader, d.m_pocs, d.m_plays, d.m_opportunities.size()))
            return nullptr;
        d.m_presence = DataPresence::fromBits(reader.raw<quint32>());
        if (!reader.ok() || !reader.atEnd())
            return nullptr;
    }
    records = QByteArray();
    strings = QStringList();
    if (!file.seek(rawAt))
        return nullptr;

    if (!readRaw(file, in, d.m_accountArr) || !readRaw(file, in, d.m_healthOffsets)
        || !readRaw(file, in, d.m_opportunityOwner) || !readRaw(file, in, d.m_opportunityAccount)
        || !readRaw(file, in, d.m_opportunityAmount) || !readRaw(file, in, d.m_snapshotDays)
        || !readRaw(file, in, d.m_rows) || !readRaw(file, in, d.m_dateOffsets) || !readRaw(file, in, d.m_history)
        || !readRaw(file, in, d.m_historyOffsets))
        return nullptr;
    if (in.status() != QDataStream::Ok || file.pos() != trailerAt)
        return nullptr;

    // Every index the engine follows without checking must be in range: a damaged image is
    // refused here instead of crashing there.
    const size_t reps = d.m_reps.size();
    const size_t opportunities = d.m_opportunities.size();
    const size_t accounts = d.m_accounts.size();
    const size_t rows = d.m_rows.size();
    if (d.m_opportunityOwner.size() != opportunities || d.m_opportunityAccount.size() != opportunities
        || d.m_opportunityAmount.size() != opportunities || d.m_accountArr.size() != accounts || d.m_stages.empty()
        || d.m_snapshotDays.size() > 0xffff || d.m_history.size() != rows
        || !offsetsValid(d.m_healthOffsets, accounts, d.m_health.size())
        || !offsetsValid(d.m_dateOffsets, d.m_snapshotDays.size(), rows)
        || !offsetsValid(d.m_historyOffsets, opportunities, rows))
        return nullptr;
    for (const SnapshotRecord &row : d.m_rows) {
        if (row.opportunity < 0 || size_t(row.opportunity) >= opportunities || row.owner < 0
            || size_t(row.owner) >= reps || row.stage >= d.m_stages.size() || row.dateIndex >= d.m_snapshotDays.size())
            return nullptr;
    }
    for (const quint32 index : d.m_history)
        if (index >= rows)
            return nullptr;
    for (size_t i = 0; i < opportunities; ++i) {
        if (d.m_opportunityOwner[i] < 0 || size_t(d.m_opportunityOwner[i]) >= reps || d.m_opportunityAccount[i] < -1
            || d.m_opportunityAccount[i] >= qint32(accounts))
            return nullptr;
    }
    for (const DatasetRep &rep : d.m_reps) {
        if (rep.districtIndex < -1 || rep.districtIndex >= d.m_districts.size() || rep.regionIndex < -1
            || rep.regionIndex >= d.m_regions.size())
            return nullptr;
    }
    for (const DatasetForecastCall &call : d.m_calls)
        if (call.rep < 0 || size_t(call.rep) >= reps)
            return nullptr;
    if (!qualificationPoints.empty()) {
        d.m_qualificationHistory = QualificationHistory::fromPoints(std::move(qualificationPoints), opportunities);
        if (!d.m_qualificationHistory)
            return nullptr;
    }

    // The lookups are rebuilt, not stored.
    for (const DayNumber day : d.m_snapshotDays)
        d.m_snapshotDates.append(QDate::fromJulianDay(day));
    for (size_t i = 0; i < reps; ++i)
        d.m_repIndex.insert(d.m_reps[i].rep.id, qint32(i));
    d.m_opportunityIndex.reserve(qsizetype(opportunities));
    for (size_t i = 0; i < opportunities; ++i)
        d.m_opportunityIndex.insert(d.m_opportunities[i].id, qint32(i));
    for (size_t i = 0; i < d.m_stages.size(); ++i)
        d.m_stageIndex.insert(d.m_stages[i].name, qint32(i));
    for (size_t i = 0; i < accounts; ++i)
        d.m_accountIndex.insert(d.m_accounts[i].id, qint32(i));
    d.m_converter.setReportingCurrency(d.m_reportingCurrency);
    for (const CurrencyRate &rate : d.m_rates)
        d.m_converter.addRate(rate);
    return data;
}

} // namespace dmc
