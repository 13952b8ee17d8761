#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Rule health_drop: an account with open deals in scope whose health fell within the window by
// more than in any earlier window of its own readings.
class HealthDropDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::HealthDropDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
