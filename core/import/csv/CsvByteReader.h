#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace dmc {

// Streams a CSV file that is plain UTF-8 (see isPlainUtf8) record by record in fixed-size chunks,
// so memory stays flat whatever the file size. Fields are byte views into the chunk (or into a
// small scratch buffer for quoted fields with "" escapes), valid until the next next() call.
// Same grammar, line numbers and messages as CsvReader::parseText: CRLF, quoted delimiters and
// newlines, text after a closing quote kept, blank lines skipped, short rows refused, trailing
// empty fields dropped.
class CsvByteReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CsvByteReader)

public:
    // True when the file can be read as bytes with the same result as CsvReader: UTF-8 (BOM or
    // none, and `encoding` auto or UTF-8), strictly valid, no NUL or other control character
    // than tab / CR / LF, and not blank. Anything else takes CsvReader's decoding path.
    static bool isPlainUtf8(const QString &path, const QString &encoding);

    // Opens the file and reads the header; `delimiter` null detects it like CsvReader.
    Status open(const QString &path, const QString &fileName, QChar delimiter);
    const QStringList &header() const { return m_header; }

    // Reads the next data row: true, false at the end, or the file's error (unclosed quote,
    // short row...).
    Result<bool> next();

    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int index) const
    {
        return index >= 0 && size_t(index) < m_views.size() ? m_views[size_t(index)] : std::string_view();
    }
    qint64 line() const { return m_line; }
    std::vector<qint32> lineOffsets() const { return m_spansLines ? m_lineOffsets : std::vector<qint32>(); }
    QStringList fieldTexts() const; // the row decoded, for messages and the rejects file
    // Bytes consumed so far (progress).
    qint64 position() const { return m_consumed; }

private:
    struct Span
    {
        bool scratch = false;
        size_t offset = 0;
        size_t size = 0;
    };
    enum class Parsed { Row, NeedMore, End, Failed };

    Parsed parseRecord();
    bool fill();
    Error fail(qint64 line, int column, const QString &message) const;
    bool isBlankRow() const;
    // The next record that is not blank: true, or false at the end of the file.
    Result<bool> nextRecord();

    QFile m_file;
    QString m_fileName;
    char m_delimiter = ',';
    std::string m_buffer;
    size_t m_pos = 0; // start of the next record in m_buffer
    bool m_eof = false;
    qint64 m_consumed = 0;
    qint64 m_nextLine = 1; // line the next record starts on
    QStringList m_header;
    int m_expected = 0;

    // The current record.
    qint64 m_line = 0;
    bool m_spansLines = false;
    std::vector<Span> m_fields;
    std::vector<qint32> m_lineOffsets;
    std::vector<std::string_view> m_views;
    std::string m_scratch;
    std::optional<Error> m_error;
};

} // namespace dmc
