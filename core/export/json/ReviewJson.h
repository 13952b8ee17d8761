#pragma once

#include "analytics/review/QuarterlyReview.h"
#include "export/json/JsonMembers.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The review JSON (docs/json-schema.md, "review"): `dmcockpit review --json`.
nlohmann::json toJson(const QuarterlyReview &review, const Dataset &dataset);
// The same document's members, each built when called: a company's review at 300k deals is
// ~75 MB of JSON, and printed member by member its whole tree never exists at once.
JsonMemberBuilders reviewJsonMembers(const QuarterlyReview &review, const Dataset &dataset);

} // namespace dmc
