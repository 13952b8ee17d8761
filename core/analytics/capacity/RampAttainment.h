#pragma once

#include "CapacityInputs.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalCalendar.h"

#include <optional>
#include <vector>

namespace dmc {

// Ramp attainment (docs/definitions.md#ramp-attainment): a rep's bookings in the calendar month
// of tenure month t ÷ (monthly full quota × ramp%(t)), for the scope's reps, and the median per
// tenure month over every rep of the database (the cohort).
struct RampAttainment
{
    static constexpr int MonthsShown = 12; // tenure months 1..12

    struct Cell
    {
        QDate month; // the calendar month (first day)
        Cents bookings = 0;
        Cents rampedQuota = 0;            // the month's full quota × ramp%
        std::optional<double> attainment; // none when the ramped quota is 0
    };
    struct Rep
    {
        QString id;
        QString name;
        QString role;
        QDate start;
        std::vector<std::optional<Cell>> months; // index t − 1; none before start, after the as-of or end
    };

    std::vector<Rep> reps;                           // the scope's reps with a ramp_start
    std::vector<std::optional<double>> cohortMedian; // index t − 1, over the database's reps
    std::vector<int> cohortSize;                     // reps behind each median

    // Months count only when complete on the as-of (their last day on or before it); bookings are
    // the deals won at the as-of snapshot with the close date in the month, by their owner there.
    static RampAttainment build(const Dataset &dataset, const CapacityInputs &inputs, const FiscalCalendar &calendar,
                                const QDate &asOf, const Scope &scope);
};

} // namespace dmc
