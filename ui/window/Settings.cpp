#include "Settings.h"

#include "store/Database.h"

#include <QFileInfo>

namespace dmc::ui {

const Setting<QString> &Settings::language()
{
    static const Setting<QString> setting("ui/language");
    return setting;
}

const Setting<QStringList> &Settings::recentDatabases()
{
    static const Setting<QStringList> setting("files/recentDatabases");
    return setting;
}

const Setting<QByteArray> &Settings::windowGeometry()
{
    static const Setting<QByteArray> setting("window/geometry");
    return setting;
}

const Setting<QByteArray> &Settings::windowLayout()
{
    static const Setting<QByteArray> setting("window/layout");
    return setting;
}

const Setting<int> &Settings::windowLayoutVersion()
{
    static const Setting<int> setting("window/layoutVersion", 0);
    return setting;
}

const Setting<QString> &Settings::lastScope()
{
    static const Setting<QString> setting("cockpit/lastScope");
    return setting;
}

void Settings::addRecentDatabase(const QString &location)
{
    // A team database address is kept as it is; a file by its absolute path.
    const QString absolute = Database::isServerLocation(location) ? location : QFileInfo(location).absoluteFilePath();
    QStringList recent = recentDatabases().value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    recentDatabases().setValue(recent);
}

} // namespace dmc::ui
