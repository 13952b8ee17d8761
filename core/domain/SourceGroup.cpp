#include "SourceGroup.h"

namespace dmc {

QString sourceGroupKey(SourceGroup group)
{
    switch (group) {
    case SourceGroup::Inbound: return QStringLiteral("inbound");
    case SourceGroup::Outbound: return QStringLiteral("outbound");
    case SourceGroup::Partner: return QStringLiteral("partner");
    case SourceGroup::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<SourceGroup> sourceGroupFromKey(const QString &key)
{
    for (SourceGroup group : AllSourceGroups)
        if (sourceGroupKey(group) == key)
            return group;
    return std::nullopt;
}

} // namespace dmc
