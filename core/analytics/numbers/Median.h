#pragma once

#include <algorithm>
#include <optional>
#include <vector>

namespace dmc {

// The middle value, or the mean of the middle two for an even count; none without values.
template<typename Number>
std::optional<double> median(std::vector<Number> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

} // namespace dmc
