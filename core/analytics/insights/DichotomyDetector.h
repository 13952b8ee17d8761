#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Dichotomies of a rep (or of a district at region scope) between the previous period to a day
// and the current period to the same day: pipeline up while stage conversion falls, commit up
// while its MEDDPICC completeness or the activity on open deals falls, won up while the cycle
// lengthens, more deals created while fewer move up a stage.
class DichotomyDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DichotomyDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
