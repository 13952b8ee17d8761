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
    if (auto rules = RuleSet::load(database, InsightRules::catalog()); rules.ok())
        settings.insightRules = *rules;
    else
        qWarning("%s", qPrintable(rules.error().toString()));
    const auto whole = [&](const char *key, int minimum, int maximum, int &target) {
        bool valid = false;
        const int value = database.setting(QLatin1String(key)).toInt(&valid);
        if (valid && value >= minimum && value <= maximum)
            target = value;
    };
    whole("insight_cap", 1, 1000, settings.insightCap);
    whole("insight_rep_cap", 1, 1000, settings.insightRepCap);
    whole("insight_return_percent", 0, 1000, settings.insightReturnPercent);
    if (auto checklist = PocChecklist::load(database); checklist.ok())
        settings.pocChecklist = *checklist;
    else
        qWarning("%s", qPrintable(checklist.error().toString()));
    settings.snoozes = RiskSnooze::loadAll(database);
    return settings;
}

} // namespace dmc
