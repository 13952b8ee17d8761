#include "CsvByteReader.h"

#include "CsvReader.h"

#include <cstring>

namespace dmc {

namespace {

constexpr qint64 Chunk = qint64(1) << 20;

// QChar::isSpace for the ASCII range.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// QString::trimmed().isEmpty() on UTF-8 bytes.
bool isBlank(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed().isEmpty();
        if (!isAsciiSpace(c))
            return false;
    }
    return true;
}

QString csvMessage(const char *text)
{
    // The same words as CsvReader, so one translation serves both readers.
    return QCoreApplication::translate("dmc::CsvReader", text);
}

} // namespace

bool CsvByteReader::isPlainUtf8(const QString &path, const QString &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString wanted = encoding.trimmed().toLower();
    const bool utf8 = wanted.isEmpty() || wanted == QLatin1String("auto") || wanted == QLatin1String("utf-8")
        || wanted == QLatin1String("utf8");
    std::string buffer(size_t(Chunk) + 8, '\0');
    size_t carry = 0;
    bool first = true;
    bool graphic = false; // a byte that trimming keeps: the file is not blank
    for (;;) {
        const qint64 got = file.read(buffer.data() + carry, Chunk);
        if (got < 0)
            return false;
        if (got == 0)
            return carry == 0 && graphic;
        const size_t size = carry + size_t(got);
        const auto *d = reinterpret_cast<const unsigned char *>(buffer.data());
        size_t i = 0;
        if (first) {
            first = false;
            if (size >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
                return false;
            if (size >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF)
                i = 3;
            else if (!utf8)
                return false;
        }
        while (i < size) {
            // Eight ASCII bytes at a time when none is below 0x20 (tabs and line ends fall through).
            if (i + 8 <= size) {
                quint64 word = 0;
                std::memcpy(&word, d + i, 8);
                if ((word & 0x8080808080808080ULL) == 0
                    && ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) == 0) {
                    graphic = graphic || word != 0x2020202020202020ULL;
                    i += 8;
                    continue;
                }
            }
            const unsigned char c = d[i];
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    return false; // NUL or a control character: CsvReader's notes and errors
                graphic = graphic || c > 0x20;
                ++i;
                continue;
            }
            // Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
            size_t length = 0;
            unsigned char low = 0x80;
            unsigned char high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                low = c == 0xE0 ? 0xA0 : 0x80;
                high = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > size)
                break; // the rest comes with the next chunk
            if (d[i + 1] < low || d[i + 1] > high)
                return false;
            for (size_t k = 2; k < length; ++k)
                if ((d[i + k] & 0xC0) != 0x80)
                    return false;
            graphic = true; // non-ASCII text (a lone NBSP file goes the slow way: rare)
            i += length;
        }
        carry = size - i;
        std::memmove(buffer.data(), buffer.data() + i, carry);
    }
}

Error CsvByteReader::fail(qint64 line, int column, const QString &message) const
{
    Error error;
    error.file = m_fileName;
    error.line = line;
    error.column = column;
    error.message = message;
    return error;
}

bool CsvByteReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += qint64(m_pos);
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    // Grow with the pending record, so a huge quoted field is re-scanned a logarithmic number of times.
    const qint64 wanted = std::max<qint64>(Chunk, qint64(m_buffer.size()));
    const size_t kept = m_buffer.size();
    m_buffer.resize(kept + size_t(wanted));
    const qint64 got = m_file.read(m_buffer.data() + kept, wanted);
    m_buffer.resize(kept + size_t(std::max<qint64>(got, 0)));
    if (got <= 0)
        m_eof = true;
    return true;
}

Status CsvByteReader::open(const QString &path, const QString &fileName, QChar delimiter)
{
    m_fileName = fileName;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        Error error;
        error.file = fileName;
        error.message = csvMessage("cannot read the file (%1)").arg(m_file.errorString());
        return error;
    }
    fill();
    if (m_buffer.size() >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    if (delimiter.isNull()) {
        // The header line decides, as in CsvReader; the first chunk holds it.
        const qsizetype size = qsizetype(std::min<size_t>(m_buffer.size() - m_pos, 65536));
        delimiter = CsvReader::detectDelimiter(QString::fromUtf8(m_buffer.data() + m_pos, size));
    }
    m_delimiter = char(delimiter.unicode());
    const Result<bool> header = nextRecord();
    if (!header)
        return header.error();
    if (*header) {
        m_header = fieldTexts();
        m_expected = int(m_header.size());
    }
    return Done{};
}

CsvByteReader::Parsed CsvByteReader::parseRecord()
{
    const size_t size = m_buffer.size();
    const char *d = m_buffer.data();
    const char delimiter = m_delimiter;
    size_t i = m_pos;
    qint64 line = m_nextLine;
    m_fields.clear();
    m_lineOffsets.clear();
    m_scratch.clear();
    m_spansLines = false;
    m_line = line;
    if (i >= size)
        return m_eof ? Parsed::End : Parsed::NeedMore;
    for (;;) {
        m_lineOffsets.push_back(qint32(line - m_line));
        Span span;
        if (i < size && d[i] == '"') {
            const qint64 openedAt = line;
            ++i;
            span.scratch = true;
            span.offset = m_scratch.size();
            size_t run = i;
            bool closed = false;
            while (i < size) {
                const char c = d[i];
                if (c == '"') {
                    if (i + 1 >= size && !m_eof)
                        return Parsed::NeedMore;
                    if (i + 1 < size && d[i + 1] == '"') {
                        m_scratch.append(d + run, i + 1 - run);
                        i += 2;
                        run = i;
                        continue;
                    }
                    m_scratch.append(d + run, i - run);
                    ++i;
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    ++line;
                    m_spansLines = true;
                } else if (c == '\r') {
                    if (i + 1 >= size && !m_eof)
                        return Parsed::NeedMore;
                    // CRLF inside a quoted field is one line break.
                    if (i + 1 < size && d[i + 1] == '\n') {
                        m_scratch.append(d + run, i - run);
                        ++i;
                        run = i;
                        continue;
                    }
                }
                ++i;
            }
            if (!closed) {
                if (!m_eof)
                    return Parsed::NeedMore;
                m_error = fail(openedAt, int(m_fields.size()) + 1,
                               csvMessage("a quoted field is never closed (the file may be truncated)"));
                return Parsed::Failed;
            }
            // Text between the closing quote and the delimiter is kept as written.
            const size_t start = i;
            while (i < size && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
                ++i;
            if (i >= size && !m_eof)
                return Parsed::NeedMore;
            m_scratch.append(d + start, i - start);
            span.size = m_scratch.size() - span.offset;
        } else {
            const size_t start = i;
            while (i < size && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
                ++i;
            if (i >= size && !m_eof)
                return Parsed::NeedMore;
            span.offset = start;
            span.size = i - start;
        }
        m_fields.push_back(span);
        if (i >= size)
            break;
        if (d[i] == delimiter) {
            ++i;
            continue;
        }
        if (d[i] == '\r') {
            if (i + 1 >= size && !m_eof)
                return Parsed::NeedMore;
            if (i + 1 < size && d[i + 1] == '\n')
                ++i;
        }
        ++i;
        ++line;
        break;
    }
    m_pos = i;
    m_nextLine = line;
    m_views.clear();
    for (const Span &span : m_fields)
        m_views.emplace_back((span.scratch ? m_scratch.data() : d) + span.offset, span.size);
    return Parsed::Row;
}

bool CsvByteReader::isBlankRow() const
{
    return m_views.size() == 1 && isBlank(m_views.front());
}

Result<bool> CsvByteReader::nextRecord()
{
    for (;;) {
        const Parsed parsed = parseRecord();
        if (parsed == Parsed::NeedMore) {
            fill();
            continue;
        }
        if (parsed == Parsed::Failed)
            return *m_error;
        if (parsed == Parsed::End)
            return false;
        if (!isBlankRow())
            return true;
    }
}

Result<bool> CsvByteReader::next()
{
    const Result<bool> record = nextRecord();
    if (!record || !*record)
        return record;
    const int count = int(m_views.size());
    if (count < m_expected)
        return fail(m_line, count,
                    csvMessage("the row has %1 fields, the header has %2 (the file may be truncated)")
                        .arg(count)
                        .arg(m_expected));
    if (count > m_expected) {
        // Trailing empty fields (Excel's ";;;") are harmless; anything else shifts columns.
        for (int k = m_expected; k < count; ++k) {
            if (!isBlank(m_views[size_t(k)]))
                return fail(m_spansLines ? m_line + m_lineOffsets[size_t(k)] : m_line, k + 1,
                            csvMessage("the row has %1 fields, the header has %2").arg(count).arg(m_expected));
        }
        m_views.resize(size_t(m_expected));
        m_fields.resize(size_t(m_expected));
        m_lineOffsets.resize(size_t(m_expected));
    }
    return true;
}

QStringList CsvByteReader::fieldTexts() const
{
    QStringList texts;
    texts.reserve(qsizetype(m_views.size()));
    for (const std::string_view view : m_views)
        texts << QString::fromUtf8(view.data(), qsizetype(view.size()));
    return texts;
}

} // namespace dmc
