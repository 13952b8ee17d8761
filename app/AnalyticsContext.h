#pragma once

#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Engine.h"
#include "store/Database.h"
#include "workspace/DmActions.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace dmc::app {

// What the analytics commands (cockpit, changes, accuracy, ...) work on: the Engine over the
// --db database's Dataset, and the read-only connection it was read through.
struct AnalyticsContext
{
    std::unique_ptr<Database> database; // read-only
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const Engine> engine;
    // The DM's follow-ups, ratings and notes on the database (read only; no author recorded).
    std::unique_ptr<DmActions> actions;

    // Loads --db through EngineLoader; nullopt (after printing) with exitCode set on failure.
    // The Dataset is kept until the process exits: freeing it costs time and nothing else.
    // A command whose answer reads nothing outside its scope passes the scope: the data is then
    // that scope's slice (DatasetSlice), read from its own image.
    static std::optional<AnalyticsContext> load(const QCommandLineParser &parser, int &exitCode,
                                                const Scope &slice = Scope::all());
};

} // namespace dmc::app
