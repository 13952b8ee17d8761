#include "PdfRenderer.h"

#include "HtmlRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>

namespace dmc {

namespace {

constexpr int Resolution = 96; // document units = device pixels, fonts sized in points

void markTableHeaders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            // Data tables open with a <thead> row: repeat it on every page the table spans.
            const QTextTableCell first = table->cellAt(0, 0);
            const bool hasHeader =
                first.isValid() && first.format().toTableCellFormat().isValid() && format.headerRowCount() > 0;
            if (hasHeader)
                format.setHeaderRowCount(1);
            format.setBorderCollapse(true);
            table->setFormat(format);
        }
        markTableHeaders(child);
    }
}

// What a layout pass found to move to the next page: the n-th section heading (it ends a page
// while its content starts the next), or a table row split across two pages (table = n-th table
// block, row counted without the header row).
struct PageFix
{
    enum class Kind : quint8 { Heading, Row };
    Kind kind = Kind::Heading;
    int index = 0;
    int row = 0;
};

QList<QTextTable *> dataTables(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child); table && table->format().headerRowCount() > 0)
            tables << table;
        tables << dataTables(child);
    }
    return tables;
}

// QTextDocument has no "keep with next" nor "keep row together". Finds the first problem after
// each forced page break (moving it shifts what follows only up to the next forced break).
QList<PageFix> findPageFixes(const QTextDocument &document, qreal pageHeight)
{
    QHash<QTextTable *, int> tableIndex;
    const QList<QTextTable *> tables = dataTables(document.rootFrame());
    for (int i = 0; i < tables.size(); ++i)
        tableIndex.insert(tables.at(i), i);
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };

    QList<PageFix> fixes;
    bool segmentDone = false;
    int heading = -1;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() >= 2) {
            ++heading;
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                segmentDone = false;
                continue;
            }
            const QTextBlock next = block.next();
            if (segmentDone || !next.isValid())
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            const qreal roomLeft = (pageOf(rect.top()) + 1) * pageHeight - rect.bottom();
            if (pageOf(layout->blockBoundingRect(next).top()) > pageOf(rect.top()) || roomLeft < pageHeight * 0.08) {
                fixes.push_back({PageFix::Kind::Heading, heading, 0});
                segmentDone = true;
            }
            continue;
        }
        if (segmentDone)
            continue;
        QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (!table || !tableIndex.contains(table))
            continue;
        const int row = table->cellAt(cursor).row() - table->format().headerRowCount();
        if (row < 0)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (pageOf(rect.top()) == pageOf(rect.bottom() - 0.5))
            continue;
        // A row already opening its page is taller than a page: leave it split.
        const bool opensPage = row == 0 && (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        if (!opensPage) {
            fixes.push_back({PageFix::Kind::Row, tableIndex.value(table), row});
            segmentDone = true;
        }
    }
    return fixes;
}

void applyPageFixes(Report &report, QList<PageFix> fixes)
{
    // Later tables first, so splitting one does not renumber those still to split.
    std::sort(fixes.begin(), fixes.end(), [](const PageFix &a, const PageFix &b) { return a.index > b.index; });
    for (const PageFix &fix : std::as_const(fixes)) {
        int headings = -1;
        int tables = -1;
        for (Report::Section &section : report.sections) {
            if (!section.heading.isEmpty() && ++headings == fix.index && fix.kind == PageFix::Kind::Heading) {
                section.pageBreakBefore = true;
                break;
            }
            if (fix.kind != PageFix::Kind::Row)
                continue;
            auto &blocks = section.blocks;
            for (size_t i = 0; i < blocks.size(); ++i) {
                if (blocks[i].kind != Report::Block::Kind::Table || ++tables != fix.index)
                    continue;
                if (fix.row == 0) {
                    blocks[i].pageBreakBefore = true;
                } else {
                    Report::Block rest = blocks[i];
                    rest.table.rows.assign(blocks[i].table.rows.begin() + fix.row, blocks[i].table.rows.end());
                    rest.pageBreakBefore = true;
                    blocks[i].table.rows.resize(size_t(fix.row));
                    blocks.insert(blocks.begin() + qsizetype(i) + 1, std::move(rest));
                }
                break;
            }
        }
    }
}

// The report cut where a section starts a new page anyway (each rep of an agenda): every part is
// laid out as a document of its own. Qt's text layout grows faster than linearly with a
// document's size (table cell lookups), and a fix in one part then re-lays out only that part:
// a 1,900-page agenda took minutes as one document. The first part keeps the title and header.
std::vector<Report> splitAtPageBreaks(const Report &report)
{
    std::vector<Report> parts(1, report);
    parts.front().sections.clear();
    for (const Report::Section &section : report.sections) {
        if (section.pageBreakBefore && !parts.back().sections.empty()) {
            Report next;
            next.language = report.language;
            parts.push_back(std::move(next));
        }
        parts.back().sections.push_back(section);
        // The part itself starts the page: a break before its first block would leave a blank one.
        if (parts.size() > 1 && parts.back().sections.size() == 1)
            parts.back().sections.front().pageBreakBefore = false;
    }
    return parts;
}

// Lays one part out on pages of `body` size, moving stranded headings and split rows to the next
// page until none is left. Each pass builds a fresh document: editing a laid-out one leaves later
// blocks unpainted (Qt 6.4).
std::unique_ptr<QTextDocument> layOut(Report part, const QString &family, QPaintDevice *device, QSizeF body)
{
    std::unique_ptr<QTextDocument> document;
    for (int attempt = 0; attempt < 200; ++attempt) {
        document = std::make_unique<QTextDocument>();
        document->setDefaultFont(QFont(family, 9));
        QTextOption option = document->defaultTextOption();
        // A 10 kB deal name without spaces still wraps inside its cell instead of widening the page.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document->setDefaultTextOption(option);
        document->setHtml(HtmlRenderer::render(part, HtmlRenderer::Target::TextDocument));
        document->setDocumentMargin(0);
        // Table formats are set before the document has a layout: with one, every setFormat()
        // re-laid out the document (markTableHeaders was 42% of an agenda PDF with 50 reps).
        markTableHeaders(document->rootFrame());
        document->documentLayout()->setPaintDevice(device);
        document->setPageSize(body);
        const QList<PageFix> fixes = findPageFixes(*document, body.height());
        if (fixes.isEmpty())
            break;
        applyPageFixes(part, fixes);
    }
    return document;
}

} // namespace

QString PdfRenderer::fontFamily()
{
    static const QString family = [] {
        QString name;
        for (const char *file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.constFirst();
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return family;
}

std::optional<PdfRenderer::PageSize> PdfRenderer::pageSizeFromKey(const QString &key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PageSize::A4;
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PageSize::Letter;
    return std::nullopt;
}

PdfRenderer::PageSize PdfRenderer::defaultPageSize(const QString &language)
{
    return language == QLatin1String("en") ? PageSize::Letter : PageSize::A4;
}

int PdfRenderer::render(const Report &report, QIODevice *device, const Options &options)
{
    const QString family = fontFamily();

    QPdfWriter writer(device);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("DM Cockpit"));

    QFont bandFont(family, 7);
    const QFontMetricsF bandMetrics(bandFont, &writer);
    const qreal band = bandMetrics.height() * 2.2;
    const QRectF paper = writer.pageLayout().paintRectPixels(Resolution);
    // Whole pixels: the layout keeps positions in 1/64 px, and a fractional page height would
    // make a line that starts page 2 look like the last line of page 1 when painting.
    const QSizeF body(std::floor(paper.width()), std::floor(paper.height() - 2 * band));

    std::vector<std::unique_ptr<QTextDocument>> documents;
    int pages = 0;
    for (Report &part : splitAtPageBreaks(report)) {
        documents.push_back(layOut(std::move(part), family, &writer, body));
        pages += documents.back()->pageCount();
    }

    const QString running = options.runningTitle.isEmpty() ? report.title : options.runningTitle;
    QPainter painter(&writer);
    int page = 0;
    for (const auto &document : documents) {
        for (int partPage = 0; partPage < document->pageCount(); ++partPage, ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, band - partPage * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, partPage * body.height(), body.width(), body.height());
            // draw() paints whole blocks that intersect the clip; lines of the next page must not show.
            painter.setClipRect(context.clip);
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            document->documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(bandFont);
            painter.setPen(QColor(0x7b, 0x87, 0x94));
            const QRectF top(0, 0, body.width(), band * 0.7);
            painter.drawText(top, Qt::AlignLeft | Qt::AlignTop,
                             bandMetrics.elidedText(running, Qt::ElideRight, body.width() * 0.8));
            painter.drawLine(QPointF(0, band * 0.7), QPointF(body.width(), band * 0.7));
            const QRectF bottom(0, paper.height() - band * 0.7, body.width(), band * 0.7);
            painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
            if (!report.footer.isEmpty())
                painter.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom,
                                 bandMetrics.elidedText(report.footer, Qt::ElideRight, body.width() * 0.75));
        }
    }
    painter.end();
    return pages;
}

Status PdfRenderer::write(const Report &report, const QString &path, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::BadInput, tr("Cannot write the file: %1").arg(file.errorString()), path};
    render(report, &file, options);
    if (!file.commit())
        return Error{Error::Kind::BadInput, tr("Cannot write the file: %1").arg(file.errorString()), path};
    return Done{};
}

} // namespace dmc
