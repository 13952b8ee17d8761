#pragma once

#include "PeriodDeals.h"

#include <optional>
#include <vector>

namespace dmc {

// Bookings = N x w x A of a group of decided deals (docs/definitions.md#bookings-bridge):
// N deals reaching a close decision (won + lost), w = won / N, A = won amount / won.
struct BookingsFactors
{
    int decided = 0; // N
    int won = 0;
    Cents bookings = 0; // the won amount, = N x w x A
    std::vector<qint32> wonDeals;
    std::vector<qint32> lostDeals;

    void add(const PeriodDeals::Deal &deal);
    std::optional<double> winRate() const;    // none when N is 0
    std::optional<double> averageWon() const; // cents; none when nothing was won
    std::vector<qint32> decidedDeals() const; // won then lost, each ascending
};

} // namespace dmc
