#pragma once

#include "analytics/Dataset.h"
#include "analytics/Engine.h"
#include "analytics/Query.h"
#include "store/Database.h"
#include "workspace/DmActions.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace dmc::app {

// The options and loading shared by the analytics commands (cockpit, changes, accuracy, ...):
// --db, --as-of, --scope, --period, --json, and the Engine over the database's Dataset.
struct AnalyticsContext
{
    std::unique_ptr<Database> database;         // read-only
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const Engine> engine;
    // The DM's follow-ups, ratings and notes on the database (read only; no author recorded).
    std::unique_ptr<DmActions> actions;
};

// The command line keeps every loaded Dataset alive until the process exits (freeing it costs
// time and nothing else); loadAnalytics does it, commands loading their own call it too.
void keepUntilExit(const std::shared_ptr<const Dataset> &dataset);
void addScopeOptions(QCommandLineParser &parser);     // --scope, --period, --json
void addAsOfOption(QCommandLineParser &parser);       // --as-of

// Loads --db through EngineLoader (read-only); nullopt (after printing) with exitCode set on failure.
std::optional<AnalyticsContext> loadAnalytics(const QCommandLineParser &parser, int &exitCode);

// Option parsers: nullopt when absent; `ok` false (after printing a usage error) when malformed.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, bool &ok);
std::optional<FiscalPeriod> periodOption(const QCommandLineParser &parser, const FiscalCalendar &calendar, bool &ok);
// --scope (default all); fails with a usage error when malformed and a bad-input error when no rep matches.
std::optional<Scope> scopeOption(const QCommandLineParser &parser, const Dataset &dataset, int &exitCode);

} // namespace dmc::app
