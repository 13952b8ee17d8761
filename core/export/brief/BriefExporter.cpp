#include "BriefExporter.h"

#include "BriefReport.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray BriefExporter::render(const DealBrief &brief, ExportFormat format, PdfRenderer::PageSize pageSize,
                                 const QDateTime &generatedAt)
{
    return render(BriefReport::deal(brief, generatedAt), format, pageSize);
}

QByteArray BriefExporter::render(const AccountBrief &brief, ExportFormat format, PdfRenderer::PageSize pageSize,
                                 const QDateTime &generatedAt)
{
    return render(BriefReport::account(brief, generatedAt), format, pageSize);
}

QByteArray BriefExporter::render(const Report &report, ExportFormat format, PdfRenderer::PageSize pageSize)
{
    switch (format) {
    case ExportFormat::Markdown: return MarkdownRenderer::render(report).toUtf8();
    case ExportFormat::Html: return HtmlRenderer::render(report).toUtf8();
    case ExportFormat::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Csv:
    case ExportFormat::Json: break;
    }
    return {};
}

} // namespace dmc
