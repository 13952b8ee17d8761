#include "PackExporter.h"

#include "PackReport.h"
#include "export/ExceptionsCsv.h"
#include "export/json/CoachingPackJson.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray PackExporter::render(const CoachingPackData &pack, const Dataset &dataset, double coverageTarget,
                                ExportFormat format, PdfRenderer::PageSize pageSize, const QDateTime &generatedAt)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownRenderer::render(PackReport::build(pack, dataset, coverageTarget, generatedAt)).toUtf8();
    case ExportFormat::Html:
        return HtmlRenderer::render(PackReport::build(pack, dataset, coverageTarget, generatedAt)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = PackReport::build(pack, dataset, coverageTarget, generatedAt);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Csv:
        // The BOM makes spreadsheets read UTF-8 (Cyrillic names) instead of the ANSI code page.
        return ExportCsv::bytes(ExceptionsCsv::write(pack.exceptions, true), true);
    case ExportFormat::Json: return QByteArray::fromStdString(toJson(pack, dataset).dump(2)) + '\n';
    }
    return {};
}

} // namespace dmc
