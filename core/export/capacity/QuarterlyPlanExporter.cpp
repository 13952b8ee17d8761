#include "QuarterlyPlanExporter.h"

#include "QuarterlyPlanReport.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray QuarterlyPlanExporter::render(const CapacityReport &capacity, const TerritoryBalance &balance,
                                         const Dataset &dataset, const Query &query, ExportFormat format,
                                         PdfRenderer::PageSize pageSize, const QDateTime &generatedAt)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownRenderer::render(QuarterlyPlanReport::build(capacity, balance, dataset, query, generatedAt))
            .toUtf8();
    case ExportFormat::Html:
        return HtmlRenderer::render(QuarterlyPlanReport::build(capacity, balance, dataset, query, generatedAt)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = QuarterlyPlanReport::build(capacity, balance, dataset, query, generatedAt);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Json:
    case ExportFormat::Csv: break;
    }
    return {};
}

} // namespace dmc
