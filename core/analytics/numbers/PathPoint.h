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
    std::optional<Cents> cumulativeWon; // won with close date <= date (as known at the as-of); none after the as-of week
    Cents plan = 0;
    std::optional<QDate> snapshot;         // the latest snapshot in this week (on or before the as-of)
    std::optional<Cents> commitForecast;   // commit forecast of that snapshot
    std::optional<Cents> bestCaseForecast; // best-case forecast of that snapshot
};

} // namespace dmc
