// dmcockpit brief --db FILE (--deal ID | --account ID) [--as-of D] [--lang en|ru]
//                 [--out FILE.md|.html|.pdf] [--format md|html|pdf] [--page-size a4|letter]
// A one-page deal or account brief (docs/exports.md#one-page-briefs); Markdown on standard output
// without --out.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportOutput.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/engine/Engine.h"
#include "export/ExportFileName.h"
#include "export/brief/BriefExporter.h"

namespace dmc::app {
namespace {

int runBrief(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf});
    ExportOutput::add(parser, tr("md, html, pdf"));
    parser.addOption({QStringLiteral("deal"), tr("The deal's id (a brief of the deal)."), tr("ID")});
    parser.addOption({QStringLiteral("account"), tr("The account's id (a brief of the account)."), tr("ID")});
    if (!parseArguments(parser, arguments, "brief"))
        return ExitUsage;
    const bool deal = parser.isSet(QStringLiteral("deal"));
    if (deal == parser.isSet(QStringLiteral("account")))
        return usageError(tr("brief takes one of --deal ID or --account ID."));
    std::optional<ExportFormat> asked;
    if (!ExportOutput::documentFormat(parser, {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")},
                                      asked))
        return ExitUsage;
    const ExportFormat format = asked.value_or(ExportFormat::Markdown);
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
    const Dataset &dataset = engine.dataset();
    const QString id = parser.value(deal ? QStringLiteral("deal") : QStringLiteral("account"));
    const int index = deal ? dataset.opportunityIndex(id) : dataset.accountIndex(id);
    if (index < 0)
        return fail(Error{Error::Kind::BadInput,
                          deal ? tr("No deal with id \"%1\" in the database.").arg(id)
                               : tr("No account with id \"%1\" in the database.").arg(id),
                          {},
                          0,
                          0});
    const auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());
    // The DM's statuses and notes, read only.
    auto actions = analytics->actions->hitActions();
    if (!actions)
        return fail(actions.error());

    const QString extension = exportFormatKey(format);
    const QString defaultName = deal ? ExportFileName::dealBrief(query->asOf, id, extension)
                                     : ExportFileName::accountBrief(query->asOf, id, extension);
    return ExportOutput::save(parser, defaultName, format, [&] {
        const QDateTime now = QDateTime::currentDateTime();
        return deal
            ? BriefExporter::render(DealBrief::build(engine, query->asOf, index, *actions), format, pageSize, now)
            : BriefExporter::render(AccountBrief::build(engine, query->asOf, index, *actions), format, pageSize, now);
    });
}

const CommandRegistration briefRegistration(
    {"brief", QT_TRANSLATE_NOOP("dmc::app", "A one-page deal or account brief: Markdown, HTML, PDF."), true,
     &runBrief});

} // namespace
} // namespace dmc::app
