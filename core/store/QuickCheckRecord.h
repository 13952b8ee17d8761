#pragma once

#include <QString>

namespace dmc {

// The last clean PRAGMA quick_check of an SQLite file (~0.5 s at 700 MB, at every open): its
// size and modification time and those of its -wal, kept in the cache folder. Database::open
// skips the check while the file is unchanged since; `check` always runs the full one.
class QuickCheckRecord
{
public:
    static bool unchangedSinceCleanCheck(const QString &path);
    static void rememberCleanCheck(const QString &path); // failures are ignored: it is a cache
    // How long until the file and its -wal are past the window in which rememberCleanCheck()
    // does not remember them (written in the last two seconds); 0 when they are.
    static qint64 msecsUntilSettled(const QString &path);
    static void forget(const QString &path);

private:
    static QByteArray fingerprint(const QString &path);
    static QString recordPath(const QString &path);
};

} // namespace dmc
