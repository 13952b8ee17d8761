#pragma once

#include "domain/Money.h"

#include <optional>

namespace dmc {

// One side (with or without a partner) of a segment's row in the with / without table
// (docs/definitions.md#with-and-without-a-partner): each figure with its n, and no value when the
// n is below the threshold.
struct WithWithoutCell
{
    int decided = 0; // won + lost
    int won = 0;
    std::optional<double> winRate;
    std::optional<Cents> averageWon; // over `won`
    int cycleN = 0;                  // won deals with a created and a close date
    std::optional<double> medianCycleDays;
};

} // namespace dmc
