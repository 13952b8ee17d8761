// dmcockpit export --db FILE -o DIR: the CRM data as canonical CSV files.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "export/CanonicalExporter.h"

namespace dmc::app {
namespace {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The folder to write the CSV files to."), tr("DIR")});
    if (!parseArguments(parser, arguments, "export"))
        return ExitUsage;
    const QString directory = parser.value(QStringLiteral("output"));
    if (directory.isEmpty())
        return usageError(tr("The -o DIR option is required."));
    int code = ExitOk;
    auto database = openDatabase(parser, code, Database::OpenMode::ReadOnly);
    if (!database)
        return code;
    auto written = CanonicalExporter(*database).exportTo(directory);
    if (!written)
        return fail(written.error());
    out() << tr("Wrote %n file(s) to %1.", nullptr, int(written->size())).arg(directory) << Qt::endl;
    return ExitOk;
}

const CommandRegistration exportRegistration(
    {"export", QT_TRANSLATE_NOOP("dmc::app", "Write the CRM data as canonical CSV files."), false, &runExport});

} // namespace
} // namespace dmc::app
