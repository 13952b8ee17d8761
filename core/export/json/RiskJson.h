#pragma once

#include "analytics/risk/RiskResult.h"

#include <nlohmann/json.hpp>

namespace dmc {

// The exceptions JSON (docs/json-schema.md, "exceptions"): every visible hit and every
// snoozed one with rule, deal, rep, amount, dates, structured evidence and the sentence.
nlohmann::json toJson(const RiskHit &hit);
nlohmann::json toJson(const RiskResult &result);
// One entry of "unavailable": rule id, name, the absent fields and the reason.
nlohmann::json toJson(const RiskUnavailable &missing);
// The same document without "hits" and "snoozed", for writers that stream those arrays.
nlohmann::json toJsonWithoutHits(const RiskResult &result);

} // namespace dmc
