// dmcockpit pocs --db FILE [--as-of D] [--period P] [--scope S] [--within N] [--json|--csv] [--lang en|ru]:
// the POC board of a scope (docs/definitions.md#pocs): every POC with its checklist, criteria,
// check-ins and tasks, and the scope's DOR adoption, duration and POC-to-won figures with their n.
// dmcockpit pocs --digest [--compare-to D] [--out FILE.md|.html|.pdf] [--format md|html|pdf]
// [--page-size a4|letter]: the weekly POC digest (docs/definitions.md#weekly-poc-digest), Markdown on
// standard output without --out.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "analytics/poc/PocText.h"
#include "analytics/text/TextFormat.h"
#include "ExportOutput.h"
#include "analytics/poc/PocDigestBuilder.h"
#include "export/ExportFileName.h"
#include "export/PocsCsv.h"
#include "export/brief/BriefExporter.h"
#include "export/json/PocJson.h"
#include "export/poc/PocDigestReport.h"

#include <cmath>

namespace dmc::app {
namespace {

QString median(const PocDurationStats &stats)
{
    return stats.median ? TextFormat::decimal(*stats.median, *stats.median == std::floor(*stats.median) ? 0 : 1)
                        : QStringLiteral("-");
}

QString p75(const PocDurationStats &stats)
{
    return stats.p75 ? TextFormat::number(*stats.p75) : QStringLiteral("-");
}

QString rate(int part, int whole)
{
    return whole > 0 ? TextFormat::percent(double(part) / whole) : QStringLiteral("-");
}

int runPocs(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    addCsvOption(parser);
    parser.addOption({QStringLiteral("within"),
                      tr("POC to won: the deal won within this many days of the POC's end (default 90)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("digest"),
                      tr("The weekly POC digest instead of the board: what changed since --compare-to (default: "
                         "7 days before the as-of), days left and overdue tasks by side.")});
    ExportOutput::add(parser, tr("md, html, pdf (the digest)"));
    if (!parseArguments(parser, arguments, "pocs"))
        return ExitUsage;
    if (const int usage = rejectJsonWithCsv(parser); usage != ExitOk)
        return usage;
    const bool digest = parser.isSet(QStringLiteral("digest"));
    if (!digest && (parser.isSet(QStringLiteral("format")) || parser.isSet(QStringLiteral("o"))))
        return usageError(tr("--out and --format write the digest: add --digest."));
    if (digest && (parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("csv"))))
        return usageError(tr("--digest writes a document (md, html, pdf), not --json or --csv."));
    ExportFormat format = ExportFormat::Markdown;
    if (digest && (parser.isSet(QStringLiteral("format")) || parser.isSet(QStringLiteral("o")))) {
        const QString key =
            ExportOutput::format(parser, {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")});
        if (key.isEmpty())
            return ExitUsage;
        format = *exportFormatFromKey(key);
    }
    PdfRenderer::PageSize pageSize;
    if (!ExportOutput::pageSize(parser, pageSize))
        return ExitUsage;
    int within = PocBoardBuilder::DefaultWithinDays;
    if (parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        within = parser.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0 || within > 3650)
            return usageError(tr("--within takes a whole number from 0 to 3650."));
    }
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
    auto checklist = PocChecklist::load(*analytics->database);
    if (!checklist)
        return fail(checklist.error());
    const FiscalCalendar calendar = engine.calendar();
    const PocBoard board =
        PocBoardBuilder(engine.dataset(), calendar, engine.dataset().pocs().records(), *checklist).build(*query, within);

    if (digest) {
        // The POC rows are dated: the compare-to date is taken as written, not as a snapshot.
        const QDate since = options.compareToDate().value_or(query->asOf.addDays(-7));
        if (since > query->asOf)
            return usageError(tr("The compare-to date %1 is after the as-of date %2.")
                                  .arg(since.toString(Qt::ISODate), query->asOf.toString(Qt::ISODate)));
        return ExportOutput::save(parser,
                                  ExportFileName::pocDigest(query->asOf, query->scope.key(), exportFormatKey(format)),
                                  format, [&] {
                                      const PocDigest built =
                                          PocDigestBuilder::build(board, since,
                                                                  query->scope.displayName(engine.dataset()));
                                      return BriefExporter::render(PocDigestReport::build(built,
                                                                                          QDateTime::currentDateTime()),
                                                                   format, pageSize);
                                  });
    }

    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(board, engine.dataset()));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << PocsCsv::write(board) << Qt::flush;
        return ExitOk;
    }
    const PocFigures &f = board.figures;
    out() << tr("%n POC(s) as of %1, %2, scope %3.", nullptr, f.pocs)
                 .arg(TextFormat::date(board.asOf), board.period.label(), board.scope.displayName(engine.dataset()))
          << '\n';
    out() << tr("DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %4 started without one.")
                 .arg(TextFormat::number(f.dorComplete), TextFormat::number(f.dorRecorded),
                      rate(f.dorComplete, f.dorRecorded), TextFormat::number(f.started - f.dorRecorded))
          << '\n';
    out() << tr("Duration in days: median %1, 75th percentile %2 (n = %3); days past the planned end: median %4, "
                "75th percentile %5 (n = %6).")
                 .arg(median(f.duration), p75(f.duration), TextFormat::number(f.duration.n), median(f.overrun),
                      p75(f.overrun), TextFormat::number(f.overrun.n))
          << '\n';
    out() << tr("Criteria met: %1 of %2 with a result. Technical wins: %3 of %4 with an outcome.")
                 .arg(TextFormat::number(f.criteriaMet), TextFormat::number(f.criteriaWithResult),
                      TextFormat::number(f.technicalWins), TextFormat::number(f.withOutcome))
          << '\n';
    out() << tr("Win rate of deals decided in the period: with a POC %1 (n = %2), without %3 (n = %4).")
                 .arg(rate(f.wonWithPoc, f.decidedWithPoc), TextFormat::number(f.decidedWithPoc),
                      rate(f.wonWithoutPoc, f.decidedWithoutPoc), TextFormat::number(f.decidedWithoutPoc))
          << '\n';
    for (const PocCohort &cohort : board.cohorts)
        out() << tr("Started in %1: %2 started, %3 ended, %4 won within %5 days (%6), %7 still within the window.")
                     .arg(cohort.period, TextFormat::number(cohort.started), TextFormat::number(cohort.ended),
                          TextFormat::number(cohort.wonWithin), TextFormat::number(board.withinDays),
                          rate(cohort.wonWithin, cohort.ended), TextFormat::number(cohort.windowOpen))
              << '\n';
    for (const PocScorecard &card : board.pocs)
        out() << QStringLiteral("  %1 | %2 | %3 | %4 | %5\n")
                     .arg(card.poc.id, card.dealName, card.ownerName, PocText::phase(card.poc.phase),
                          card.facts.join(QStringLiteral("; ")));
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration pocsRegistration(
    {"pocs",
     QT_TRANSLATE_NOOP("dmc::app",
                       "The POC board: every POC of the scope with its checklist, criteria, check-ins and tasks; "
                       "--digest: the weekly POC digest (Markdown, HTML, PDF)."),
     true, &runPocs});

} // namespace
} // namespace dmc::app
