// dmcockpit cockpit --db FILE [--as-of D] [--compare-to D0] [--scope S] [--period P] [--json]: the Monday numbers.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/text/TextFormat.h"
#include "export/json/CockpitJson.h"

namespace dmc::app {
namespace {

// No quota recorded (a Salesforce export has none) is no plan: "-" and "no quota", not 0 and
// "covered".
QString coverage(const Numbers &n)
{
    if (!n.quotaRecorded())
        return tr("no quota");
    if (n.covered())
        return tr("covered");
    return TextFormat::ratio(n.coverage.value_or(0));
}

QStringList cells(const QString &label, const QString &district, const Numbers &n, int exceptions)
{
    return {label,
            district,
            n.quotaRecorded() ? TextTable::money(n.quota) : QStringLiteral("-"),
            TextTable::money(n.won),
            TextTable::money(n.commit),
            TextTable::money(n.bestCase),
            TextTable::money(n.pipeline),
            n.quotaRecorded() ? TextTable::money(n.gap) : QStringLiteral("-"),
            coverage(n),
            TextFormat::number(exceptions)};
}

int runCockpit(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    if (!parseArguments(parser, arguments, "cockpit"))
        return ExitUsage;
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto context = AnalyticsContext::load(parser, code, options.writtenScope());
    if (!context)
        return code;
    const auto resolved = options.resolve(*context->engine);
    if (!resolved)
        return fail(resolved.error());
    const Query &query = *resolved;
    CockpitResult result = context->engine->cockpit(query);
    auto followUps = context->actions->followUpsDue(*context->dataset, query);
    if (!followUps)
        return fail(followUps.error());
    result.followUps = std::move(*followUps);
    if (parser.isSet(QStringLiteral("json"))) {
        printJsonWith([&](std::ostream &stream) { writeJson(stream, result, *context->dataset); });
        return ExitOk;
    }

    out() << tr("Cockpit %1, as of %2, scope %3 (%4)")
                 .arg(result.period.label(), TextFormat::date(result.asOf), result.scope.displayName(*context->dataset),
                      result.reportingCurrency)
          << "\n\n";
    TextTable table({tr("Rep"), tr("District"), tr("Quota"), tr("Won"), tr("Commit"), tr("Best Case"), tr("Pipeline"),
                     tr("Gap"), tr("Coverage"), tr("Exceptions")});
    for (const TeamRow &row : result.team)
        table.addRow(cells(row.name, row.district, row.numbers, row.exceptions));
    table.addSeparator();
    table.addRow(cells(tr("Total"), QString(), result.totals, result.exceptions));
    out() << table.toString() << '\n';
    const Numbers &t = result.totals;
    out() << tr("Commit forecast %1, best-case forecast %2, weighted pipeline %3, coverage target %4.")
                 .arg(TextTable::money(t.commitForecast), TextTable::money(t.bestCaseForecast),
                      TextTable::money(t.weightedPipeline), TextFormat::ratio(result.coverageTarget))
          << '\n';
    if (t.requiredWeeklyRunRate)
        out() << tr("%n week(s) left; required weekly run rate %1.", nullptr, t.weeksLeft)
                     .arg(TextTable::money(*t.requiredWeeklyRunRate))
              << '\n';
    if (result.forward.quotaRecorded())
        out() << tr("Next period %1: pipeline %2, coverage %3.")
                     .arg(result.nextPeriod.label(), TextTable::money(result.forward.openPipeline),
                          coverage(result.forward))
              << Qt::endl;
    else
        out() << tr("Next period %1: pipeline %2, no quota recorded.")
                     .arg(result.nextPeriod.label(), TextTable::money(result.forward.openPipeline))
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration cockpitRegistration(
    {"cockpit", QT_TRANSLATE_NOOP("dmc::app", "Path to plan, coverage and the team table."), false, &runCockpit});

} // namespace
} // namespace dmc::app
