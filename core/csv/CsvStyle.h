#pragma once

#include <QChar>
#include <QString>

namespace dmc {

// How a CSV file separates its cells and writes numbers and dates. The default is RFC 4180 with
// dot decimals and ISO dates, which tools read; a spreadsheet in a comma-decimal language (Excel
// with Russian settings) expects ";" between cells, "1234,50" and 31.12.2026.
struct CsvStyle
{
    QChar delimiter = u',';
    QChar decimalPoint = u'.';
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
};

} // namespace dmc
