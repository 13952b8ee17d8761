#include "ReviewExporter.h"

#include "ReviewReport.h"
#include "export/json/ReviewJson.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray ReviewExporter::render(const QuarterlyReview &review, const Dataset &dataset, ExportFormat format,
                                  PdfRenderer::PageSize pageSize, const QDateTime &generatedAt)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownRenderer::render(ReviewReport::build(review, dataset, generatedAt)).toUtf8();
    case ExportFormat::Html: return HtmlRenderer::render(ReviewReport::build(review, dataset, generatedAt)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = ReviewReport::build(review, dataset, generatedAt);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Json: return QByteArray::fromStdString(toJson(review, dataset).dump(2)) + '\n';
    case ExportFormat::Csv: break;
    }
    return {};
}

} // namespace dmc
