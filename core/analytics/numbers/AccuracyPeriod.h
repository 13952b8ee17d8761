#pragma once

#include "AccuracyRow.h"
#include "domain/FiscalPeriod.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// WAPE of a group of reps: sum |A - F| / sum A over the reps that have a forecast at that point
// (a rep with no call and no snapshot before T-x is left out of that sum).
struct DistrictAccuracy
{
    QString district;
    Cents actual = 0;   // all reps of the group
    Cents actualT7 = 0; // reps with a T-7 forecast
    Cents actualT14 = 0;
    Cents absErrorT7 = 0;
    Cents absErrorT14 = 0;
    std::optional<double> wapeT7; // none when sum A is 0
    std::optional<double> wapeT14;
};

// Accuracy for one closed period in a scope.
struct AccuracyPeriod
{
    FiscalPeriod period;
    bool closed = false; // a snapshot exists on or after the period's last day
    QDate t7;            // period end - 7 days
    QDate t14;
    std::optional<QDate> snapshotT7; // latest snapshot on or before T-7
    std::optional<QDate> snapshotT14;
    std::optional<QDate> endSnapshot; // first snapshot on or after the period end
    std::vector<AccuracyRow> reps;
    std::vector<DistrictAccuracy> districts;
    DistrictAccuracy scopeTotal; // the whole scope (district = "")
    // Slip rate: share of the Commit amount (open, category Commit, close in P, in scope) at the
    // T-14 / T-7 snapshot that was pushed out of P, lost, omitted or deleted at the end snapshot.
    Cents commitAtT14 = 0;
    Cents slippedFromT14 = 0;
    std::optional<double> slipRateT14;
    Cents commitAtT7 = 0;
    Cents slippedFromT7 = 0;
    std::optional<double> slipRateT7;
    std::vector<qint32> slippedDealsT14; // drill
};

} // namespace dmc
