#pragma once

#include "analytics/insights/Insight.h"

#include <QString>

#include <vector>

namespace dmc {

class Dataset;

// The insights as CSV (CsvWriter: spreadsheet-safe), one row per insight in list order with its
// rank (empty for a dismissed one), whether the cap shows it, its state, the rule, subject,
// stake, text, baseline and the ids of the deals and the snapshot dates behind it.
class InsightsCsv
{
public:
    static QString write(const std::vector<Insight> &insights, const Dataset &dataset, int cap);
};

} // namespace dmc
