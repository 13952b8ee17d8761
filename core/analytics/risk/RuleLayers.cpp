#include "RuleLayers.h"

#include "store/Database.h"
#include "store/PersonalSettings.h"

#include <nlohmann/json.hpp>

namespace dmc {

Result<RuleSet> RuleLayers::shared(const Database &database, const RuleCatalog &catalog)
{
    RuleSet set(catalog);
    const QString key = QLatin1String(catalog.settingKey);
    const QString stored = database.setting(key);
    if (stored.isEmpty())
        return set;
    auto merged = set.merge(stored.toUtf8(), RuleSet::tr("setting \"%1\"").arg(key));
    if (!merged)
        return merged.error();
    return set;
}

Status RuleLayers::saveOwn(const RuleSet &rules, Database &database)
{
    auto base = shared(database, rules.catalog());
    if (!base)
        return base.error();
    const QString key = QLatin1String(rules.catalog().settingKey);
    const auto diff = rules.differencesFrom(*base);
    PersonalSettings own(database);
    if (diff["rules"].empty())
        return own.remove(key);
    return own.setValue(key, QString::fromStdString(diff.dump()));
}

} // namespace dmc
