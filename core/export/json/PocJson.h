#pragma once

#include "analytics/poc/PocBoard.h"

#include <nlohmann/json.hpp>

namespace dmc {

class Dataset;

// The pocs JSON (docs/json-schema.md, "pocs"): the board's figures, cohorts and segments, and
// every POC with its checklist, criteria, check-ins and tasks.
nlohmann::json toJson(const PocBoard &board, const Dataset &dataset);
// One POC's scorecard, as in the board's "pocs" list.
nlohmann::json toJson(const PocScorecard &card);

} // namespace dmc
