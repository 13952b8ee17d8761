#pragma once

#include "analytics/engine/Engine.h"
#include "domain/Error.h"
#include "store/Database.h"

#include <QString>

#include <memory>

namespace dmc {

// An engine over a database's data, and the read-only connection it was read through.
struct LoadedEngine
{
    std::unique_ptr<Database> database;
    std::shared_ptr<const Engine> engine;
};

// The one load sequence of the program: open the database read-only, load its Dataset (from the
// dataset cache when current), install its glossary's labels (analytics/text/TermLabels), and
// build the Engine with the settings stored in that database.
// The window's worker and every command call it; nothing else builds an Engine from a database.
class EngineLoader
{
public:
    // The connection belongs to the calling thread (SQLite's rule): a worker closes it itself.
    // A scope other than all loads that scope's slice of the data (DatasetLoader).
    static Result<LoadedEngine> load(const QString &location, const Scope &slice = Scope::all());
    // The same over a connection this thread opened read-only.
    static Result<LoadedEngine> load(std::unique_ptr<Database> database, const Scope &slice = Scope::all());
};

} // namespace dmc
