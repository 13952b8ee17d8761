#pragma once

#include "analytics/Scope.h"

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

namespace dmc {

// One descriptive observation with the numbers behind it. `text` is translated, states facts
// only (docs/definitions.md#descriptive-language) and never advises.
struct Insight
{
    enum class Kind : quint8 { Outlier, Trend, Dichotomy };

    Kind kind = Kind::Outlier;
    QString metric;             // untranslated key: win_rate, cycle_days, deal_size, stage_conversion,
                                // open_pipeline, commit_forecast, pipeline_vs_conversion, commit_vs_activity
    qint32 rep = -1;            // -1: about the scope as a whole
    QString repId;
    QString district;
    double value = 0;           // the rep's (or scope's) value
    double baseline = 0;        // district mean (outliers) or the earlier value (trends)
    double deviation = 0;       // standard deviation (outliers) or change (trends)
    double z = 0;               // outliers only
    int sampleSize = 0;
    QDate from;                 // window of the comparison (trends, dichotomies)
    QDate to;
    QString text;
    std::vector<std::pair<QString, double>> numbers;    // named numbers behind the text (untranslated keys)
    std::vector<qint32> deals;                          // drill (opportunity indices) where relevant
};

QString insightKindKey(Insight::Kind kind);  // "outlier" | "trend" | "dichotomy"

} // namespace dmc
