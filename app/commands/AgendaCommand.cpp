// dmcockpit agenda --db FILE [--as-of D] [--compare-to D0] [--scope S] [--period P] [--order gap|name]
//                  [--lang en|ru] --format md|html|pdf|csv|json [-o PATH] [--page-size a4|letter]
//                  [--by-district -o FOLDER]
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
#include "export/agenda/DistrictAgendas.h"

#include <QDir>
#include <QFileInfo>

namespace dmc::app {
namespace {

// A region's agenda as one file per district (DistrictAgendas), each district named on stderr before its file.
int writeByDistrict(const Engine &engine, const Query &query, const std::vector<FollowUpDue> &followUps,
                    const AgendaBuilder::Options &options, ExportFormat format, PdfRenderer::PageSize pageSize,
                    const QString &folder)
{
    if (query.scope.kind == Scope::Kind::Rep)
        return usageError(tr("--by-district takes a scope of all, a region or a district."));
    const auto written =
        DistrictAgendas::write(engine, query, followUps, options, format, pageSize, folder,
                               [](int done, int total, const QString &district) {
                                   err() << tr("District %1 of %2: %3").arg(done + 1).arg(total).arg(district)
                                         << Qt::endl;
                                   return true;
                               });
    if (!written)
        return fail(written.error());
    err() << tr("Wrote %n file(s) to %1.", nullptr, int(written->files.size())).arg(QDir::toNativeSeparators(folder))
          << Qt::endl;
    return ExitOk;
}

int runAgenda(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    ExportOutput::add(parser, tr("md, html, pdf, csv (the exceptions), json"));
    parser.addOption(
        {QStringLiteral("order"), tr("The order of the reps: gap (largest first, default) or name."), tr("ORDER")});
    parser.addOption({QStringLiteral("by-district"),
                      tr("One file per district of the scope (all, a region or a district), each that district's "
                         "agenda, written into the folder -o names.")});
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
    const bool byDistrict = parser.isSet(QStringLiteral("by-district"));
    const QString folder = parser.value(QStringLiteral("o"));
    if (byDistrict && (folder.isEmpty() || folder == QLatin1String("-")))
        return usageError(tr("--by-district needs -o FOLDER."));
    if (byDistrict && QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return usageError(tr("--by-district writes into a folder; %1 is a file.").arg(folder));
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
    if (byDistrict)
        return writeByDistrict(engine, *query, *followUps, agendaOptions, format, pageSize, folder);
    Agenda agenda = AgendaBuilder::build(engine, *query, *followUps, agendaOptions);
    return ExportOutput::saveWritten(parser, ExportFileName::agenda(agenda.asOf, agenda.scopeKey, formatKey), format,
                                     [&](QIODevice &device) {
                                         return AgendaExporter::write(agenda, format, pageSize, device);
                                     });
}

const CommandRegistration agendaRegistration(
    {"agenda", QT_TRANSLATE_NOOP("dmc::app", "The forecast-call agenda: Markdown, HTML, PDF, CSV, JSON."), true,
     &runAgenda});

} // namespace
} // namespace dmc::app
