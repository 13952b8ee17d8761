#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Rule scope_trend: the scope's open pipeline and commit forecast for the period now against
// the given weeks before, when either moved by at least the given percent.
class ScopeTrendDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ScopeTrendDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
