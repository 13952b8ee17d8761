#include "HtmlRenderer.h"

#include <QRegularExpression>

namespace dmc {

namespace {

// Colours are neutral on purpose: the document describes, it does not flag good or bad.
const char *const browserStyle = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; color: #1f2933;
       max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 0.2em 0; color: #1b3a5c; }
h2 { font-size: 14pt; margin: 1.6em 0 0.5em 0; padding-bottom: 0.2em; color: #1b3a5c;
     border-bottom: 2px solid #1b3a5c; }
h3 { font-size: 11.5pt; margin: 1.2em 0 0.4em 0; color: #33475b; }
p { margin: 0.3em 0 0.6em 0; overflow-wrap: break-word; }
p.subtitle { color: #52606d; margin-bottom: 1em; }
p.note { color: #52606d; font-style: italic; }
p.footer { color: #7b8794; font-size: 8.5pt; margin-top: 2.5em; border-top: 1px solid #cbd2d9; padding-top: 0.5em; }
table { border-collapse: collapse; margin: 0.4em 0 0.9em 0; }
table.data { width: 100%; }
table.data th { background: #e4e9f0; color: #1f2933; text-align: left; font-weight: bold; }
table.data th, table.data td { border: 1px solid #cbd2d9; padding: 3px 6px; vertical-align: top;
                               overflow-wrap: break-word; }
table.data tr:nth-child(even) td { background: #f5f7fa; }
table.meta th, table.kv th { text-align: left; font-weight: bold; padding: 2px 14px 2px 0; color: #52606d;
                             vertical-align: top; white-space: nowrap; }
table.meta td, table.kv td { padding: 2px 0; overflow-wrap: break-word; }
.num { text-align: right; white-space: nowrap; }
.date { white-space: nowrap; }
th.num { text-align: right; }
ul { margin: 0.3em 0 0.8em 1.2em; padding: 0; }
li { margin: 0.15em 0; overflow-wrap: break-word; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  h2.break { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
@page { margin: 15mm; }
)";

// QTextDocument reads a CSS subset: no selectors by position, no media rules.
const char *const textDocumentStyle = R"(
body { font-family: "DejaVu Sans"; font-size: 9pt; color: #1f2933; }
h1 { font-size: 16pt; color: #1b3a5c; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #1b3a5c; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; color: #33475b; margin-top: 6px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 6px; }
p.subtitle { color: #52606d; }
p.note { color: #52606d; }
p.footer { color: #7b8794; font-size: 7.5pt; margin-top: 18px; }
table.data { border-collapse: collapse; margin-bottom: 6px; }
table.data th { background-color: #e4e9f0; font-weight: bold; border: 1px solid #cbd2d9; font-size: 8pt; }
table.data td { border: 1px solid #cbd2d9; font-size: 8pt; }
table.meta th, table.kv th { font-weight: bold; color: #52606d; }
li { margin-bottom: 2px; font-size: 8pt; }
)";

// Browsers break "2026-12-25" at its hyphens in narrow columns; a date stays on one line.
// Runs on escaped text, and dates hold only digits, '-' and '.', so the markup stays safe.
QString keepDatesWhole(const QString &escaped, HtmlRenderer::Target target)
{
    if (target != HtmlRenderer::Target::Browser)
        return escaped;
    static const QRegularExpression date(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4})\\b"));
    QString result = escaped;
    result.replace(date, QStringLiteral("<span class=\"date\">\\1</span>"));
    return result;
}

QString cellClass(const Report::Table &table, qsizetype column)
{
    return table.alignOf(column) == Report::Align::Right ? QStringLiteral(" class=\"num\"") : QString();
}

QString cellAlign(const Report::Table &table, qsizetype column, HtmlRenderer::Target target)
{
    if (target != HtmlRenderer::Target::TextDocument)
        return {};
    // Numbers (and their heads) stay on one line: "Amount" must not wrap into "Amoun t".
    return table.alignOf(column) == Report::Align::Right
        ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap\"")
        : QStringLiteral(" align=\"left\"");
}

QString renderPairs(const std::vector<std::pair<QString, QString>> &pairs, const char *cssClass,
                    HtmlRenderer::Target target)
{
    QString html = QStringLiteral("<table class=\"%1\"").arg(QLatin1String(cssClass));
    if (target == HtmlRenderer::Target::TextDocument)
        html += QLatin1String(" cellspacing=\"0\" cellpadding=\"2\"");
    html += QLatin1String(">\n");
    for (const auto &[key, value] : pairs) {
        html += QLatin1String("<tr><th align=\"left\">") + HtmlRenderer::escape(key) + QLatin1String("</th><td>")
            + HtmlRenderer::escape(value) + QLatin1String("</td></tr>\n");
    }
    return html + QLatin1String("</table>\n");
}

QString renderTable(const Report::Table &table, HtmlRenderer::Target target, bool pageBreakBefore)
{
    QString html = QStringLiteral("<table class=\"data\"");
    if (target == HtmlRenderer::Target::TextDocument)
        html += QLatin1String(" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\"");
    if (target == HtmlRenderer::Target::TextDocument && pageBreakBefore)
        html += QLatin1String(" style=\"page-break-before: always\"");
    html += QLatin1String(">\n<thead><tr>");
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString width =
            i < table.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(table.widths.at(i)) : QString();
        html += QLatin1String("<th") + cellClass(table, i) + cellAlign(table, i, target) + width + QLatin1Char('>')
            + HtmlRenderer::escape(table.header.at(i)) + QLatin1String("</th>");
    }
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : table.rows) {
        html += QLatin1String("<tr>");
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            const QString cell = i < row.size() ? row.at(i) : QString();
            html += QLatin1String("<td") + cellClass(table, i) + cellAlign(table, i, target) + QLatin1Char('>')
                + keepDatesWhole(HtmlRenderer::escape(cell), target) + QLatin1String("</td>");
        }
        html += QLatin1String("</tr>\n");
    }
    return html + QLatin1String("</tbody></table>\n");
}

QString renderBlock(const Report::Block &block, HtmlRenderer::Target target)
{
    switch (block.kind) {
    case Report::Block::Kind::Paragraph:
        return QLatin1String("<p>") + HtmlRenderer::escape(block.text) + QLatin1String("</p>\n");
    case Report::Block::Kind::Note:
        return QLatin1String("<p class=\"note\">") + HtmlRenderer::escape(block.text) + QLatin1String("</p>\n");
    case Report::Block::Kind::KeyValues: return renderPairs(block.pairs, "kv", target);
    case Report::Block::Kind::Table: return renderTable(block.table, target, block.pageBreakBefore);
    case Report::Block::Kind::Bullets: {
        QString html = QStringLiteral("<ul>\n");
        for (const QString &item : block.items) {
            // A list continued on the next page (PdfRenderer): the break goes on its first item.
            const bool breakHere = target == HtmlRenderer::Target::TextDocument && block.pageBreakBefore
                && &item == &block.items.constFirst();
            html += QLatin1String(breakHere ? "<li style=\"page-break-before: always\">" : "<li>")
                + HtmlRenderer::escape(item) + QLatin1String("</li>\n");
        }
        return html + QLatin1String("</ul>\n");
    }
    }
    return {};
}

} // namespace

QString HtmlRenderer::escape(const QString &text)
{
    // toHtmlEscaped covers < > & "; the apostrophe too, for text that ever lands in an attribute.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

QString HtmlRenderer::render(const Report &report, Target target)
{
    const bool browser = target == Target::Browser;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                       .arg(escape(report.language));
    if (browser)
        html += QLatin1String("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QLatin1String("<title>") + escape(report.title) + QLatin1String("</title>\n<style>")
        + QLatin1String(browser ? browserStyle : textDocumentStyle) + QLatin1String("</style>\n</head>\n<body>\n");
    if (!report.title.isEmpty()) // PdfRenderer lays out the parts after the first without one
        html += QLatin1String("<h1>") + escape(report.title) + QLatin1String("</h1>\n");
    if (!report.subtitle.isEmpty())
        html += QLatin1String("<p class=\"subtitle\">") + escape(report.subtitle) + QLatin1String("</p>\n");
    if (!report.header.empty())
        html += renderPairs(report.header, "meta", target);
    for (const Report::Section &section : report.sections) {
        if (!section.heading.isEmpty()) {
            const QString tag = section.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3");
            QString attributes;
            if (section.pageBreakBefore)
                attributes = browser ? QStringLiteral(" class=\"break\"")
                                     : QStringLiteral(" style=\"page-break-before: always\"");
            html += QLatin1Char('<') + tag + attributes + QLatin1Char('>') + escape(section.heading)
                + QLatin1String("</") + tag + QLatin1String(">\n");
        }
        for (const Report::Block &block : section.blocks)
            html += renderBlock(block, target);
    }
    // PdfRenderer prints the footer in every page's bottom band instead.
    if (!report.footer.isEmpty() && browser)
        html += QLatin1String("<p class=\"footer\">") + escape(report.footer) + QLatin1String("</p>\n");
    return html + QLatin1String("</body>\n</html>\n");
}

} // namespace dmc
