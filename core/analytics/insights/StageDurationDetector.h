#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Rule stage_duration: an open deal held in its stage longer than a percentile of its rep's own
// completed stays in that stage (the rep's history, not the district's).
class StageDurationDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::StageDurationDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
