#pragma once

#include "analytics/plays/PlaysReport.h"
#include "analytics/plays/PlaysSummary.h"

#include <nlohmann/json.hpp>

namespace dmc {

// The JSON of `dmcockpit partners`, `plays` and `compliance` (docs/json-schema.md): each one part
// of the same PlaysReport, with the query and the threshold n.
nlohmann::json toPartnersJson(const PlaysReport &report);
// The same in two parts, for printing a company's deals one at a time: all but `deals`; one deal.
nlohmann::json toPartnersJsonWithoutDeals(const PlaysReport &report);
nlohmann::json partnerDealJson(const PlayDeal &deal);
nlohmann::json toPlaysJson(const PlaysReport &report);
nlohmann::json toComplianceJson(const PlaysReport &report);
// The plays part of the agenda and the coaching pack (`plays`): null when the data stores no play,
// compliance or task row.
nlohmann::json toPlaysSummaryJson(const PlaysSummary &summary);

} // namespace dmc
