// dmcockpit demo --db FILE [--seed N] [--reps N --deals N --weeks N] [--force]: the demo district.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "analytics/text/TextFormat.h"
#include "demo/DemoDatabase.h"
#include "store/DatabaseSummary.h"

namespace dmc::app {
namespace {

// A positive whole number from an option, or a usage error.
bool readCount(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum, qint64 &target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        return false;
    }
    target = value;
    return true;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("reps"),
                      tr("Number of reps, in districts of about 10 (default: 3 districts of 8-10)."), tr("N")});
    parser.addOption({QStringLiteral("deals"), tr("Number of deals (default 900)."), tr("N")});
    parser.addOption({QStringLiteral("weeks"), tr("Weekly snapshots (default 26)."), tr("N")});
    parser.addOption(
        {QStringLiteral("force"),
         tr("Replace the CRM data of a database that has some, and empty the DM's own data (notes, statuses, follow-ups, their history).")});
    if (!parseArguments(parser, arguments, "demo"))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    DemoOptions options;
    qint64 seed = qint64(options.seed), reps = options.reps, deals = options.deals, weeks = options.weeks;
    if (!readCount(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed)
        || !readCount(parser, QStringLiteral("reps"), 1, 100000, reps)
        || !readCount(parser, QStringLiteral("deals"), 10, 10000000, deals)
        || !readCount(parser, QStringLiteral("weeks"), 2, 520, weeks))
        return ExitUsage;
    options.seed = quint64(seed);
    options.reps = int(reps);
    options.deals = int(deals);
    options.weeks = int(weeks);

    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;
    const auto created = DemoDatabase::create(*database, options, parser.isSet(QStringLiteral("force")));
    if (!created)
        return fail(created.error());

    auto summary = DatabaseSummary::read(*database);
    if (!summary)
        return fail(summary.error());
    out() << tr("Demo written to %1: %n deals", nullptr, int(summary->opportunities)).arg(database->location())
          << QLatin1Char('\n')
          << tr("%n snapshot dates, the last %1", nullptr, int(summary->snapshotDates.size()))
                 .arg(summary->snapshotDates.isEmpty() ? QString()
                                                       : TextFormat::date(summary->snapshotDates.constLast()))
          << Qt::endl;
    return ExitOk;
}

const CommandRegistration demoRegistration({"demo", QT_TRANSLATE_NOOP("dmc::app", "Create the demo district database."),
                                            false, &runDemo});

} // namespace
} // namespace dmc::app
