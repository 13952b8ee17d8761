#pragma once

#include "analytics/numbers/PipelineChanges.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The pipeline changes JSON of docs/json-schema.md (`dmcockpit changes --json`).
nlohmann::json toJson(const PipelineChanges &changes, const Dataset &dataset);

} // namespace dmc
