#pragma once

#include "analytics/engine/Query.h"
#include "analytics/insights/Insight.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace dmc {

class Dataset;

// Insights JSON (docs/json-schema.md): one insight with its numbers, baseline, deals,
// snapshots and chart; the array of them; and the `dmcockpit insights --json` document.
nlohmann::json toJson(const Insight &insight, const Dataset &dataset);
nlohmann::json toJson(const std::vector<Insight> &insights, const Dataset &dataset);
// {as_of, compare_to, scope, period, reporting_currency, cap, listed, shown, more, dismissed,
//  new, insights: [... each with rank and shown]}
nlohmann::json insightsDocument(const std::vector<Insight> &insights, const Dataset &dataset, const Query &query,
                                int cap);
// The same document in pieces, for printing a company's list one insight at a time: everything
// but `insights`; each insight's list rank (1, 2, ...; 0 when it is not listed); one element.
nlohmann::json insightsDocumentWithoutList(const std::vector<Insight> &insights, const Dataset &dataset,
                                           const Query &query, int cap);
std::vector<int> insightRanks(const std::vector<Insight> &insights);
nlohmann::json rankedInsight(const Insight &insight, const Dataset &dataset, int rank, int cap);

} // namespace dmc
