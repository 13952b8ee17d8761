#include "SourceMix.h"

namespace dmc {

SourceMix SourceMix::build(const PeriodDeals &deals)
{
    SourceMix mix;
    for (SourceGroup group : SourceGroups::all)
        mix.rows.push_back(Row{group});
    for (const auto &deal : deals.created) {
        Row &row = mix.rows[size_t(deal.source)];
        ++row.created;
        row.createdAmount += deal.amount;
        row.createdDeals.push_back(deal.opportunity);
    }
    for (const auto &deal : deals.decided) {
        Row &row = mix.rows[size_t(deal.source)];
        ++row.decided;
        if (deal.status == Dataset::Status::Won) {
            ++row.won;
            row.bookings += deal.amount;
            row.wonDeals.push_back(deal.opportunity);
        } else {
            row.lostDeals.push_back(deal.opportunity);
        }
    }
    for (Row &row : mix.rows)
        if (row.decided > 0)
            row.winRate = double(row.won) / double(row.decided);
    return mix;
}

} // namespace dmc
