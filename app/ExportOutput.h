#pragma once

#include "domain/Error.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace dmc::app {

// The output options of the export commands: --format, -o / --output / --out PATH (a file, or a folder that gets
// the default file name) and --page-size; and writing the bytes there or to stdout. The document's
// language is the command's --lang (LanguageOption).
class ExportOutput
{
public:
    static void add(QCommandLineParser &parser, const QString &formats);
    // The lower-cased --format (else the extension of -o / --out: "md", "html", "pdf", ...), checked
    // against `allowed`; empty with a printed usage error.
    static QString format(const QCommandLineParser &parser, const QStringList &allowed);
    // The document a command writes when --format or -o asks for one (nullopt when neither is
    // given); false with a printed usage error when the format is not one of `allowed`.
    static bool documentFormat(const QCommandLineParser &parser, const QStringList &allowed,
                               std::optional<ExportFormat> &format);
    // Reads --page-size (default for the current language); false with a printed usage error
    // when it is malformed.
    static bool pageSize(const QCommandLineParser &parser, PdfRenderer::PageSize &pageSize);
    // Where to write: -o as given, or -o FOLDER + defaultName; empty = standard output.
    static QString path(const QCommandLineParser &parser, const QString &defaultName);
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace dmc::app
