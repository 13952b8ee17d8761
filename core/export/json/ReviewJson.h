#pragma once

#include "analytics/review/QuarterlyReview.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The review JSON (docs/json-schema.md, "review"): `dmcockpit review --json`.
nlohmann::json toJson(const QuarterlyReview &review, const Dataset &dataset);

} // namespace dmc
