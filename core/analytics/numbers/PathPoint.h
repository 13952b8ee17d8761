#pragma once

#include "domain/Money.h"

#include <QDate>

#include <optional>

namespace dmc {

// One week of the path-to-plan chart. `date` is the last day of the week inside the period.
// The plan line is the quota pro rata BY DAY: quota x (days from period start to `date`,
// inclusive) / days in the period (rounded to the cent), so it reaches the quota on the last day.
struct PathPoint
{
    int week = 0; // 1-based week of the period
    QDate date;
    Cents plan = 0;
    // The week's snapshot and its numbers for the period, as the tiles show them at that snapshot:
    // every line but the plan is read from one snapshot, so the won line meets the Won tile at the
    // as-of and at the compare-to date. All empty for a week without a snapshot (on or before the as-of).
    std::optional<QDate> snapshot;         // the latest snapshot in this week (on or before the as-of)
    std::optional<Cents> won;              // won in the period to date, as that snapshot records it
    std::optional<Cents> commitForecast;   // commit forecast of that snapshot
    std::optional<Cents> bestCaseForecast; // best-case forecast of that snapshot
};

} // namespace dmc
