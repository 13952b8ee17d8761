#include "RepPlacement.h"

namespace dmc {

std::optional<RepPlacement> RepPlacement::parse(const QString &text)
{
    RepPlacement placement;
    if (text == QLatin1String("column"))
        placement.source = Source::Column;
    else if (text == QLatin1String("role"))
        placement.source = Source::Role;
    else if (text == QLatin1String("parent_role"))
        placement.source = Source::ParentRole;
    else if (text.startsWith(QLatin1String("role_level:"))) {
        bool ok = false;
        const int level = text.mid(11).toInt(&ok);
        if (!ok || level < 1 || level > 100)
            return std::nullopt;
        placement.source = Source::RoleLevel;
        placement.level = level;
    } else
        return std::nullopt;
    return placement;
}

QString RepPlacement::key() const
{
    switch (source) {
    case Source::Column: return QStringLiteral("column");
    case Source::Role: return QStringLiteral("role");
    case Source::ParentRole: return QStringLiteral("parent_role");
    case Source::RoleLevel: return QStringLiteral("role_level:%1").arg(level);
    }
    return {};
}

} // namespace dmc
