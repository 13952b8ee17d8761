#pragma once

#include <QString>

#include <optional>

namespace dmc {

// The file formats of the agenda and coaching-pack exports.
enum class ExportFormat : quint8 { Markdown, Html, Pdf, Csv, Json };

// "md", "html", "pdf", "csv", "json": the --format key and the file extension.
QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);

} // namespace dmc
