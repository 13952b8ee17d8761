#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstring>
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

// The field-by-field coding of the Dataset image's records (DatasetCache), shared by the files
// that write and read its parts. Internal to the image: nothing else includes it.
namespace dmc::image {

// Strings go through one table: each distinct text is stored and allocated once on reading
// (owner ids, stages, currencies and file names repeat on every deal). 0 is a null QString,
// 1 an empty one, so nullness survives the round trip.
class StringTable
{
public:
    quint32 indexOf(const QString &text)
    {
        if (text.isNull())
            return 0;
        if (text.isEmpty())
            return 1;
        const auto found = m_index.constFind(text);
        if (found != m_index.constEnd())
            return found.value();
        const auto index = quint32(m_strings.size() + 2);
        m_index.insert(text, index);
        m_strings.append(text);
        return index;
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_strings;
};

// The texts of an image's string table as the reader hands them out by index: either copied into
// QStrings, or (in place) QStrings that point into the mapping, made when asked from where each
// text starts: the table then costs 4 bytes a text and no allocation.
class ImageTexts
{
public:
    QStringList &copies() { return m_copies; }
    // Where a text lies in a mapped table: its characters' offset from the table and its length.
    struct Span
    {
        quint32 at;
        quint32 length;
    };
    // `table`: the mapped bytes. Lengths are kept beside the offsets so that handing out a text
    // does not read the table: a cockpit reads 100k deals' names and never looks at them.
    void pointInto(const char *table, std::vector<Span> spans)
    {
        m_table = table;
        m_spans = std::move(spans);
    }
    bool inPlace() const { return m_table != nullptr; }
    qsizetype size() const { return m_table ? qsizetype(m_spans.size()) : m_copies.size(); }
    QString at(qsizetype index) const
    {
        if (!m_table)
            return m_copies.at(index);
        const Span span = m_spans[size_t(index)];
        return QString::fromRawData(reinterpret_cast<const QChar *>(m_table + span.at), qsizetype(span.length));
    }

private:
    QStringList m_copies;
    const char *m_table = nullptr;
    std::vector<Span> m_spans;
};

// Field-by-field writer and reader with the same call shape, so each record lists its fields
// once. Plain native-endian bytes in a buffer: the image is read only on the machine that wrote
// it, and a QDataStream call per field cost more than the rest of the read.
class Writer
{
public:
    Writer(QIODevice &device, StringTable &strings)
        : m_device(device)
        , m_strings(strings)
    {
    }
    ~Writer() { flush(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    template<class T>
    void raw(T value)
    {
        bytes(reinterpret_cast<const char *>(&value), sizeof(T));
    }
    void bytes(const char *data, qsizetype size)
    {
        m_out.append(data, size);
        if (m_out.size() >= FlushAt)
            flush();
    }
    // Written in 1 MB pieces: the records never sit whole in memory beside the Dataset.
    void flush()
    {
        if (!m_out.isEmpty() && m_device.write(m_out) != m_out.size())
            m_failed = true;
        m_out.truncate(0);
    }
    bool failed() const { return m_failed; }
    void operator()(const QString &text) { raw(m_strings.indexOf(text)); }
    void operator()(const QDate &date) { raw(qint64(date.isValid() ? date.toJulianDay() : Invalid)); }
    void operator()(const std::optional<Cents> &amount)
    {
        raw(quint8(amount ? 1 : 0));
        raw(qint64(amount.value_or(0)));
    }
    void operator()(bool value) { raw(quint8(value ? 1 : 0)); }
    void operator()(double value) { raw(value); }
    void operator()(const QStringList &list)
    {
        raw(quint32(list.size()));
        for (const QString &text : list)
            (*this)(text);
    }
    // A level or status the export did not give: -1.
    template<class E>
    requires std::is_enum_v<E>
    void operator()(const std::optional<E> &value)
    {
        raw(value ? qint64(std::underlying_type_t<E>(*value)) : qint64(-1));
    }
    template<class T>
    requires std::is_integral_v<T> || std::is_enum_v<T>
    void operator()(T value)
    {
        if constexpr (std::is_enum_v<T>)
            raw(qint64(std::underlying_type_t<T>(value)));
        else
            raw(qint64(value));
    }

    static constexpr qint64 Invalid = std::numeric_limits<qint64>::min();
    static constexpr qsizetype FlushAt = qsizetype(1) << 20;

private:
    QIODevice &m_device;
    StringTable &m_strings;
    QByteArray m_out;
    bool m_failed = false;
};

#ifdef Q_OS_LINUX
// madvise() over the whole `unit`-aligned blocks inside [from, to).
inline void adviseWholeBlocks(quintptr from, quintptr to, quintptr unit, int advice)
{
    const quintptr begin = (from + unit - 1) & ~(unit - 1);
    const quintptr end = to & ~(unit - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), size_t(end - begin), advice);
}
#endif

// Gives back the whole pages of [from, to) that a read has finished with: the process's resident
// memory drops, the page cache keeps them, and a later read faults them back in. Only for a
// read-only mapping of a file: on memory of the process's own, MADV_DONTNEED would zero it.
inline void releaseMappedPages(const void *from, const void *to)
{
#ifdef Q_OS_LINUX
    adviseWholeBlocks(quintptr(from), quintptr(to), 4096, MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

// Releases a mapped block behind a sequential read, a few megabytes at a time: parsed records
// then cost their heap copy, not their heap copy plus the file's pages.
class ReleaseBehind
{
public:
    ReleaseBehind(const char *start, bool mapped)
        : m_releasedUpTo(start)
        , m_mapped(mapped)
    {
    }
    void at(const char *position)
    {
        if (m_mapped && position - m_releasedUpTo >= Step) {
            releaseMappedPages(m_releasedUpTo, position);
            m_releasedUpTo = position;
        }
    }

private:
    static constexpr qint64 Step = qint64(4) << 20;
    const char *m_releasedUpTo;
    bool m_mapped;
};

class Reader
{
public:
    // `mapped`: `in` lies in a read-only file mapping, whose pages the reader gives back behind it.
    Reader(const QByteArray &in, const ImageTexts &strings, bool mapped = false)
        : m_at(in.constData())
        , m_end(in.constData() + in.size())
        , m_strings(strings)
        , m_release(in.constData(), mapped)
    {
    }
    void releaseBehind() { m_release.at(m_at); }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qint64 remaining() const { return qint64(m_end - m_at); }
    template<class T>
    T raw()
    {
        T value{};
        if (m_end - m_at < qint64(sizeof(T))) {
            m_ok = false;
            m_at = m_end;
            return value;
        }
        std::memcpy(&value, m_at, sizeof(T));
        m_at += sizeof(T);
        return value;
    }
    void operator()(QString &text)
    {
        const auto index = raw<quint32>();
        if (index == 1)
            text = QStringLiteral("");
        else if (index >= 2 && index - 2 < quint32(m_strings.size()))
            text = m_strings.at(qsizetype(index - 2));
        else if (index != 0)
            m_ok = false;
    }
    void operator()(QDate &date)
    {
        const auto day = raw<qint64>();
        date = day == Writer::Invalid ? QDate() : QDate::fromJulianDay(day);
    }
    void operator()(std::optional<Cents> &amount)
    {
        const bool present = raw<quint8>() != 0;
        const auto value = raw<qint64>();
        amount = present ? std::optional<Cents>(value) : std::nullopt;
    }
    void operator()(bool &value) { value = raw<quint8>() != 0; }
    void operator()(double &value) { value = raw<double>(); }
    void operator()(QStringList &list)
    {
        const auto count = raw<quint32>();
        if (!m_ok || qint64(count) * qint64(sizeof(quint32)) > remaining()) {
            m_ok = false;
            return;
        }
        list.reserve(qsizetype(count));
        for (quint32 i = 0; i < count; ++i) {
            QString text;
            (*this)(text);
            list.append(std::move(text));
        }
    }
    template<class E>
    requires std::is_enum_v<E>
    void operator()(std::optional<E> &value)
    {
        const auto stored = raw<qint64>();
        value = stored < 0 ? std::nullopt : std::optional<E>(E(stored));
    }
    template<class T>
    requires std::is_integral_v<T> || std::is_enum_v<T>
    void operator()(T &value) { value = T(raw<qint64>()); }

private:
    const char *m_at;
    const char *m_end;
    const ImageTexts &m_strings;
    ReleaseBehind m_release;
    bool m_ok = true;
};

// The snapshot rows fill 110 MB at 100k deals: in 4 KB pages that is 27k page faults, a third of
// a cached start. Transparent huge pages (where the kernel offers them on request) cut that 512x.
inline void adviseHugePages(void *data, size_t bytes)
{
#ifdef Q_OS_LINUX
    constexpr quintptr Huge = quintptr(2) << 20;
    if (bytes >= 4 * Huge)
        adviseWholeBlocks(quintptr(data), quintptr(data) + bytes, Huge, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

template<class T, class Fields>
void writeList(Writer &writer, const std::vector<T> &list, Fields fields)
{
    writer.raw(quint64(list.size()));
    for (const T &item : list)
        fields(item, writer);
}

// Reads a list, refusing a count the rest of the block cannot hold (a damaged count must not
// allocate gigabytes).
template<class T, class Fields>
bool readList(Reader &reader, std::vector<T> &list, Fields fields)
{
    const auto count = reader.raw<quint64>();
    if (!reader.ok() || count > quint64(reader.remaining()))
        return false;
    list.reserve(size_t(count));
    adviseHugePages(list.data(), size_t(count) * sizeof(T));
    list.resize(size_t(count));
    size_t read = 0;
    for (T &item : list) {
        fields(item, reader);
        if (++read % 4096 == 0)
            reader.releaseBehind();
    }
    return reader.ok();
}

// A QStringList of table strings.
inline void writeNames(Writer &writer, const QStringList &names)
{
    writer.raw(quint64(names.size()));
    for (const QString &name : names)
        writer(name);
}

inline bool readNames(Reader &reader, QStringList &names)
{
    const auto count = reader.raw<quint64>();
    if (!reader.ok() || count > quint64(reader.remaining()))
        return false;
    names.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        QString name;
        reader(name);
        names.append(name);
    }
    return reader.ok();
}

// Offsets of `parts` groups into a list of `total` rows: one per group and one past the end, from 0
// to the total, never going back.
inline bool offsetsValid(const std::vector<quint32> &offsets, size_t parts, size_t total)
{
    if (offsets.size() != parts + 1 || offsets.front() != 0 || offsets.back() != total)
        return false;
    return std::is_sorted(offsets.begin(), offsets.end());
}

} // namespace dmc::image
