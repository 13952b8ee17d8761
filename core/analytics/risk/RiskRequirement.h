#pragma once

#include "analytics/dataset/DataField.h"

#include <QString>

#include <vector>

namespace dmc {

// One thing a risk filter reads from the data: any of `anyOf` holding a value will do, or, when
// `countParameter` names one of the rule's parameters, at least that many of them.
struct RiskRequirement
{
    std::vector<DataField> anyOf;
    QString countParameter;
};

} // namespace dmc
