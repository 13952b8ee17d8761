#include "MarkdownRenderer.h"

#include <QRegularExpression>

namespace dmc {

namespace {

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line;
}

QString keyValueLine(const QString &key, const QString &value)
{
    return QStringLiteral("- **%1:** %2\n")
        .arg(MarkdownRenderer::escape(key, false), MarkdownRenderer::escape(value, false));
}

QString tableRow(const QStringList &cells, qsizetype columns)
{
    QString row = QStringLiteral("|");
    for (qsizetype i = 0; i < columns; ++i)
        row += QLatin1Char(' ') + MarkdownRenderer::escape(i < cells.size() ? cells.at(i) : QString(), false)
            + QLatin1String(" |");
    return row + QLatin1Char('\n');
}

QString renderTable(const Report::Table &table)
{
    const qsizetype columns = table.header.size();
    QString text = tableRow(table.header, columns);
    text += QLatin1Char('|');
    for (qsizetype i = 0; i < columns; ++i)
        text += table.alignOf(i) == Report::Align::Right ? QLatin1String(" ---: |") : QLatin1String(" --- |");
    text += QLatin1Char('\n');
    for (const QStringList &row : table.rows)
        text += tableRow(row, columns);
    return text;
}

QString renderBlock(const Report::Block &block)
{
    switch (block.kind) {
    case Report::Block::Kind::Paragraph: return MarkdownRenderer::escape(block.text) + QLatin1Char('\n');
    case Report::Block::Kind::Note:
        return QLatin1String("> ") + MarkdownRenderer::escape(block.text) + QLatin1Char('\n');
    case Report::Block::Kind::KeyValues: {
        QString text;
        for (const auto &[key, value] : block.pairs)
            text += keyValueLine(key, value);
        return text;
    }
    case Report::Block::Kind::Table: return renderTable(block.table);
    case Report::Block::Kind::Bullets: {
        QString text;
        for (const QString &item : block.items)
            text += QLatin1String("- ") + MarkdownRenderer::escape(item) + QLatin1Char('\n');
        return text;
    }
    }
    return {};
}

} // namespace

QString MarkdownRenderer::escape(const QString &text, bool atLineStart)
{
    // Backslash escapes work for any ASCII punctuation in CommonMark; escape the characters
    // that start markup (emphasis, links, raw HTML, tables, entities) wherever they appear.
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    const QString line = oneLine(text);
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // Characters that only matter at the start of a line: headings, lists, quotes, rules.
    static const QRegularExpression lineStart(QStringLiteral("^(\\s*)([#+\\-=]|\\d+[.)])"));
    const auto match = atLineStart ? lineStart.match(escaped) : QRegularExpressionMatch();
    if (match.hasMatch()) {
        const qsizetype at = match.capturedStart(2) + match.capturedLength(2) - 1;
        escaped.insert(at, QLatin1Char('\\'));
    }
    return escaped;
}

QString MarkdownRenderer::render(const Report &report)
{
    QString text = QLatin1String("# ") + escape(report.title) + QLatin1String("\n\n");
    if (!report.subtitle.isEmpty())
        text += escape(report.subtitle) + QLatin1String("\n\n");
    if (!report.header.empty()) {
        for (const auto &[key, value] : report.header)
            text += keyValueLine(key, value);
        text += QLatin1Char('\n');
    }
    for (const Report::Section &section : report.sections) {
        if (!section.heading.isEmpty())
            text += QString(section.level + 1, QLatin1Char('#')) + QLatin1Char(' ') + escape(section.heading)
                + QLatin1String("\n\n");
        for (const Report::Block &block : section.blocks)
            text += renderBlock(block) + QLatin1Char('\n');
    }
    if (!report.footer.isEmpty())
        text += QLatin1String("---\n\n") + escape(report.footer) + QLatin1Char('\n');
    return text;
}

} // namespace dmc
