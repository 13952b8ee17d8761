// dmcockpit capacity --db FILE [--as-of D] [--period P] [--scope S] [--set NAME]
//                    [--json|--csv | --out FILE.md|.html|.pdf [--format md|html|pdf] [--page-size a4|letter]]:
// ramped capacity against the need for the period and the next, per assumption set, with the ramp
// attainment, coverage by segment and pipeline mix (docs/definitions.md#territory-and-capacity); as
// a document, the quarterly plan with the territory balance too.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportOutput.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/capacity/CapacityReport.h"
#include "analytics/engine/Engine.h"
#include "export/CapacityCsv.h"
#include "export/ExportFileName.h"
#include "export/capacity/QuarterlyPlanExporter.h"
#include "export/json/CapacityJson.h"
#include "store/AssumptionSetStore.h"

namespace dmc::app {
namespace {

int runCapacity(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    addCsvOption(parser);
    parser.addOption({QStringLiteral("set"),
                      tr("Only this assumption set beside the data as imported (default: every stored set)."),
                      QStringLiteral("NAME")});
    ExportOutput::add(parser, tr("md, html, pdf (the quarterly plan document)"));
    if (!parseArguments(parser, arguments, "capacity"))
        return ExitUsage;
    if (const int usage = rejectJsonWithCsv(parser); usage != ExitOk)
        return usage;
    // The quarterly plan when --format or --out is given.
    std::optional<ExportFormat> format;
    if (!ExportOutput::documentFormat(parser, {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")},
                                      format))
        return ExitUsage;
    PdfRenderer::PageSize pageSize;
    if (!ExportOutput::pageSize(parser, pageSize))
        return ExitUsage;
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
    auto stored = AssumptionSetStore(*analytics->database, QString()).sets();
    if (!stored)
        return fail(stored.error());
    std::vector<CapacityAssumptions> sets;
    QStringList names;
    const QString only = parser.value(QStringLiteral("set"));
    for (const AssumptionSetStore::Stored &set : *stored) {
        names << set.set.name;
        if (only.isEmpty() || set.set.name == only)
            sets.push_back(set.set);
    }
    if (!only.isEmpty() && sets.empty())
        return usageError(names.isEmpty()
                              ? tr("No assumption set \"%1\": the database holds none.").arg(only)
                              : tr("No assumption set \"%1\". Sets: %2.").arg(only, names.join(QStringLiteral(", "))));

    const CapacityReport report = CapacityReport::build(engine, *query, *inputs, sets);
    if (format) {
        const TerritoryBalance balance =
            TerritoryBalance::build(engine.dataset(), *inputs, query->period, query->scope, query->asOf);
        return ExportOutput::save(parser,
                                  ExportFileName::quarterlyPlan(query->asOf, query->scope.key(), query->period.key(),
                                                                exportFormatKey(*format)),
                                  *format, [&] {
                                      return QuarterlyPlanExporter::render(report, balance, engine.dataset(), *query,
                                                                           *format, pageSize,
                                                                           QDateTime::currentDateTime());
                                  });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(report, engine.dataset()));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << CapacityCsv::write(report) << Qt::flush;
        return ExitOk;
    }
    const QString currency = engine.dataset().reportingCurrency();
    for (const CapacityPlan &plan : report.plans) {
        out() << CapacityCsv::setName(plan.assumptions) << ":\n";
        for (const CapacityPlan::Totals &totals : plan.totals)
            out() << "  " << CapacityPlan::describe(totals, plan.assumptions.attainmentFactor, currency) << "\n  "
                  << CapacityPlan::freArithmetic(totals, plan.assumptions.attainmentFactor, currency) << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration capacityRegistration(
    {"capacity",
     QT_TRANSLATE_NOOP("dmc::app", "Ramped capacity against the need for the period and the next, per assumption set."),
     true, &runCapacity});

} // namespace
} // namespace dmc::app
