#pragma once

#include "Insight.h"
#include "analytics/risk/RuleCatalog.h"

#include <QStringList>

namespace dmc {

// The insight detectors as data (docs/insights.md): each a rule with its thresholds, shipped in
// :/rules/insight-rules.json, the DM's changes stored like the risk filters' in the database
// setting `insight_rules`. Hold them in a RuleSet built on catalog().
class InsightRules
{
public:
    static const RuleCatalog &catalog();
    static QStringList ruleIds(); // display order
    static Insight::Kind kindOf(const QString &ruleId);
    static QString displayName(const QString &ruleId); // translated
    static QString description(const QString &ruleId); // translated
};

} // namespace dmc
