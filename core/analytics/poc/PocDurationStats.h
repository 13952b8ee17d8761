#pragma once

#include <optional>

namespace dmc {

// Median and 75th percentile of a set of day counts (docs/definitions.md#pocs): the median is the
// mean of the two middle values for an even count, the 75th percentile by nearest rank.
struct PocDurationStats
{
    int n = 0;
    std::optional<double> median;
    std::optional<int> p75;
};

} // namespace dmc
