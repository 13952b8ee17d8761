#include "DatasetCache.h"

#include "DatasetImageCodec.h"
#include "PocPlayImage.h"
#include "QualificationHistory.h"

#include "store/CacheFolder.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <limits>
#include <type_traits>

namespace dmc {

using namespace image;

namespace {

constexpr quint32 Magic = 0x444d4453;    // "DMDS"
constexpr quint32 EndMagic = 0x21444e45; // "END!"
constexpr qint64 Chunk = qint64(1) << 26;

// The string table: how many texts, how many of them in its first half and where its second half
// starts (from the table's start), zero or one byte that puts the texts at an even offset in the
// file (a text read in place must be 2-byte aligned), then (UTF-16 length, UTF-16 code units)
// pairs. Copying, the reader turns the two halves into QStrings on two cores (300k texts at 100k
// canonical deals: 170 ms on one); in place, it only points at them.
constexpr quint64 StringHeaderBytes = 3 * sizeof(quint64);

quint64 stringPadding(qint64 tableAt)
{
    return quint64(tableAt + qint64(StringHeaderBytes)) % 2;
}

void packStrings(Writer &writer, const QStringList &strings, qint64 tableAt)
{
    const quint64 padding = stringPadding(tableAt);
    const qsizetype firstHalf = strings.size() / 2;
    quint64 secondHalfAt = StringHeaderBytes + padding;
    for (qsizetype i = 0; i < firstHalf; ++i)
        secondHalfAt += sizeof(quint32) + quint64(strings[i].size()) * 2;
    writer.raw(quint64(strings.size()));
    writer.raw(quint64(firstHalf));
    writer.raw(secondHalfAt);
    if (padding)
        writer.raw(quint8(0));
    for (const QString &text : strings) {
        writer.raw(quint32(text.size()));
        // constData(), not utf16(): utf16() copies a text read in place into its own buffer.
        writer.bytes(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
    }
}

enum class Texts { Copied, InPlace };

// Walks `count` texts from `at`, which must end exactly at `end`, handing each to `take(lengthAt,
// text, length)`.
template<class Take>
bool walkStringRun(const char *at, const char *const end, quint64 count, Take take)
{
    for (quint64 i = 0; i < count; ++i) {
        quint32 length = 0;
        if (end - at < qint64(sizeof length))
            return false;
        std::memcpy(&length, at, sizeof length);
        const char *const text = at + sizeof length;
        if (end - text < qint64(length) * 2)
            return false;
        take(at, text, length);
        at = text + qint64(length) * 2;
    }
    return at == end;
}

bool copyStringRun(const char *at, const char *const end, quint64 count, QStringList &strings)
{
    strings.reserve(qsizetype(std::min<quint64>(count, quint64(end - at) / sizeof(quint32))));
    return walkStringRun(at, end, count, [&strings](const char *, const char *text, quint32 length) {
        QString copy(qsizetype(length), Qt::Uninitialized);
        std::memcpy(copy.data(), text, size_t(length) * 2);
        strings.append(std::move(copy));
    });
}

// `block` is the table as the file holds it from `tableAt`.
bool unpackStrings(const QByteArray &block, qint64 tableAt, ImageTexts &strings, Texts texts)
{
    quint64 header[3] = {};
    const quint64 padding = stringPadding(tableAt);
    if (block.size() < qsizetype(sizeof header + padding))
        return false;
    std::memcpy(header, block.constData(), sizeof header);
    const quint64 count = header[0];
    const quint64 firstHalf = header[1];
    const quint64 secondHalfAt = header[2];
    if (firstHalf > count || secondHalfAt < sizeof header + padding || secondHalfAt > quint64(block.size()))
        return false;
    const char *const start = block.constData();
    const char *const firstAt = start + sizeof header + padding;
    const char *const secondAt = start + secondHalfAt;
    const char *const end = start + block.size();
    // In place needs the texts 2-byte aligned and every start within 32 bits; otherwise copy.
    if (texts == Texts::InPlace && quintptr(firstAt) % alignof(QChar) == 0
        && quint64(block.size()) <= std::numeric_limits<quint32>::max()) {
        // No QString until asked for: one pass, no second core.
        std::vector<ImageTexts::Span> spans;
        spans.reserve(size_t(std::min<quint64>(count, quint64(block.size()) / sizeof(quint32))));
        const auto note = [&](const char *, const char *text, quint32 length) {
            spans.push_back({quint32(text - start), length});
        };
        if (!walkStringRun(firstAt, secondAt, firstHalf, note)
            || !walkStringRun(secondAt, end, count - firstHalf, note))
            return false;
        strings.pointInto(start, std::move(spans));
        return true;
    }
    QStringList second;
    auto secondHalf =
        std::async(std::launch::async, [&] { return copyStringRun(secondAt, end, count - firstHalf, second); });
    const bool firstRead = copyStringRun(firstAt, secondAt, firstHalf, strings.copies());
    if (!secondHalf.get() || !firstRead)
        return false;
    strings.copies().append(std::move(second));
    return true;
}

std::atomic<bool> textsInPlace{false};

// The mappings whose texts were read in place, kept until the process exits: a QString copied out
// of a Dataset (into a result, into a slice) points into them after the Dataset is gone. Never
// freed, so no static destructor unmaps them under a late reader.
void keepUntilExit(std::shared_ptr<const void> mapping)
{
    static std::mutex guard;
    static auto *kept = new std::vector<std::shared_ptr<const void>>;
    const std::lock_guard lock(guard);
    kept->push_back(std::move(mapping));
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

// Each element's level then its note, as the image has always stored them.
template<class F>
void meddpiccFields(const Meddpicc &meddpicc, F &f)
{
    for (size_t e = 0; e < Meddpicc::size(); ++e) {
        const std::optional<EvidenceLevel> level = meddpicc.level(e);
        const QString note = meddpicc.note(e);
        f(level);
        f(note);
    }
}

template<class F>
void meddpiccFields(Meddpicc &meddpicc, F &f)
{
    Meddpicc::Notes notes;
    for (size_t e = 0; e < Meddpicc::size(); ++e) {
        std::optional<EvidenceLevel> level;
        f(level);
        f(notes[e]);
        meddpicc.setLevel(e, level);
    }
    meddpicc.setNotes(std::move(notes)); // allocates only for a deal with a note
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
    meddpiccFields(o.meddpicc, f);
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

// Plain-data vectors (the snapshot rows: ~110 MB at 3.4M rows) as raw bytes. Each block is its
// count (quint64), zero bytes up to the next multiple of 64 in the file, then the values: aligned,
// so that the large ones are read in place from a mapping of the file (MappedColumn).
constexpr qint64 BlockAlign = 64;

// `mapped`: the values lie in a file mapping, whose pages are given back behind the write.
template<class T>
bool writeRaw(QIODevice &device, std::span<const T> list, bool mapped = false)
{
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= BlockAlign);
    const quint64 count = list.size();
    if (device.write(reinterpret_cast<const char *>(&count), sizeof count) != qint64(sizeof count))
        return false;
    const qint64 padding = (BlockAlign - device.pos() % BlockAlign) % BlockAlign;
    if (padding > 0 && device.write(QByteArray(padding, '\0')) != padding)
        return false;
    const char *data = reinterpret_cast<const char *>(list.data());
    const qint64 bytes = qint64(list.size() * sizeof(T));
    for (qint64 done = 0; done < bytes;) {
        const qint64 written = device.write(data + done, std::min(Chunk, bytes - done));
        if (written <= 0)
            return false;
        if (mapped)
            releaseMappedPages(data + done, data + done + written);
        done += written;
    }
    return true;
}

template<class T>
bool writeRaw(QIODevice &device, const std::vector<T> &list)
{
    return writeRaw(device, std::span<const T>(list));
}

// The raw blocks of an image in memory (`base` is the file's first byte), in writing order.
class RawBlocks
{
public:
    RawBlocks(const uchar *base, qint64 at, qint64 end)
        : m_base(base)
        , m_at(at)
        , m_end(end)
    {
    }
    qint64 at() const { return m_at; }

    // A small block, copied into its vector.
    template<class T>
    bool copy(std::vector<T> &list)
    {
        const std::optional<std::span<const T>> values = next<T>();
        if (!values)
            return false;
        list.assign(values->begin(), values->end());
        return true;
    }
    // A large block, read in place.
    template<class T>
    bool view(std::span<const T> &values)
    {
        const std::optional<std::span<const T>> found = next<T>();
        if (found)
            values = *found;
        return found.has_value();
    }

private:
    // Refuses a count the rest of the section cannot hold (a damaged count must not read past it).
    template<class T>
    std::optional<std::span<const T>> next()
    {
        quint64 count = 0;
        if (m_end - m_at < qint64(sizeof count))
            return std::nullopt;
        std::memcpy(&count, m_base + m_at, sizeof count);
        m_at += qint64(sizeof count);
        m_at += (BlockAlign - m_at % BlockAlign) % BlockAlign;
        if (m_at > m_end || count > quint64(m_end - m_at) / sizeof(T))
            return std::nullopt;
        const auto *values = reinterpret_cast<const T *>(m_base + m_at);
        m_at += qint64(count * sizeof(T));
        return std::span<const T>(values, size_t(count));
    }

    const uchar *m_base;
    qint64 m_at;
    qint64 m_end;
};

// The image file mapped into memory, alive as long as a column reads it; where mapping fails
// (a file system without it), the file read into memory instead, and `mapped` false.
std::shared_ptr<const void> mapWhole(const std::shared_ptr<QFile> &file, const uchar *&base, bool &mapped)
{
    if (uchar *pages = file->map(0, file->size())) {
        base = pages;
        mapped = true;
        return file;
    }
    mapped = false;
    if (!file->seek(0))
        return nullptr;
    auto bytes = std::make_shared<QByteArray>(file->readAll());
    if (bytes->size() != file->size())
        return nullptr;
    base = reinterpret_cast<const uchar *>(bytes->constData());
    return bytes;
}

// The range of every index the two large columns hold (snapshot rows: deal, owner, stage,
// date; per-deal history: row), taken in one pass that can run beside the records' parsing; the
// counts to compare them with come from the records.
struct ColumnBounds
{
    qint64 lowestIndex = 0; // of deals and owners: below 0 is damage
    qint64 deals = 0;       // one past the largest, or 0
    qint64 owners = 0;
    size_t stages = 0;
    size_t dates = 0;
    size_t historyRows = 0;

    // `mapped`: the columns lie in a file mapping, whose pages the pass gives back behind it: a
    // query then holds only the pages it reads again (a week's rows, a deal's last weeks).
    static ColumnBounds of(std::span<const SnapshotRecord> rows, std::span<const quint32> history, bool mapped)
    {
        ColumnBounds bounds;
        ReleaseBehind releaseRows(reinterpret_cast<const char *>(rows.data()), mapped);
        size_t seen = 0;
        for (const SnapshotRecord &row : rows) {
            bounds.lowestIndex = std::min<qint64>(bounds.lowestIndex, std::min(row.opportunity, row.owner));
            bounds.deals = std::max<qint64>(bounds.deals, qint64(row.opportunity) + 1);
            bounds.owners = std::max<qint64>(bounds.owners, qint64(row.owner) + 1);
            bounds.stages = std::max<size_t>(bounds.stages, size_t(row.stage) + 1);
            bounds.dates = std::max<size_t>(bounds.dates, size_t(row.dateIndex) + 1);
            if (++seen % 16384 == 0)
                releaseRows.at(reinterpret_cast<const char *>(&row + 1));
        }
        if (mapped)
            releaseMappedPages(rows.data(), rows.data() + rows.size());
        for (const quint32 index : history)
            bounds.historyRows = std::max<size_t>(bounds.historyRows, size_t(index) + 1);
        if (mapped)
            releaseMappedPages(history.data(), history.data() + history.size());
        return bounds;
    }

    bool within(size_t dealCount, size_t ownerCount, size_t stageCount, size_t dateCount, size_t rowCount) const
    {
        return lowestIndex >= 0 && size_t(deals) <= dealCount && size_t(owners) <= ownerCount && stages <= stageCount
            && dates <= dateCount && historyRows <= rowCount;
    }
};

// Where the images of the database's scopes are, inside the cache's `datasets` folder.
QString scopeFolder(const QString &datasets, const Database &database)
{
    return datasets + QLatin1Char('/') + CacheFolder::fileKey(database.location()) + QStringLiteral(".scopes");
}

} // namespace

void DatasetCache::removeScopeImages(const Database &database)
{
    if (const QString datasets = CacheFolder::path(QStringLiteral("datasets")); !datasets.isEmpty())
        QDir(scopeFolder(datasets, database)).removeRecursively();
}

void DatasetCache::setTextsInPlace(bool inPlace)
{
    textsInPlace = inPlace;
}

std::optional<DatasetCache::Stamp> DatasetCache::stampOf(const Database &database, const Scope &scope)
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
    const bool whole = scope.kind == Scope::Kind::All;
    const QString salt = whole ? QString() : scope.key();
    Stamp stamp;
    // A scope's image sits in its database's scope folder, which an import empties.
    stamp.file = (whole ? folder : scopeFolder(folder, database)) + QLatin1Char('/')
        + CacheFolder::fileKey(database.location(), salt) + QStringLiteral(".dmds");
    stamp.text = QStringLiteral("format=%1;schema=%2;id=%3;generation=%4;currency=%5;latest=%6")
                     .arg(FormatVersion)
                     .arg(latestSchemaVersion())
                     .arg(version->databaseId, version->generation, version->reportingCurrency, version->latestSnapshot)
                     .toUtf8();
    if (!whole)
        stamp.text += ";scope=" + salt.toUtf8();
    return stamp;
}

bool DatasetCache::write(const Stamp &stamp, const Dataset &d)
{
    // Layout: header, records (strings as table indices), the POC and play rows (read on a core
    // of their own), the string table they filled, the plain vectors, and a trailer with where
    // the POC rows, the table and the vectors start.
    if (!QDir().mkpath(QFileInfo(stamp.file).path()))
        return false;
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
    qint64 pocPlayAt = 0;
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
        writer.raw(d.m_presence.bits());
        writer.flush();
        pocPlayAt = file.pos();
        PocPlayImage::write(writer, d.m_pocs, d.m_plays);
        writer.flush();
        stringsAt = file.pos();
        packStrings(writer, strings.strings(), stringsAt);
        writer.flush();
        failed = writer.failed();
    }
    strings = StringTable();
    const qint64 rawAt = file.pos();
    failed = failed || !writeRaw(file, d.m_accountArr) || !writeRaw(file, d.m_healthOffsets)
        || !writeRaw(file, d.m_opportunityOwner) || !writeRaw(file, d.m_opportunityAccount)
        || !writeRaw(file, d.m_opportunityAmount) || !writeRaw(file, d.m_snapshotDays)
        || !writeRaw(file, d.m_rows.span(), d.m_rows.isMapped()) || !writeRaw(file, d.m_dateOffsets)
        || !writeRaw(file, d.m_history.span()) || !writeRaw(file, d.m_historyOffsets);
    out << pocPlayAt << stringsAt << rawAt << EndMagic;
    if (failed || out.status() != QDataStream::Ok) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

std::shared_ptr<Dataset> DatasetCache::read(const Stamp &stamp)
{
    const auto shared = std::make_shared<QFile>(stamp.file);
    QFile &file = *shared;
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
    // The trailer says where the POC rows, the string table and the plain vectors start.
    const qint64 recordsAt = file.pos();
    const qint64 trailerAt = file.size() - qint64(3 * sizeof(qint64) + sizeof(quint32));
    qint64 pocPlayAt = 0;
    qint64 stringsAt = 0;
    qint64 rawAt = 0;
    quint32 end = 0;
    if (trailerAt < recordsAt || !file.seek(trailerAt))
        return nullptr;
    in >> pocPlayAt >> stringsAt >> rawAt >> end;
    if (in.status() != QDataStream::Ok || end != EndMagic || pocPlayAt < recordsAt || stringsAt < pocPlayAt
        || rawAt < stringsAt || rawAt > trailerAt)
        return nullptr;
    // Everything below reads the mapping: the records and strings once, the large columns in place.
    const uchar *base = nullptr;
    bool mapped = false;
    const std::shared_ptr<const void> mapping = mapWhole(shared, base, mapped);
    if (!mapping)
        return nullptr;
    auto block = [base](qint64 from, qint64 to) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(base + from), to - from);
    };

    auto data = std::make_shared<Dataset>();
    Dataset &d = *data;
    RawBlocks raw(base, rawAt, trailerAt);
    std::span<const SnapshotRecord> rowsInPlace;
    std::span<const quint32> historyInPlace;
    if (!raw.copy(d.m_accountArr) || !raw.copy(d.m_healthOffsets) || !raw.copy(d.m_opportunityOwner)
        || !raw.copy(d.m_opportunityAccount) || !raw.copy(d.m_opportunityAmount) || !raw.copy(d.m_snapshotDays)
        || !raw.view(rowsInPlace) || !raw.copy(d.m_dateOffsets) || !raw.view(historyInPlace)
        || !raw.copy(d.m_historyOffsets) || raw.at() != trailerAt)
        return nullptr;
    // Three parts on the two cores: the bounds of the large columns (every page of them), the
    // POC and play rows, and the other records. Each future is declared after what its task
    // reads, so that a refusal below waits for the tasks before their inputs go.
    auto columnBounds = std::async(std::launch::async, [rowsInPlace, historyInPlace, mapped] {
        return ColumnBounds::of(rowsInPlace, historyInPlace, mapped);
    });
    const Texts texts = textsInPlace ? Texts::InPlace : Texts::Copied;
    ImageTexts strings;
    if (!unpackStrings(block(stringsAt, rawAt), stringsAt, strings, texts))
        return nullptr;
    const bool textsInMapping = strings.inPlace();
    // The deal count of the POC rows' check is the owner column's, which must equal the deals'.
    auto pocsAndPlays = std::async(std::launch::async, [&d, &strings, pocBlock = block(pocPlayAt, stringsAt)] {
        Reader reader(pocBlock, strings);
        return PocPlayImage::read(reader, d.m_pocs, d.m_plays, d.m_opportunityOwner.size()) && reader.ok()
            && reader.atEnd();
    });
    const QByteArray records = block(recordsAt, pocPlayAt);

    std::vector<QualificationHistory::Point> qualificationPoints;
    {
        // The records are parsed once into the Dataset: their pages go back behind the reader.
        Reader reader(records, strings, mapped);
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
                         [](QualificationHistory::Point &p, Reader &f) { qualificationFields(p, f); }))
            return nullptr;
        d.m_presence = DataPresence::fromBits(reader.raw<quint32>());
        if (!reader.ok() || !reader.atEnd())
            return nullptr;
    }
    if (!pocsAndPlays.get())
        return nullptr;
    if (mapped)
        releaseMappedPages(base + recordsAt, base + stringsAt); // both parsed into the Dataset
    strings = ImageTexts();
    d.m_rows.map(rowsInPlace, mapping);
    d.m_history.map(historyInPlace, mapping);

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
    if (!columnBounds.get().within(opportunities, reps, d.m_stages.size(), d.m_snapshotDays.size(), rows))
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

    if (textsInMapping)
        keepUntilExit(mapping);

    // The lookups are rebuilt, not stored; the deals' and accounts' ones when first asked.
    for (const DayNumber day : d.m_snapshotDays)
        d.m_snapshotDates.append(QDate::fromJulianDay(day));
    for (size_t i = 0; i < reps; ++i)
        d.m_repIndex.insert(d.m_reps[i].rep.id, qint32(i));
    d.m_opportunityIndex.buildOnFirstLookup(&d.m_opportunities);
    d.m_accountIndex.buildOnFirstLookup(&d.m_accounts);
    for (size_t i = 0; i < d.m_stages.size(); ++i)
        d.m_stageIndex.insert(d.m_stages[i].name, qint32(i));
    d.m_converter.setReportingCurrency(d.m_reportingCurrency);
    for (const CurrencyRate &rate : d.m_rates)
        d.m_converter.addRate(rate);
    return data;
}

} // namespace dmc
