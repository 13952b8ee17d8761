// dmcockpit accuracy --db FILE [--scope S] [--period P] [--json]: forecast accuracy and slip rate
// of closed periods (all of them by default).
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/text/TextFormat.h"
#include "export/json/AccuracyJson.h"

namespace dmc::app {
namespace {

// A value the period does not have (no forecast call, no actual to divide by).
QString notAvailable()
{
    return tr("n/a", "no value");
}

QString amount(const std::optional<Cents> &cents)
{
    return cents ? TextFormat::decimal(double(*cents) / 100.0, 0) : notAvailable();
}

QString ratio(const std::optional<double> &value)
{
    return value ? TextFormat::decimal(*value, 2) : notAvailable();
}

QString percent(const std::optional<double> &value)
{
    return value ? TextFormat::percent(*value, 1) : notAvailable();
}

int runAccuracy(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    if (!parseArguments(parser, arguments, "accuracy"))
        return ExitUsage;
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto context = AnalyticsContext::load(parser, code, options.writtenScope());
    if (!context)
        return code;
    const Engine &engine = *context->engine;
    const auto period = options.period(engine.calendar());
    if (!period)
        return fail(period.error());
    const auto scope = options.scope(*context->dataset);
    if (!scope)
        return fail(scope.error());

    QList<FiscalPeriod> periods;
    if (*period)
        periods.append(**period);
    const AccuracyResult result = engine.accuracy(*scope, periods);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(result, *context->dataset));
        return ExitOk;
    }
    if (result.periods.empty())
        out() << tr("No closed period: accuracy needs a snapshot on or after a period's last day.") << '\n';
    for (const AccuracyPeriod &p : result.periods) {
        out() << tr("Forecast accuracy %1, scope %2 (%3)")
                     .arg(p.period.label(), result.scope.displayName(*context->dataset),
                          context->dataset->reportingCurrency())
              << '\n';
        if (!p.closed) {
            out() << tr("No snapshot on or after %1 yet.").arg(TextFormat::date(p.period.end)) << "\n\n";
            continue;
        }
        TextTable table(
            {tr("Rep"), tr("District"), tr("Actual"), tr("F T-14"), tr("F/A T-14"), tr("F T-7"), tr("F/A T-7")});
        for (const AccuracyRow &row : p.reps)
            table.addRow({row.name, row.district, amount(row.actual), amount(row.forecastT14), ratio(row.ratioT14),
                          amount(row.forecastT7), ratio(row.ratioT7)});
        out() << table.toString();
        out() << tr("F forecast, A actual (won); T-14 and T-7: 14 and 7 days before the period's last day.") << '\n';
        for (const DistrictAccuracy &group : p.districts)
            out() << tr("WAPE %1: T-14 %2, T-7 %3").arg(group.district, percent(group.wapeT14), percent(group.wapeT7))
                  << '\n';
        out() << tr("Slip rate: T-14 %1 (%2 of %3), T-7 %4")
                     .arg(percent(p.slipRateT14), amount(p.slippedFromT14), amount(p.commitAtT14),
                          percent(p.slipRateT7))
              << "\n\n";
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration accuracyRegistration(
    {"accuracy", QT_TRANSLATE_NOOP("dmc::app", "Forecast accuracy (WAPE) and slip rate of closed periods."), false,
     &runAccuracy});

} // namespace
} // namespace dmc::app
