#pragma once

#include "analytics/review/SourceMix.h"

#include <optional>
#include <vector>

namespace dmc {

// Pipeline mix (docs/definitions.md#pipeline-mix): each source group's share of the pipeline
// created in the period and of its bookings, for the scope and for each of its reps. The groups
// and their counts are the quarterly review's SourceMix.
struct PipelineMix
{
    struct Row
    {
        QString repId; // "" for the scope as a whole
        QString name;
        SourceMix mix;
        Cents created = 0;  // all groups
        Cents bookings = 0; // all groups
        // The group's share; none when the total is 0.
        std::optional<double> createdShare(SourceGroup group) const;
        std::optional<double> bookingsShare(SourceGroup group) const;
    };

    Row scope;
    std::vector<Row> reps; // the scope's reps (by district, name, id)

    static PipelineMix build(const Dataset &dataset, const PeriodDeals &deals);
};

} // namespace dmc
