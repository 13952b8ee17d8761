#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Concentration in a rep's (or a district's) numbers for the period: one deal carrying a large
// share of the Commit (commit_concentration), close dates gathered in the period's last days
// (close_clustering).
class ConcentrationDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ConcentrationDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
