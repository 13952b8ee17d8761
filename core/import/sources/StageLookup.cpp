#include "StageLookup.h"

namespace dmc {

StageLookup::StageLookup(const ImportProfile &profile, const std::vector<Stage> &ladder)
    : m_profile(&profile)
{
    for (const Stage &stage : ladder)
        m_ladder.insert(stage.name.toLower(), stage);
}

QString StageLookup::find(const QString &value) const
{
    if (auto it = m_ladder.constFind(value.toLower()); it != m_ladder.constEnd())
        return it->name;
    if (const auto *rule = m_profile->stageFor(value); rule && m_ladder.contains(rule->stage.name.toLower()))
        return rule->stage.name;
    return {};
}

std::optional<ForecastCategory> StageLookup::category(const QString &value) const
{
    if (const auto *rule = m_profile->stageFor(value); rule && rule->category)
        return rule->category;
    const QString name = find(value);
    if (name.isEmpty())
        return std::nullopt;
    for (const auto &rule : m_profile->stageRules())
        if (rule.category && rule.stage.name.compare(name, Qt::CaseInsensitive) == 0)
            return rule.category;
    return std::nullopt;
}

} // namespace dmc
