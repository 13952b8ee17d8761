#pragma once

#include "JsonWriter.h"
#include "analytics/numbers/Numbers.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// {"quota","quota_recorded","won","commit","best_case","pipeline","gap","attainment","commit_forecast",
//  "best_case_forecast","open_pipeline","weighted_pipeline","coverage","covered","weighted_coverage",
//  "weeks_left","required_weekly_run_rate","counts":{...}, "drill":{"won":[ids],...}}
// The drill is left out when withDrill is false (team rows of a large scope).
// As members, to write with others in one object (a team row); they refer to `numbers` and
// `dataset`, which must outlive them.
JsonMemberList numbersMembers(const Numbers &numbers, const Dataset &dataset, bool withDrill = true);
// The same object as a tree.
nlohmann::json toJson(const Numbers &numbers, const Dataset &dataset, bool withDrill = true);

} // namespace dmc
