#include "BookingsFactors.h"

namespace dmc {

void BookingsFactors::add(const PeriodDeals::Deal &deal)
{
    ++decided;
    if (deal.status == Dataset::Status::Won) {
        ++won;
        bookings += deal.amount;
        wonDeals.push_back(deal.opportunity);
    } else {
        lostDeals.push_back(deal.opportunity);
    }
}

std::optional<double> BookingsFactors::winRate() const
{
    if (decided == 0)
        return std::nullopt;
    return double(won) / double(decided);
}

std::optional<double> BookingsFactors::averageWon() const
{
    if (won == 0)
        return std::nullopt;
    return double(bookings) / double(won);
}

std::vector<qint32> BookingsFactors::decidedDeals() const
{
    std::vector<qint32> all = wonDeals;
    all.insert(all.end(), lostDeals.begin(), lostDeals.end());
    return all;
}

} // namespace dmc
