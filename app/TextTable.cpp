#include "TextTable.h"

#include "analytics/text/TextFormat.h"

#include <algorithm>

namespace dmc::app {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

QString TextTable::money(Cents cents)
{
    return TextFormat::decimal(double(cents) / 100.0, 0);
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.push_back(std::move(cells));
}

void TextTable::addSeparator()
{
    m_rows.emplace_back();
}

QString TextTable::toString() const
{
    std::vector<qsizetype> widths(size_t(m_header.size()), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < m_header.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], cells[i].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    qsizetype total = 0;
    for (const qsizetype w : widths)
        total += w + 2;
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            text += i == 0 ? cell.leftJustified(widths[0]) : cell.rightJustified(widths[size_t(i)]);
            if (i + 1 < m_header.size())
                text += QStringLiteral("  ");
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_header);
    text += QString(total - 2, QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += row.isEmpty() ? QString(total - 2, QLatin1Char('-')) + QLatin1Char('\n') : line(row);
    return text;
}

} // namespace dmc::app
