#pragma once

#include "CsvTable.h"
#include "domain/Error.h"

#include <QString>

#include <memory>

namespace dmc {

class CsvByteReader;
class ImportSession;

// One table of an import, read row by row so a large export never sits in memory whole: a plain
// UTF-8 file streams in chunks (CsvByteReader); anything else (UTF-16, code pages, NUL bytes,
// canonical JSON) is parsed whole by ImportSession::table() as before. Either way the rows,
// lines, counts and messages are the same.
class TableRows
{
public:
    // nullptr (and no error) when the table is absent and not required.
    static Result<std::unique_ptr<TableRows>> open(ImportSession &session, const QString &table, bool required);
    ~TableRows();
    TableRows(const TableRows &) = delete;
    TableRows &operator=(const TableRows &) = delete;

    // Header, file name and path (the rows too when the table was parsed whole).
    const CsvTable &table() const { return m_table; }
    // The next row, nullptr at the end; a streamed file's parse error (short row, open quote).
    Result<const CsvTable::Row *> next();

    // Decode only these columns of a streamed file (the others read as empty): a wide export
    // maps a third of its columns, and decoding the rest was most of reading it. Indexes < 0
    // are ignored; an empty list decodes every column.
    void decodeOnly(const QList<int> &columns);
    // Every field of the row next() returned, decoded: what a rejected row shows.
    QStringList allFields() const;

private:
    TableRows(ImportSession &session, QString logical);

    ImportSession &m_session;
    QString m_logical;
    CsvTable m_table;
    std::unique_ptr<CsvByteReader> m_bytes;
    CsvTable::Row m_row;
    std::vector<bool> m_decoded; // per column when decodeOnly() was given, else empty
    size_t m_next = 0;
    qint64 m_streamed = 0;
};

} // namespace dmc
