#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

// One parsed CSV file: header and rows, each field with the line it starts on, so an error
// can name file, line and column (the 1-based field position).
struct CsvTable
{
    struct Row
    {
        qint64 line = 0; // physical line the row starts on (1-based)
        QStringList fields;
        std::vector<qint32> lineOffsets; // per field, lines after `line` (empty: all on `line`)

        qint64 lineOf(int field) const
        {
            return field >= 0 && size_t(field) < lineOffsets.size() ? line + lineOffsets[size_t(field)] : line;
        }
    };

    QString fileName; // as shown in messages (the file's name, not its folder)
    QString path;
    QStringList header;
    std::vector<Row> rows;
    QStringList notes; // translated remarks from decoding and parsing

    // Index of a header column, matched trimmed and case-insensitively; -1 when absent.
    int column(const QString &name) const
    {
        const QString wanted = name.trimmed();
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    }
};

} // namespace dmc
