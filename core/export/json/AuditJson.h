#pragma once

#include "store/AuditTrail.h"

#include <nlohmann/json.hpp>

namespace dmc {

// The history JSON (docs/json-schema.md, "history"): the trail's entries, newest first, and the
// orphans apart; one entry as in those lists (also what `revert --json` prints).
nlohmann::json toJson(const AuditTrail::Listing &listing);
nlohmann::json toJson(const AuditEntry &entry);

} // namespace dmc
