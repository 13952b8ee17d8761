#include "ExportOutput.h"

#include "CommandSupport.h"
#include "Tr.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace dmc::app {

void ExportOutput::add(QCommandLineParser &parser, const QString &formats)
{
    parser.addOption({QStringLiteral("format"), app::tr("The file format: %1.").arg(formats), app::tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("out")},
                      app::tr("The file to write, or a folder for the default file name "
                              "(default: standard output; PDF needs a file). Without --format, the file's "
                              "extension names the format."),
                      app::tr("PATH")});
    parser.addOption({QStringLiteral("page-size"),
                      app::tr("PDF paper: a4 or letter (default: letter in English, a4 in "
                              "Russian)."),
                      app::tr("SIZE")});
}

QString ExportOutput::format(const QCommandLineParser &parser, const QStringList &allowed)
{
    QString value = parser.value(QStringLiteral("format")).toLower();
    // `--out review.pdf` says the format once; --format still wins when both are given.
    if (value.isEmpty() && !parser.value(QStringLiteral("o")).isEmpty()) {
        const QString suffix = QFileInfo(parser.value(QStringLiteral("o"))).suffix().toLower();
        value = suffix == QLatin1String("markdown") ? QStringLiteral("md")
            : suffix == QLatin1String("htm")        ? QStringLiteral("html")
                                                    : suffix;
    }
    if (value.isEmpty() || !allowed.contains(value)) {
        usageError(app::tr("--format takes one of: %1.").arg(allowed.join(QLatin1String(", "))));
        return {};
    }
    return value;
}

bool ExportOutput::documentFormat(const QCommandLineParser &parser, const QStringList &allowed,
                                  std::optional<ExportFormat> &format)
{
    format.reset();
    if (!parser.isSet(QStringLiteral("format")) && !parser.isSet(QStringLiteral("o")))
        return true;
    const QString key = ExportOutput::format(parser, allowed);
    if (key.isEmpty())
        return false;
    format = exportFormatFromKey(key);
    return true;
}

bool ExportOutput::pageSize(const QCommandLineParser &parser, PdfRenderer::PageSize &pageSize)
{
    pageSize = PdfRenderer::defaultPageSize(Translations::currentLanguage());
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto size = PdfRenderer::pageSizeFromKey(parser.value(QStringLiteral("page-size")));
        if (!size) {
            usageError(app::tr("--page-size takes a4 or letter."));
            return false;
        }
        pageSize = *size;
    }
    return true;
}

QString ExportOutput::path(const QCommandLineParser &parser, const QString &defaultName)
{
    const QString given = parser.value(QStringLiteral("o"));
    if (given.isEmpty() || given == QLatin1String("-"))
        return {};
    if (QFileInfo(given).isDir())
        return QDir(given).filePath(defaultName);
    return given;
}

Status ExportOutput::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

Status ExportOutput::write(const QString &path, const std::function<bool(QIODevice &)> &writeTo)
{
    if (path.isEmpty()) {
        out().flush();
        std::fflush(stdout);
        QFile output;
        if (output.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            writeTo(output);
        output.close();
        std::fflush(stdout);
        return Done{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeTo(file) || !file.commit())
        return Error{Error::Kind::BadInput, app::tr("Cannot write the file: %1").arg(file.errorString()), path, 0, 0};
    return Done{};
}

int ExportOutput::save(const QCommandLineParser &parser, const QString &defaultName, ExportFormat format,
                       const std::function<QByteArray()> &render)
{
    return saveWritten(parser, defaultName, format, [&render](QIODevice &device) {
        const QByteArray bytes = render();
        return device.write(bytes) == bytes.size();
    });
}

int ExportOutput::saveWritten(const QCommandLineParser &parser, const QString &defaultName, ExportFormat format,
                              const std::function<bool(QIODevice &)> &writeTo)
{
    const QString target = path(parser, defaultName);
    if (target.isEmpty() && format == ExportFormat::Pdf)
        return usageError(app::tr("PDF needs -o PATH."));
    const Status written = write(target, writeTo);
    if (!written)
        return fail(written.error());
    if (!target.isEmpty())
        err() << target << Qt::endl;
    return ExitOk;
}

} // namespace dmc::app
