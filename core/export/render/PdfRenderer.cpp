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
// while its content starts the next), a table row split across two pages (table = n-th table
// block, row counted without the header row), or the n-th bullet item split across two pages.
struct PageFix
{
    enum class Kind : quint8 { Heading, Row, Item };
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

// Where what a heading keeps with ends: the next paragraphs (up to three) up to the first table or list, and of that
// table all of it when it has at most four rows (a rep's numbers) or else its first row, of that list its first item.
qreal keptWithHeading(const QTextDocument &document, const QTextBlock &heading,
                      const QHash<QTextTable *, int> &dataTableIndex)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal bottom = layout->blockBoundingRect(heading.next()).bottom();
    int paragraphs = 0;
    for (QTextBlock block = heading.next(); block.isValid() && paragraphs < 3; block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            break;
        QTextTable *table = QTextCursor(block).currentTable();
        if (table && dataTableIndex.contains(table)) {
            const int header = table->format().headerRowCount();
            if (table->rows() - header <= 4) {
                bottom = std::max(bottom, layout->frameBoundingRect(table).bottom());
            } else {
                for (int column = 0; column < table->columns(); ++column)
                    bottom =
                        std::max(bottom,
                                 layout->blockBoundingRect(table->cellAt(header, column).lastCursorPosition().block())
                                     .bottom());
            }
            break;
        }
        if (!table && !block.text().isEmpty()) {
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
            if (block.textList())
                break; // a list keeps its heading with its first item only
            ++paragraphs;
        }
    }
    return bottom;
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
    int item = -1;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (block.textList()) {
            ++item;
            if (segmentDone)
                continue;
            // A bullet of two or three lines split by the page's end leaves one line on either page.
            const QRectF rect = layout->blockBoundingRect(block);
            const bool opensPage = rect.top() - pageOf(rect.top()) * pageHeight < pageHeight * 0.05;
            if (pageOf(rect.top()) != pageOf(rect.bottom() - 0.5) && !opensPage) {
                fixes.push_back({PageFix::Kind::Item, item, 0});
                segmentDone = true;
            }
            continue;
        }
        if (format.headingLevel() >= 2) {
            ++heading;
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                segmentDone = false;
                continue;
            }
            if (segmentDone || !block.next().isValid())
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            const qreal roomLeft = (pageOf(rect.top()) + 1) * pageHeight - rect.bottom();
            // A heading already opening its page stays: what it keeps with is taller than a page.
            const bool opensPage = rect.top() - pageOf(rect.top()) * pageHeight < pageHeight * 0.05;
            if (!opensPage
                && (pageOf(keptWithHeading(document, block, tableIndex) - 0.5) > pageOf(rect.top())
                    || roomLeft < pageHeight * 0.08)) {
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

// Starts a new page at the `index`-th bullet item of the report (from 0; `seen` counts the items before these blocks):
// the list is split there and goes on with the item. True when the item was in these blocks.
bool moveItem(std::vector<Report::Block> &blocks, int index, int &seen)
{
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Report::Block::Kind::Bullets)
            continue;
        const qsizetype within = index - seen;
        seen += int(blocks[i].items.size());
        if (within >= blocks[i].items.size())
            continue;
        if (within == 0) {
            blocks[i].pageBreakBefore = true;
        } else {
            Report::Block rest = blocks[i];
            rest.items = blocks[i].items.mid(within);
            rest.pageBreakBefore = true;
            blocks[i].items = blocks[i].items.mid(0, within);
            blocks.insert(blocks.begin() + qsizetype(i) + 1, std::move(rest));
        }
        return true;
    }
    return false;
}

void applyPageFixes(Report &report, QList<PageFix> fixes)
{
    // Later tables first, so splitting one does not renumber those still to split.
    std::sort(fixes.begin(), fixes.end(), [](const PageFix &a, const PageFix &b) { return a.index > b.index; });
    for (const PageFix &fix : std::as_const(fixes)) {
        int headings = -1;
        int tables = -1;
        int items = 0;
        for (Report::Section &section : report.sections) {
            if (!section.heading.isEmpty() && ++headings == fix.index && fix.kind == PageFix::Kind::Heading) {
                section.pageBreakBefore = true;
                break;
            }
            if (fix.kind == PageFix::Kind::Item) {
                if (moveItem(section.blocks, fix.index, items))
                    break;
                continue;
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

// One piece of the report laid out as a document of its own: a part (level-1) section and the sub-sections after it.
// Qt's text layout grows faster than linearly with a document's size (table cell lookups), and a fix in one piece
// then re-lays out only that piece: a 1,900-page agenda took minutes as one document. A piece does not start a new
// page unless its section asks for one: it goes on below the previous piece, on that piece's last page.
struct Piece
{
    Report report;
    bool newPage = false; // the first piece, or a section with pageBreakBefore
};

std::vector<Piece> splitIntoPieces(const Report &report)
{
    std::vector<Piece> pieces(1);
    pieces.front().report = report;
    pieces.front().report.sections.clear();
    pieces.front().newPage = true;
    for (const Report::Section &section : report.sections) {
        const bool startsPiece = section.pageBreakBefore || (section.level <= 1 && !section.heading.isEmpty());
        if (startsPiece && !pieces.back().report.sections.empty()) {
            Piece next;
            next.report.language = report.language;
            next.newPage = section.pageBreakBefore;
            pieces.push_back(std::move(next));
        }
        pieces.back().report.sections.push_back(section);
        // The piece itself starts its page: a break before its first block would leave a blank one.
        if (pieces.size() > 1 && pieces.back().report.sections.size() == 1)
            pieces.back().report.sections.front().pageBreakBefore = false;
    }
    return pieces;
}

// Where the content of a laid-out document ends (trailing empty blocks left out), in document units.
qreal contentBottom(const QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal bottom = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        bottom = std::max(bottom, layout->frameBoundingRect(frame).bottom());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().isEmpty() && !QTextCursor(block).currentTable())
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
    }
    return bottom;
}

// Lays one piece out on pages of `body` size, `offset` down its first page (the height the previous piece
// used there), moving stranded headings and split rows to the next page until none is left. When its own
// heading moves, the piece starts on the next page and its first page stays blank. Each pass builds a fresh
// document: editing a laid-out one leaves later blocks unpainted (Qt 6.4).
std::unique_ptr<QTextDocument> layOut(Report part, const QString &family, QPaintDevice *device, QSizeF body,
                                      qreal offset)
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
        document->setIndentWidth(20); // bullets: half of Qt's 40 px, so a question keeps its line length
        // Table formats are set before the document has a layout: with one, every setFormat()
        // re-laid out the document (markTableHeaders was 42% of an agenda PDF with 50 reps).
        markTableHeaders(document->rootFrame());
        const bool movedToNextPage = !part.sections.empty() && part.sections.front().pageBreakBefore;
        if (offset > 0 && !movedToNextPage && !QTextCursor(document->begin()).currentTable()) {
            // An empty line `offset` high above the content (the first block's top margin is not laid out).
            QTextCursor(document->begin()).insertBlock();
            QTextBlockFormat spacer;
            spacer.setLineHeight(offset, QTextBlockFormat::FixedHeight);
            spacer.setTopMargin(0);
            spacer.setBottomMargin(0);
            QTextCursor(document->begin()).setBlockFormat(spacer);
        }
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
    writer.setPageMargins(QMarginsF(13, 10, 13, 10), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("DM Cockpit"));

    QFont bandFont(family, 7);
    const QFontMetricsF bandMetrics(bandFont, &writer);
    const qreal band = bandMetrics.height() * 2.2;
    const QRectF paper = writer.pageLayout().paintRectPixels(Resolution);
    // Whole pixels: the layout keeps positions in 1/64 px, and a fractional page height would
    // make a line that starts page 2 look like the last line of page 1 when painting.
    const QSizeF body(std::floor(paper.width()), std::floor(paper.height() - 2 * band));

    // Each piece: its document, the document page it ends on, and whether its first page is a new PDF page.
    struct LaidOut
    {
        std::unique_ptr<QTextDocument> document;
        int lastPage = 0;
        bool newPage = true;
    };
    std::vector<LaidOut> laidOut;
    int pages = 0;
    qreal used = 0; // height used on the current PDF page
    for (Piece &piece : splitIntoPieces(report)) {
        // A piece with less room than a heading and two lines starts a new page.
        const bool newPage = piece.newPage || laidOut.empty() || used > body.height() * 0.92;
        LaidOut next{layOut(std::move(piece.report), family, &writer, body, newPage ? 0 : used), 0, newPage};
        const qreal bottom = contentBottom(*next.document);
        next.lastPage = std::max(0, int(std::ceil(bottom / body.height())) - 1);
        used = bottom - next.lastPage * body.height();
        pages += next.lastPage + (newPage ? 1 : 0);
        laidOut.push_back(std::move(next));
    }

    const QString running = options.runningTitle.isEmpty() ? report.title : options.runningTitle;
    QPainter painter(&writer);
    int page = -1;
    const auto paintBands = [&] {
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
    };
    for (const LaidOut &piece : laidOut) {
        for (int piecePage = 0; piecePage <= piece.lastPage; ++piecePage) {
            // A piece's first page is the previous piece's last one unless the piece starts a new page.
            if (piecePage > 0 || piece.newPage) {
                if (page >= 0)
                    writer.newPage();
                ++page;
                paintBands();
            }
            painter.save();
            painter.translate(0, band - piecePage * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, piecePage * body.height(), body.width(), body.height());
            // draw() paints whole blocks that intersect the clip; lines of the next page must not show.
            painter.setClipRect(context.clip);
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            piece.document->documentLayout()->draw(&painter, context);
            painter.restore();
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
