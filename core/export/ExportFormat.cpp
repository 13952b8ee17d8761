#include "ExportFormat.h"

namespace dmc {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return QStringLiteral("md");
    case ExportFormat::Html: return QStringLiteral("html");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (auto format :
         {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json}) {
        if (key.compare(exportFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    if (key.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    return std::nullopt;
}

} // namespace dmc
