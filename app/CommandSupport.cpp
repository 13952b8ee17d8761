#include "CommandSupport.h"
#include "LanguageOption.h"
#include "Tr.h"
#include "export/ExportCsv.h"
#include "export/json/JsonPieces.h"
#include "export/json/JsonStreamBuffer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iomanip>
#include <ostream>

namespace dmc::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

namespace {
bool writeToStdout(const char *data, size_t size)
{
    return std::fwrite(data, 1, size, stdout) == size;
}

// Runs `write` on a stream whose bytes go straight to stdout, 64 KB at a time, after what the
// text stream holds.
void writeStdout(const std::function<void(std::ostream &)> &write)
{
    out().flush();
    {
        JsonStreamBuffer buffer(writeToStdout);
        std::ostream stream(&buffer);
        write(stream);
    }
    std::fflush(stdout);
}
} // namespace

void printJson(const nlohmann::json &value)
{
    // The width is the indent: the same bytes as value.dump(2).
    writeStdout([&](std::ostream &stream) { stream << std::setw(2) << value << '\n'; });
}

void printJson(const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
               const JsonMemberBuilders &members)
{
    writeStdout([&](std::ostream &stream) { writeJsonInPieces(stream, object, arrays, members); });
}

void printJsonWith(const std::function<void(std::ostream &)> &write)
{
    writeStdout([&](std::ostream &stream) {
        write(stream);
        stream << '\n';
    });
}

QString csvStart()
{
    // The Russian CSV is for Excel, which needs the BOM to read UTF-8 (ExportCsv::bytes).
    return ExportCsv::localized() ? QString(QChar(0xFEFF)) : QString();
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      tr("The database file, or a team database as postgresql://user@host:port/database."),
                      tr("FILE|URL")});
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

void addCsvOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (spreadsheet-safe).")});
}

int rejectJsonWithCsv(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return usageError(tr("Choose one of --json and --csv."));
    return ExitOk;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const char *commandName)
{
    LanguageOption::add(parser);
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        usageError(parser.errorText());
        return false;
    }
    if (!LanguageOption::check(parser))
        return false;
    if (parser.isSet(help)) {
        out() << tr("Usage: dmcockpit %1 [options]").arg(QLatin1String(commandName)) << "\n\n"
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        std::exit(ExitOk);
    }
    return true;
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::BadInput: return ExitBadInput;
    case Error::Kind::Database: return ExitDatabase;
    case Error::Kind::Damaged: return ExitDatabase;
    case Error::Kind::Usage: return ExitUsage;
    case Error::Kind::Cancelled: return ExitBadInput;
    case Error::Kind::Conflict: return ExitDatabase;
    }
    return ExitBadInput;
}

int fail(const Error &error)
{
    err() << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

int usageError(const QString &message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode, Database::OpenMode mode)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        exitCode = usageError(tr("The --db FILE option is required."));
        return nullptr;
    }
    auto opened = Database::open(location, mode);
    if (!opened) {
        exitCode = fail(opened.error());
        return nullptr;
    }
    exitCode = ExitOk;
    return std::move(opened.value());
}

} // namespace dmc::app
