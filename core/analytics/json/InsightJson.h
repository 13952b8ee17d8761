#pragma once

#include "analytics/Insight.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace dmc {

class Dataset;

// Insights JSON (docs/json-schema.md).
nlohmann::json toJson(const std::vector<Insight> &insights, const Dataset &dataset);

} // namespace dmc
