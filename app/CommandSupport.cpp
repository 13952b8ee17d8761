#include "CommandSupport.h"

#include <QCoreApplication>
#include <cstdio>

namespace dmc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("dmc::cli::Commands", "The database file, or a team database as postgresql://user@host:port/database."),
                      QCoreApplication::translate("dmc::cli::Commands", "FILE|URL")});
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const char *commandName)
{
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << QCoreApplication::translate("dmc::cli::Commands", "Usage: dmcockpit %1 [options]")
                     .arg(QLatin1String(commandName))
              << "\n\n"
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

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode,
                                       Database::OpenMode mode)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        exitCode = usageError(QCoreApplication::translate("dmc::cli::Commands",
                                                          "The --db FILE option is required."));
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

} // namespace dmc::cli
