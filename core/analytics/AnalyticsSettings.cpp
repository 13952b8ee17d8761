#include "AnalyticsSettings.h"

#include "store/Database.h"

namespace dmc {

AnalyticsSettings AnalyticsSettings::fromDatabase(const Database &database)
{
    AnalyticsSettings settings;
    bool ok = false;
    const double target = database.setting(QStringLiteral("coverage_target")).toDouble(&ok);
    if (ok && target > 0)
        settings.coverageTarget = target;
    const int month = database.setting(QStringLiteral("fiscal_year_start_month")).toInt(&ok);
    if (ok && month >= 1 && month <= 12)
        settings.fiscalYearStartMonth = month;
    if (auto rules = RuleSet::load(database); rules.ok())
        settings.rules = *rules;
    else
        qWarning("%s", qPrintable(rules.error().toString()));
    settings.snoozes = RiskSnooze::loadAll(database);
    return settings;
}

} // namespace dmc
