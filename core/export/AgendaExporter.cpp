#include "AgendaExporter.h"

#include "AgendaJson.h"
#include "AgendaReport.h"
#include "HtmlRenderer.h"
#include "MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray AgendaExporter::render(const Agenda &agenda, ExportFormat format, PdfRenderer::PageSize pageSize)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Html:
        return HtmlRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = AgendaReport::build(agenda);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QLatin1String(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Csv:
        return exceptionsCsv(agenda);
    case ExportFormat::Json:
        return QByteArray::fromStdString(AgendaJson::toJson(agenda).dump(2)) + '\n';
    }
    return {};
}

QByteArray AgendaExporter::exceptionsCsv(const Agenda &agenda)
{
    Q_UNUSED(agenda)
    return {};   // filled with CsvWriter (engine-rules) once it is on main
}

} // namespace dmc
