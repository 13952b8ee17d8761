#include "SourceGroupMap.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dmc {

SourceGroupMap::SourceGroupMap(const QHash<QString, SourceGroup> &table)
{
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        m_table.insert(it.key().trimmed().toLower(), it.value());
}

SourceGroupMap SourceGroupMap::fromJson(const QByteArray &json)
{
    SourceGroupMap map;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const auto group = SourceGroups::fromKey(it.value().toString()))
            map.m_table.insert(it.key().trimmed().toLower(), *group);
    }
    return map;
}

std::optional<SourceGroup> SourceGroupMap::listedGroupOf(const QString &source) const
{
    if (m_table.isEmpty())
        return std::nullopt;
    const auto it = m_table.constFind(source.trimmed().toLower());
    return it != m_table.constEnd() ? std::optional<SourceGroup>(*it) : std::nullopt;
}

SourceGroup SourceGroupMap::groupOf(const QString &source) const
{
    if (const std::optional<SourceGroup> listed = listedGroupOf(source))
        return *listed;
    return SourceGroups::groupOf(source);
}

} // namespace dmc
