#pragma once

#include <QString>

#include <future>
#include <memory>

namespace dmc {

class Engine;

// The window's first load, started before the window is built so that reading the data overlaps
// building the docks (a third of a second at 100k deals); the Workspace's first open() of the same
// file takes it instead of loading again. Only a local file already at the latest schema is
// preloaded: opening it read-write afterwards then changes nothing the load read (no migration).
class EnginePreload
{
public:
    // Starts loading `location` on a thread of its own; nothing for a team database or a file
    // that does not exist yet.
    static void start(const QString &location);
    // The preload of `location` (an invalid future when none was started for it); its value is
    // null when the preload did not load (another schema, an error): the caller loads as usual.
    static std::shared_future<std::shared_ptr<const Engine>> take(const QString &location);
    // Waits for a preload no one took (the window opened another file) and drops it, while the
    // application object it needs is still alive.
    static void discard();
};

} // namespace dmc
