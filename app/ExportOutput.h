#pragma once

#include "domain/Error.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

class QIODevice;

#include <functional>
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
    // The same for a document `writeTo` writes to the device as it builds it (false: the device
    // refused the bytes); a file is replaced only when the whole document was written.
    static Status write(const QString &path, const std::function<bool(QIODevice &)> &writeTo);
    // Writes a document where path() says (standard output without -o, refused for PDF), then
    // names the file on stderr; returns the command's exit code. `render` runs only when the
    // document can be written.
    static int save(const QCommandLineParser &parser, const QString &defaultName, ExportFormat format,
                    const std::function<QByteArray()> &render);
    // The same for a document written as it is built, never whole in memory.
    static int saveWritten(const QCommandLineParser &parser, const QString &defaultName, ExportFormat format,
                           const std::function<bool(QIODevice &)> &writeTo);
};

} // namespace dmc::app
