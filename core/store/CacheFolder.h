#pragma once

#include <QString>

namespace dmc {

// Where derived, disposable files live (the dataset cache, quick-check records): shared by the
// window and the command line, whatever the application name. DMC_CACHE_DIR overrides it (tests,
// benchmarks), and DMC_CACHE_DIR=off turns every cache off.
class CacheFolder
{
public:
    // The folder `sub` inside the cache folder, created on demand; empty when caching is off
    // or the folder cannot be made.
    static QString path(const QString &sub);
    static bool enabled();
    // A short stable file name for a database location (hash of its absolute path + salt).
    static QString fileKey(const QString &location, const QString &salt = {});
};

} // namespace dmc
