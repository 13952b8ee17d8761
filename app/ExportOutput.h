#pragma once

#include "domain/Error.h"
#include "export/PdfRenderer.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

namespace dmc::app {

// The output options of the export commands: --format, -o PATH (a file, or a folder that gets
// the default file name), --page-size and --lang; and writing the bytes there or to stdout.
class ExportOutput
{
public:
    static void add(QCommandLineParser &parser, const QString &formats);
    // The lower-cased --format, checked against `allowed`; empty with a printed usage error.
    static QString format(const QCommandLineParser &parser, const QStringList &allowed);
    // Checks --lang and reads --page-size (default for the current language); false with a
    // printed usage error when either is malformed.
    static bool pageSize(const QCommandLineParser &parser, PdfRenderer::PageSize &pageSize);
    // Where to write: -o as given, or -o FOLDER + defaultName; empty = standard output.
    static QString path(const QCommandLineParser &parser, const QString &defaultName);
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace dmc::app
