#include "HealthTrend.h"

namespace dmc {

HealthTrend HealthTrend::of(std::span<const HealthReading> readings, const QDate &asOf, int windowDays)
{
    HealthTrend trend;
    const QDate windowStart = asOf.addDays(-windowDays);
    size_t currentIndex = 0;
    std::optional<size_t> baselineIndex;
    for (size_t i = 0; i < readings.size(); ++i) {
        const HealthReading &reading = readings[i];
        if (reading.date > asOf)
            break;
        trend.current = reading;
        currentIndex = i;
        if (reading.date <= windowStart)
            baselineIndex = i;
    }
    if (!trend.current)
        return trend;
    if (!baselineIndex) {
        // No reading as old as the window: the first one inside it, if it is not the current one.
        for (size_t i = 0; i < currentIndex; ++i) {
            if (readings[i].date > windowStart) {
                baselineIndex = i;
                break;
            }
        }
    }
    if (baselineIndex && *baselineIndex != currentIndex) {
        trend.baseline = readings[*baselineIndex];
        trend.change = trend.current->score - trend.baseline->score;
    }
    return trend;
}

} // namespace dmc
