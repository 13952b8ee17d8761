#include "PlaysQuery.h"

#include "CommandSupport.h"
#include "QueryOptions.h"
#include "analytics/plays/PlaysReportBuilder.h"

namespace dmc::app {

std::optional<PlaysQuery> PlaysQuery::run(const QStringList &arguments, const char *command, QCommandLineParser &parser,
                                          int &exitCode)
{
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    addCsvOption(parser);
    if (!parseArguments(parser, arguments, command)) {
        exitCode = ExitUsage;
        return std::nullopt;
    }
    if (const int usage = rejectJsonWithCsv(parser); usage != ExitOk) {
        exitCode = usage;
        return std::nullopt;
    }
    if (const Status read = options.read(); !read) {
        exitCode = fail(read.error());
        return std::nullopt;
    }
    auto analytics = AnalyticsContext::load(parser, exitCode);
    if (!analytics)
        return std::nullopt;
    auto query = options.resolve(*analytics->engine);
    if (!query) {
        exitCode = fail(query.error());
        return std::nullopt;
    }
    auto inputs = PlaysInputs::load(*analytics->database);
    if (!inputs) {
        exitCode = fail(inputs.error());
        return std::nullopt;
    }
    PlaysReport report =
        PlaysReportBuilder(*analytics->dataset, inputs->records, inputs->rules, inputs->artifacts).build(*query);
    exitCode = ExitOk;
    return PlaysQuery{std::move(*analytics), std::move(*inputs), std::move(report)};
}

} // namespace dmc::app
