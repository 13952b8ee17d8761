#pragma once

#include "analytics/coaching/CoachingPackData.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The coaching pack JSON (docs/json-schema.md, "pack"), used by `dmcockpit pack --json`.
nlohmann::json toJson(const CoachingPackData &pack, const Dataset &dataset);

} // namespace dmc
