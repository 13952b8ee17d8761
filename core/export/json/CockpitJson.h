#pragma once

#include "analytics/numbers/CockpitResult.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace dmc {

class Dataset;

// The cockpit JSON of docs/json-schema.md (`dmcockpit cockpit --json`), written as it goes:
// the same bytes as toJson(...).dump(2), without a tree of the company's drill lists.
void writeJson(std::ostream &out, const CockpitResult &result, const Dataset &dataset);
// The same document as a tree.
nlohmann::json toJson(const CockpitResult &result, const Dataset &dataset);

} // namespace dmc
