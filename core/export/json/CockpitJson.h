#pragma once

#include "analytics/numbers/CockpitResult.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The cockpit JSON of docs/json-schema.md (`dmcockpit cockpit --json`).
nlohmann::json toJson(const CockpitResult &result, const Dataset &dataset);

} // namespace dmc
