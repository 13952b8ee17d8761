// dmcockpit territories --db FILE [--as-of D] [--period P] [--scope S] [--json|--csv]: the
// territory balance of the scope's active reps, and the accounts listed apart
// (docs/definitions.md#territory-balance).
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"
#include "export/TerritoryCsv.h"
#include "export/json/CapacityJson.h"

namespace dmc::app {
namespace {

int runTerritories(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    addCsvOption(parser);
    if (!parseArguments(parser, arguments, "territories"))
        return ExitUsage;
    if (const int usage = rejectJsonWithCsv(parser); usage != ExitOk)
        return usage;
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto analytics = AnalyticsContext::load(parser, code);
    if (!analytics)
        return code;
    const Engine &engine = *analytics->engine;
    auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());
    auto inputs = CapacityInputs::load(*analytics->database);
    if (!inputs)
        return fail(inputs.error());

    const TerritoryBalance balance =
        TerritoryBalance::build(engine.dataset(), *inputs, query->period, query->scope, query->asOf);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(balance, engine.dataset()));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << TerritoryCsv::write(balance, engine.dataset()) << Qt::flush;
        return ExitOk;
    }
    const QString currency = engine.dataset().reportingCurrency();
    for (const TerritoryBalance::Row &row : balance.reps)
        out() << tr("%1: %n account(s), ARR %2 (index %3), open pipeline %4 (index %5)", nullptr, row.values.accounts)
                     .arg(row.name, TextFormat::money(row.values.arr, currency),
                          row.index[1] ? TextFormat::decimal(*row.index[1], 2) : QStringLiteral("—"),
                          TextFormat::money(row.values.openPipeline, currency),
                          row.index[2] ? TextFormat::decimal(*row.index[2], 2) : QStringLiteral("—"))
              << '\n';
    out() << tr("%n account(s) listed apart (no owner, or an owner who is not active).", nullptr,
                int(balance.apart.size()))
          << '\n'
          << Qt::flush;
    return ExitOk;
}

const CommandRegistration territoriesRegistration(
    {"territories",
     QT_TRANSLATE_NOOP("dmc::app",
                       "Territory balance: accounts, ARR, open pipeline and renewals per rep, beside "
                       "the mean."),
     false, &runTerritories});

} // namespace
} // namespace dmc::app
