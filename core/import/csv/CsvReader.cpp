#include "CsvReader.h"

#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace dmc {

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Count candidates on the header line, outside quotes. Ties go to the comma.
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

Result<CsvTable> CsvReader::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.file = name;
        error.message = tr("cannot read the file (%1)").arg(file.errorString());
        return error;
    }
    Result<CsvTable> table = parse(file.readAll(), name, options);
    if (table)
        table->path = path;
    return table;
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName, const Options &options)
{
    auto decoded = TextDecoder::decode(bytes, options.encoding, fileName, options.delimiter);
    if (!decoded)
        return decoded.error();
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(decoded->text) : options.delimiter;
    Result<CsvTable> table = parseText(decoded->text, fileName, delimiter);
    if (table)
        table->notes = decoded->notes + table->notes;
    return table;
}

Result<CsvTable> CsvReader::parseText(const QString &text, const QString &fileName, QChar delimiter)
{
    CsvTable table;
    table.fileName = fileName;
    auto fail = [&](qint64 line, int column, const QString &message) {
        Error error;
        error.file = fileName;
        error.line = line;
        error.column = column;
        error.message = message;
        return error;
    };

    if (text.trimmed().isEmpty())
        return fail(1, 0, tr("the file is empty"));

    // A control character other than tab / CR / LF in the text means binary data, not CSV.
    {
        qint64 line = 1;
        for (const QChar c : text) {
            if (c == u'\n')
                ++line;
            else if (c.unicode() < 0x20 && c != u'\t' && c != u'\r')
                return fail(line, 0,
                            tr("the file holds binary data (control character 0x%1)")
                                .arg(QString::number(c.unicode(), 16)));
        }
    }

    const qsizetype size = text.size();
    const QChar *data = text.constData();
    qint64 line = 1;
    qsizetype i = 0;
    bool first = true;

    while (i < size) {
        CsvTable::Row row;
        row.line = line;
        bool spansLines = false;
        std::vector<qint32> offsets;
        bool endOfRow = false;
        while (!endOfRow) {
            offsets.push_back(qint32(line - row.line));
            QString field;
            if (i < size && data[i] == u'"') {
                const qint64 openedAt = line;
                ++i;
                bool closed = false;
                while (i < size) {
                    const QChar c = data[i];
                    if (c == u'"') {
                        if (i + 1 < size && data[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n') {
                        ++line;
                        spansLines = true;
                    }
                    // CRLF inside a quoted field is one line break.
                    if (!(c == u'\r' && i + 1 < size && data[i + 1] == u'\n'))
                        field += c;
                    ++i;
                }
                if (!closed)
                    return fail(openedAt, int(row.fields.size()) + 1,
                                tr("a quoted field is never closed (the file may be truncated)"));
                // Text between the closing quote and the delimiter is kept as written.
                while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                    field += data[i++];
            } else {
                const qsizetype start = i;
                while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                    ++i;
                field = QString(data + start, i - start);
            }
            row.fields << field;
            if (i >= size) {
                endOfRow = true;
            } else if (data[i] == delimiter) {
                ++i;
            } else {
                if (data[i] == u'\r' && i + 1 < size && data[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
                endOfRow = true;
            }
        }
        if (spansLines)
            row.lineOffsets = std::move(offsets);

        // Blank lines carry nothing.
        if (row.fields.size() == 1 && row.fields.first().trimmed().isEmpty())
            continue;
        if (first) {
            table.header = row.fields;
            first = false;
            continue;
        }
        const qsizetype expected = table.header.size();
        if (row.fields.size() < expected)
            return fail(row.line, int(row.fields.size()),
                        tr("the row has %1 fields, the header has %2 (the file may be truncated)")
                            .arg(row.fields.size())
                            .arg(expected));
        if (row.fields.size() > expected) {
            // Trailing empty fields (Excel's ";;;") are harmless; anything else shifts columns.
            for (qsizetype k = expected; k < row.fields.size(); ++k) {
                if (!row.fields.at(k).trimmed().isEmpty())
                    return fail(row.lineOf(int(k)), int(k) + 1,
                                tr("the row has %1 fields, the header has %2").arg(row.fields.size()).arg(expected));
            }
            row.fields.resize(expected);
            if (!row.lineOffsets.empty())
                row.lineOffsets.resize(size_t(expected));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace dmc
