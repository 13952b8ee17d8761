#pragma once

#include "Insight.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class InsightContext;

// Outliers of win rate, cycle, average won deal and stage conversion: a rep against the reps of
// their district (district_outlier, z-score) and against their own previous quarters
// (own_history_outlier); at region or company scope a district against the other districts of
// its region (region_outlier).
class OutlierDetector
{
    Q_DECLARE_TR_FUNCTIONS(dmc::OutlierDetector)

public:
    static void detect(const InsightContext &context, std::vector<Insight> &out);
    // Translated name of a metric key (win_rate, cycle_days, deal_size, stage_conversion).
    static QString metricName(const QString &key);
};

} // namespace dmc
