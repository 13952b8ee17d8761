// dmcockpit pack --db FILE --rep ID [--as-of D] [--compare-to D0] [--period P] [--lang en|ru]
//                (--json | --format md|html|pdf|csv|json [-o PATH] [--page-size a4|letter])
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportOutput.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/coaching/CoachingPackData.h"
#include "analytics/engine/Engine.h"
#include "export/ExportFileName.h"
#include "export/pack/PackExporter.h"

namespace dmc::app {
namespace {

int runPack(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period});
    ExportOutput::add(parser, tr("md, html, pdf, csv (the exceptions), json"));
    parser.addOption({QStringLiteral("rep"), tr("The rep's id."), tr("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print the coaching pack JSON to standard output.")});
    if (!parseArguments(parser, arguments, "pack"))
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("rep")))
        return usageError(tr("The --rep ID option is required."));
    const bool json = parser.isSet(QStringLiteral("json"));
    QString formatKey = QStringLiteral("json");
    if (!json) {
        formatKey = ExportOutput::format(parser,
                                         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
                                          QStringLiteral("csv"), QStringLiteral("json")});
        if (formatKey.isEmpty())
            return ExitUsage;
    }
    const ExportFormat format = *exportFormatFromKey(formatKey);
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
    const QString repId = parser.value(QStringLiteral("rep"));
    if (engine.dataset().repIndex(repId) < 0)
        return fail(Error{Error::Kind::BadInput, tr("No rep with id \"%1\" in the database.").arg(repId), {}, 0, 0});
    options.setScope(Scope::rep(repId));
    auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());

    // The DM's belief ratings, follow-ups due, coaching note for the week and insight marks.
    auto input = analytics->actions->readPackInput(engine.dataset(), *query, repId);
    if (!input)
        return fail(input.error());
    const CoachingPackData pack = CoachingPackData::build(engine, *query, *input);
    const QDateTime now = QDateTime::currentDateTime();
    const QString path =
        json ? QString() : ExportOutput::path(parser, ExportFileName::pack(pack.asOf, repId, formatKey));
    if (path.isEmpty() && format == ExportFormat::Pdf)
        return usageError(tr("PDF needs -o PATH."));
    const Status written =
        ExportOutput::write(path,
                            PackExporter::render(pack, engine.dataset(), engine.settings().coverageTarget, format,
                                                 pageSize, now));
    if (!written)
        return fail(written.error());
    if (!path.isEmpty())
        err() << path << Qt::endl;
    return ExitOk;
}

const CommandRegistration packRegistration(
    {"pack", QT_TRANSLATE_NOOP("dmc::app", "A rep's coaching pack: Markdown, HTML, PDF, CSV, JSON."), true, &runPack});

} // namespace
} // namespace dmc::app
