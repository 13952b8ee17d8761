// dmcockpit exceptions --db FILE [--as-of D] [--scope S] [--rule ID] [--snoozed] --json|--csv:
// the risk filter hits (inspection queue) at an as-of snapshot.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/engine/Engine.h"
#include "analytics/risk/RuleSet.h"
#include "analytics/text/TextFormat.h"
#include "export/ExceptionsCsv.h"
#include "export/json/RiskJson.h"
#include "i18n/Translations.h"

namespace dmc::app {
namespace {

int runExceptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    parser.addOption({QStringLiteral("rule"), tr("Only the hits of one rule (its id)."), QStringLiteral("ID")});
    addCsvOption(parser);
    parser.addOption({QStringLiteral("snoozed"), tr("Also list the hits a snooze hides.")});
    if (!parseArguments(parser, arguments, "exceptions"))
        return ExitUsage;
    if (const int usage = rejectJsonWithCsv(parser); usage != ExitOk)
        return usage;
    const QString rule = parser.value(QStringLiteral("rule"));
    if (!rule.isEmpty() && !RuleSet::ruleIds().contains(rule))
        return usageError(
            tr("Unknown rule \"%1\". Rules: %2.").arg(rule, RuleSet::ruleIds().join(QStringLiteral(", "))));
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto analytics = AnalyticsContext::load(parser, code, options.writtenScope());
    if (!analytics)
        return code;
    const Engine &engine = *analytics->engine;
    auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());

    const RiskResult result = engine.exceptions(*query, rule);
    const bool withSnoozed = parser.isSet(QStringLiteral("snoozed"));
    if (parser.isSet(QStringLiteral("json"))) {
        // 21k hits at 100k deals: each hit's JSON is built as it is printed.
        printJson(toJsonWithoutHits(result),
                  {{"hits", result.hits.size(), [&](size_t i) { return toJson(result.hits[i]); }},
                   {"snoozed", result.snoozed.size(), [&](size_t i) { return toJson(result.snoozed[i]); }}});
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << ExceptionsCsv::write(result, withSnoozed) << Qt::flush;
        return ExitOk;
    }
    out() << tr("%n exception(s) as of %1, scope %2.", nullptr, int(result.hits.size()))
                 .arg(TextFormat::date(result.asOf), result.scope.displayName(engine.dataset()))
          << '\n';
    auto print = [](const RiskHit &hit) {
        out() << QStringLiteral("%1 | %2 | %3 (%4) | %5\n")
                     .arg(hit.repName, RuleSet::displayName(hit.ruleId), hit.opportunityName, hit.opportunityId,
                          hit.text);
    };
    for (const RiskHit &hit : result.hits)
        print(hit);
    if (withSnoozed && !result.snoozed.empty()) {
        out() << tr("%n snoozed:", nullptr, int(result.snoozed.size())) << '\n';
        for (const RiskHit &hit : result.snoozed)
            print(hit);
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration exceptionsRegistration(
    {"exceptions", QT_TRANSLATE_NOOP("dmc::app", "Risk filter hits with their evidence (JSON or CSV)."), false,
     &runExceptions});

} // namespace
} // namespace dmc::app
