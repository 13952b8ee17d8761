#pragma once

#include "analytics/capacity/CapacityReport.h"
#include "analytics/capacity/TerritoryBalance.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// `dmcockpit capacity --json` and `dmcockpit territories --json` (docs/json-schema.md#capacity).
nlohmann::json toJson(const CapacityReport &report, const Dataset &dataset);
nlohmann::json toJson(const TerritoryBalance &balance, const Dataset &dataset);

} // namespace dmc
