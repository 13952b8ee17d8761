// dmcockpit agenda --db FILE [--as-of D] [--compare-to D0] [--scope S] [--period P] [--order gap|name]
//                  [--lang en|ru] --format md|html|pdf|csv|json [-o PATH] [--page-size a4|letter]
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportOutput.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/engine/Engine.h"
#include "export/ExportFileName.h"
#include "export/agenda/AgendaBuilder.h"
#include "export/agenda/AgendaExporter.h"

namespace dmc::app {
namespace {

int runAgenda(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    ExportOutput::add(parser, tr("md, html, pdf, csv (the exceptions), json"));
    parser.addOption(
        {QStringLiteral("order"), tr("The order of the reps: gap (largest first, default) or name."), tr("ORDER")});
    if (!parseArguments(parser, arguments, "agenda"))
        return ExitUsage;
    const QString formatKey = ExportOutput::format(parser,
                                                   {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
                                                    QStringLiteral("csv"), QStringLiteral("json")});
    if (formatKey.isEmpty())
        return ExitUsage;
    const ExportFormat format = *exportFormatFromKey(formatKey);
    AgendaBuilder::Options agendaOptions;
    if (parser.isSet(QStringLiteral("order"))) {
        const auto order = AgendaBuilder::orderFromKey(parser.value(QStringLiteral("order")));
        if (!order)
            return usageError(tr("--order takes gap or name."));
        agendaOptions.order = *order;
    }
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

    agendaOptions.generatedAt = QDateTime::currentDateTime();
    auto followUps = analytics->actions->followUpsDue(engine.dataset(), *query);
    if (!followUps)
        return fail(followUps.error());
    auto marks = analytics->actions->insightMarks();
    if (!marks)
        return fail(marks.error());
    agendaOptions.insightMarks = std::move(*marks);
    auto actions = analytics->actions->hitActions();
    if (!actions)
        return fail(actions.error());
    agendaOptions.hitActions = std::move(*actions);
    Agenda agenda = AgendaBuilder::build(engine, *query, *followUps, agendaOptions);
    return ExportOutput::save(parser, ExportFileName::agenda(agenda.asOf, agenda.scopeKey, formatKey), format,
                              [&] { return AgendaExporter::render(agenda, format, pageSize); });
}

const CommandRegistration registration(
    {"agenda", QT_TRANSLATE_NOOP("dmc::app", "The forecast-call agenda: Markdown, HTML, PDF, CSV, JSON."), true,
     &runAgenda});

} // namespace
} // namespace dmc::app
