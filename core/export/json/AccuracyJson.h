#pragma once

#include "analytics/numbers/AccuracyResult.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The forecast accuracy JSON of docs/json-schema.md (`dmcockpit accuracy --json`).
nlohmann::json toJson(const AccuracyResult &result, const Dataset &dataset);

} // namespace dmc
