#pragma once

#include "analytics/numbers/DeadwoodDeal.h"
#include "analytics/numbers/StageConversion.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace dmc {

class Dataset;

// Stage conversion and deadwood JSON (docs/json-schema.md).
nlohmann::json toJson(const StageConversion &conversion, const Dataset &dataset);
nlohmann::json toJson(const std::vector<DeadwoodDeal> &deadwood, const Dataset &dataset);

} // namespace dmc
