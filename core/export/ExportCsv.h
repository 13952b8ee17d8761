#pragma once

#include "csv/CsvStyle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dmc {

// The CSV a DM opens in a spreadsheet (the exceptions, the insights) follows the output
// language. English: exactly the format scripts read (comma, ISO dates, dot decimals, column and
// category keys). Russian: what Excel with Russian settings reads as a table (";" between cells,
// 31.12.2026, 1234,50, column names and values in Russian, a UTF-8 BOM). `--lang en` gives the
// script format in any locale (docs/exports.md).
class ExportCsv
{
public:
    // A column: its stable key (English header) and its name for a person.
    struct Column
    {
        const char *key;
        QString name;
    };

    static bool localized(); // the current language writes the spreadsheet format
    static CsvStyle style();
    static QStringList header(const QList<Column> &columns);
    // `text` as the bytes of a file: with the BOM the Russian format always has; in English with
    // one only when `englishBom` (the files the window and `agenda`/`pack` write have had one).
    static QByteArray bytes(const QString &text, bool englishBom);
};

} // namespace dmc
