// dmcockpit info --db FILE [--json]: what the database holds.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "store/DatabaseSummary.h"

namespace dmc::app {
namespace {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parseArguments(parser, arguments, "info"))
        return ExitUsage;
    int code = ExitOk;
    auto database = openDatabase(parser, code, Database::OpenMode::ReadOnly);
    if (!database)
        return code;

    auto summary = DatabaseSummary::read(*database);
    if (!summary)
        return fail(summary.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(summary->toJson());
    else
        out() << summary->toText() << Qt::flush;
    return ExitOk;
}

const CommandRegistration infoRegistration(
    {"info", QT_TRANSLATE_NOOP("dmc::app", "Counts, snapshot dates, districts and imports."), false, &runInfo});

} // namespace
} // namespace dmc::app
