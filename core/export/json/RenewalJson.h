#pragma once

#include "analytics/renewals/RenewalWatchlist.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The renewals JSON (docs/json-schema.md, "renewals").
nlohmann::json toJson(const RenewalWatchlist &list, const Dataset &dataset);

} // namespace dmc
