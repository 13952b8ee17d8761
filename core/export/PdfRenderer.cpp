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

#include <cmath>
#include <memory>

namespace dmc {

namespace {

constexpr int Resolution = 96;      // document units = device pixels, fonts sized in points

void markTableHeaders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            // Data tables open with a <thead> row: repeat it on every page the table spans.
            const QTextTableCell first = table->cellAt(0, 0);
            const bool hasHeader = first.isValid() && first.format().toTableCellFormat().isValid()
                                   && format.headerRowCount() > 0;
            if (hasHeader)
                format.setHeaderRowCount(1);
            format.setBorderCollapse(true);
            table->setFormat(format);
        }
        markTableHeaders(child);
    }
}

// QTextDocument has no "keep with next": a heading can end a page while its table starts the
// next one. Returns the block numbers of headings (level 2 or 3) that end a page that way, or
// sit in the last lines of a page: the first such heading after each forced page break (moving
// it shifts what follows only up to the next forced break).
QList<int> strandedHeadings(const QTextDocument &document, qreal pageHeight)
{
    QList<int> stranded;
    bool segmentDone = false;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            segmentDone = false;
            continue;
        }
        if (segmentDone || format.headingLevel() < 2)
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const int headingPage = int(heading.top() / pageHeight);
        const int nextPage = int(layout->blockBoundingRect(next).top() / pageHeight);
        const qreal roomLeft = (headingPage + 1) * pageHeight - heading.bottom();
        if (nextPage > headingPage || roomLeft < pageHeight * 0.08) {
            stranded << block.blockNumber();
            segmentDone = true;
        }
    }
    return stranded;
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

    const QString html = HtmlRenderer::render(report, HtmlRenderer::Target::TextDocument);
    QFont bandFont(family, 7);
    const QFontMetricsF bandMetrics(bandFont, &writer);
    const qreal band = bandMetrics.height() * 2.2;
    const QRectF paper = writer.pageLayout().paintRectPixels(Resolution);
    // Whole pixels: the layout keeps positions in 1/64 px, and a fractional page height would
    // make a line that starts page 2 look like the last line of page 1 when painting.
    const QSizeF body(std::floor(paper.width()), std::floor(paper.height() - 2 * band));

    // Editing a laid-out document leaves later blocks unpainted (Qt 6.4), so each page break
    // found is applied to a freshly built document.
    QList<int> breaks;
    std::unique_ptr<QTextDocument> document;
    for (int attempt = 0; attempt < 64; ++attempt) {
        document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&writer);
        document->setDefaultFont(QFont(family, 9));
        QTextOption option = document->defaultTextOption();
        // A 10 kB deal name without spaces still wraps inside its cell instead of widening the page.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document->setDefaultTextOption(option);
        document->setHtml(html);
        document->setDocumentMargin(0);
        markTableHeaders(document->rootFrame());
        for (const int blockNumber : std::as_const(breaks)) {
            QTextCursor cursor(document->findBlockByNumber(blockNumber));
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.mergeBlockFormat(format);
        }
        document->setPageSize(body);
        const QList<int> stranded = strandedHeadings(*document, body.height());
        if (stranded.isEmpty())
            break;
        breaks << stranded;
    }


    const int pages = document->pageCount();
    const QString running = options.runningTitle.isEmpty() ? report.title : options.runningTitle;
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, band - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
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
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (!report.footer.isEmpty())
            painter.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom,
                             bandMetrics.elidedText(report.footer, Qt::ElideRight, body.width() * 0.75));
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
