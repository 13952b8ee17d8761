// dmcockpit revert --db FILE ENTRY_ID [--json]: puts back the values before one DM action of the
// audit trail, as a new entry by the current user that names the one it reverts. Refused (exit 4)
// when the entry's fields were changed since; an import is never reverted (exit 3).
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "export/json/AuditJson.h"
#include "store/AuditRevert.h"
#include "store/DatabaseIdentity.h"
#include "workspace/AuditWording.h"

namespace dmc::app {
namespace {

int runRevert(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument(QStringLiteral("entry"), tr("The id of the entry to revert (as history lists it)."),
                                 tr("ENTRY_ID"));
    if (!parseArguments(parser, arguments, "revert"))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    bool number = false;
    const qint64 entryId = positional.size() == 1 ? positional.front().toLongLong(&number) : 0;
    if (!number || entryId <= 0)
        return usageError(tr("revert takes one entry id, a number as history lists it."));

    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;
    auto identity = DatabaseIdentity::read(*database);
    if (!identity)
        return fail(identity.error());
    const QString author = identity->userName.isEmpty() ? QStringLiteral("dm") : identity->userName;
    auto reverted = AuditRevert(*database, author).revert(entryId);
    if (!reverted)
        return fail(reverted.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(*reverted));
        return ExitOk;
    }
    QStringList changes;
    for (const AuditChange &change : reverted->changes) {
        changes << tr("%1: %2 → %3")
                       .arg(AuditWording::fieldName(change.field), AuditWording::value(change.field, change.oldValue),
                            AuditWording::value(change.field, change.newValue));
    }
    out() << tr("Entry %1 reverted by entry %2: %3, %4.")
                 .arg(entryId)
                 .arg(reverted->id)
                 .arg(AuditWording::subject(*reverted), changes.join(QStringLiteral("; ")))
          << Qt::endl;
    return ExitOk;
}

const CommandRegistration revertRegistration({"revert",
                                              QT_TRANSLATE_NOOP("dmc::app",
                                                                "Revert one DM action of the audit trail (a new entry; "
                                                                "imports are not reverted)."),
                                              false, &runRevert});

} // namespace
} // namespace dmc::app
