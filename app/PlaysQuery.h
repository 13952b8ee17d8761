#pragma once

#include "AnalyticsContext.h"
#include "analytics/plays/PlaysInputs.h"
#include "analytics/plays/PlaysReport.h"

#include <QCommandLineParser>

#include <optional>

namespace dmc::app {

// What `partners`, `plays` and `compliance` share: their options (--db, --as-of, --period, --scope,
// --json, --csv) and the plays report of the query they name.
struct PlaysQuery
{
    AnalyticsContext analytics;
    PlaysInputs inputs;
    PlaysReport report;

    // Parses `arguments` for `command` and builds the report; nullopt (after printing) with
    // exitCode set on a usage error or a failure.
    static std::optional<PlaysQuery> run(const QStringList &arguments, const char *command, QCommandLineParser &parser,
                                         int &exitCode);
};

} // namespace dmc::app
