// dmcockpit check --db FILE: the full consistency check (PRAGMA integrity_check).
// Every open already runs the quick check; this one reads every page, so it is on request.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"

namespace dmc::app {
namespace {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    if (!parseArguments(parser, arguments, "check"))
        return ExitUsage;
    int code = ExitOk;
    auto database = openDatabase(parser, code, Database::OpenMode::ReadOnly);
    if (!database)
        return code;

    if (database->isServer()) {
        out() << tr("A team database is checked by its server; nothing to do here.") << Qt::endl;
        return ExitOk;
    }
    auto problems = database->checkIntegrity();
    if (!problems)
        return fail(problems.error());
    if (problems->isEmpty()) {
        out() << tr("%1: ok, no problems found.").arg(database->location()) << Qt::endl;
        return ExitOk;
    }
    err() << tr("%1: %n problems found:", nullptr, int(problems->size())).arg(database->location()) << Qt::endl;
    for (const QString &problem : std::as_const(*problems))
        err() << "  " << problem << Qt::endl;
    const QString backup = Database::latestBackup(database->location());
    if (!backup.isEmpty()) {
        err() << tr("The latest backup is %1.").arg(backup) << Qt::endl;
    }
    return ExitDatabase;
}

const CommandRegistration checkRegistration({"check",
                                             QT_TRANSLATE_NOOP("dmc::app", "Check the whole database file for damage."),
                                             false, &runCheck});

} // namespace
} // namespace dmc::app
