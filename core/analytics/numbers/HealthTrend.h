#pragma once

#include "domain/Account.h"

#include <QDate>

#include <optional>
#include <span>

namespace dmc {

// An account's health at an as-of date and its change over a window: the latest reading on or
// before the as-of, and the baseline = the latest reading on or before (as-of - window), or the
// earliest reading inside the window when none is older. change = current - baseline.
struct HealthTrend
{
    std::optional<HealthReading> current;
    std::optional<HealthReading> baseline;
    std::optional<int> change;

    // `readings` oldest first (Dataset::healthOf).
    static HealthTrend of(std::span<const HealthReading> readings, const QDate &asOf, int windowDays);
};

} // namespace dmc
