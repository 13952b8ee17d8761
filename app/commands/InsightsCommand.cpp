// dmcockpit insights --db FILE [--as-of D] [--compare-to D0] [--scope S] [--period P] [--json|--csv] [--lang en|ru]:
// the patterns, anomalies, dichotomies and outliers of a scope with their lineage, the DM's
// marks applied (seen, dismissed, back), in list order with the per-scope cap.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/insights/InsightReview.h"
#include "analytics/insights/InsightRules.h"
#include "analytics/text/TextFormat.h"
#include "export/InsightsCsv.h"
#include "export/json/InsightJson.h"

namespace dmc::app {
namespace {

int runInsights(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    addCsvOption(parser);
    if (!parseArguments(parser, arguments, "insights"))
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
    // The DM's marks: seen, or dismissed with the numbers of the time.
    auto marks = analytics->actions->insightMarks();
    if (!marks)
        return fail(marks.error());
    const std::vector<Insight> insights = InsightReview::compute(engine, *query, *marks);
    const int cap = engine.settings().insightCap;

    if (parser.isSet(QStringLiteral("json"))) {
        // A company's insights at 300k deals are ~100 MB of JSON: built one insight at a time.
        const std::vector<int> ranks = insightRanks(insights);
        printJson(insightsDocumentWithoutList(insights, engine.dataset(), *query, cap),
                  {{"insights", insights.size(),
                    [&](size_t i) { return rankedInsight(insights[i], engine.dataset(), ranks[i], cap); }}});
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << InsightsCsv::write(insights, engine.dataset(), cap) << Qt::flush;
        return ExitOk;
    }
    const InsightReview::Selection selection = InsightReview::select(insights, cap);
    const int listed = int(selection.shown.size()) + selection.more;
    out() << tr("%n pattern(s) as of %1, scope %2.", nullptr, listed)
                 .arg(TextFormat::date(query->asOf), query->scope.displayName(engine.dataset()))
          << '\n';
    if (query->compareTo) {
        const int fresh = InsightReview::countNew(insights);
        out() << tr("%n new since %1.", nullptr, fresh).arg(TextFormat::date(*query->compareTo)) << '\n';
    }
    int rank = 0;
    for (const Insight *insight : selection.shown) {
        out() << QStringLiteral("%1. [%2] %3 | %4 | %5\n")
                     .arg(++rank)
                     .arg(insightStateName(insight->state), insightKindName(insight->kind),
                          InsightRules::displayName(insight->ruleId), insight->text);
    }
    if (selection.more > 0)
        out() << tr("%n more (--json or --csv lists them all).", nullptr, selection.more) << '\n';
    if (selection.dismissed > 0)
        out() << tr("%n dismissed, numbers within the recorded values.", nullptr, selection.dismissed) << '\n';
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration insightsRegistration(
    {"insights",
     QT_TRANSLATE_NOOP("dmc::app",
                       "Patterns, anomalies, dichotomies and outliers with their "
                       "evidence (JSON or CSV)."),
     false, &runInsights});

} // namespace
} // namespace dmc::app
