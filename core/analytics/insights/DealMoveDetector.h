#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Anomalies of one deal against its own snapshot history: an amount or close-date move larger
// than any before it (amount_move, close_date_move), a jump of several forecast categories
// between two snapshots (category_jump), activity stopping after a steady rhythm
// (activity_stopped).
class DealMoveDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DealMoveDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
};

} // namespace dmc
