#pragma once

#include "PeriodDeals.h"
#include "SourceGroups.h"

#include <optional>
#include <vector>

namespace dmc {

// Created pipeline and bookings of the reviewed period by source group, with each group's win
// rate (docs/definitions.md#source-mix).
struct SourceMix
{
    struct Row
    {
        SourceGroup group = SourceGroup::Other;
        int created = 0;
        Cents createdAmount = 0; // amounts at the review snapshot
        std::vector<qint32> createdDeals;
        int won = 0;
        Cents bookings = 0;
        std::vector<qint32> wonDeals;
        int decided = 0;
        std::vector<qint32> lostDeals;
        std::optional<double> winRate; // won / decided; none when nothing was decided
    };

    std::vector<Row> rows; // one per group, in SourceGroups::all order

    static SourceMix build(const PeriodDeals &deals);
};

} // namespace dmc
