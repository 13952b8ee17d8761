#pragma once

#include "RiskUnavailable.h"
#include "analytics/dataset/DataField.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

class Dataset;
class RuleSet;

// Whether the loaded data can feed a risk filter: each rule declares the fields it reads
// (RuleSet::requirements); a field no deal (or account) has a value for makes the rule
// unavailable, with a sentence naming what is absent. Reads only Dataset::presence().
class RiskAvailability
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RiskAvailability)

public:
    // Nothing when the data has what the rule reads (an unknown rule id is available).
    static std::optional<RiskUnavailable> check(const QString &ruleId, const RuleSet &rules, const Dataset &data);
    // Every rule the data cannot feed, in rule order; `enabledOnly` leaves out the rules turned off.
    static std::vector<RiskUnavailable> unavailable(const RuleSet &rules, const Dataset &data, bool enabledOnly = true);
    // What the data lacks for one field: "no deal has a security-review status".
    static QString absentText(DataField field, const Dataset &data);
};

} // namespace dmc
