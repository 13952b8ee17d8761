#pragma once

#include "Setting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dmc::ui {

// Every setting the window remembers, typed, in one place.
class Settings
{
public:
    // "en" / "ru"; unset on first start, when the system locale decides.
    static const Setting<QString> &language();
    static const Setting<QStringList> &recentDatabases();
    static const Setting<QByteArray> &windowGeometry();
    static const Setting<QByteArray> &windowLayout();
    static const Setting<int> &windowLayoutVersion();
    static const Setting<QString> &lastScope(); // scope key, e.g. "district:West"

    // Most recent first, without duplicates, at most maxRecent entries.
    static void addRecentDatabase(const QString &location);
    static constexpr int maxRecent = 8;
    // Bumped whenever the set of docks or their default places change.
    // 2: the Insights dock; 3: the Quarterly review dock; 4: the POC board; 5: Territory & capacity;
    // 6: Plays and partners
    static constexpr int layoutVersion = 6;
};

} // namespace dmc::ui
