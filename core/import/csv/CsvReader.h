#pragma once

#include "CsvTable.h"
#include "domain/Error.h"

#include <QCoreApplication>

namespace dmc {

// An RFC 4180 reader for real exports: detects the encoding (TextDecoder) and the delimiter
// (`,` `;` or tab, from the header line) unless given, accepts CRLF, quoted delimiters and
// newlines, and never crashes whatever the bytes. Refuses an empty file, an unclosed quote and
// rows with fewer fields than the header (a truncated file), naming the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CsvReader)

public:
    struct Options
    {
        QString encoding = QStringLiteral("auto");
        QChar delimiter; // null: detect
    };

    static Result<CsvTable> readFile(const QString &path, const Options &options);
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, const Options &options);
    // Parses already decoded text with a known delimiter.
    static Result<CsvTable> parseText(const QString &text, const QString &fileName, QChar delimiter);

    static QChar detectDelimiter(const QString &text);
};

} // namespace dmc
