#pragma once

#include "Agenda.h"
#include "analytics/insights/Insight.h"
#include "export/render/Report.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace dmc {

class Dataset;

// The "Patterns" part of an agenda rep part and of a coaching pack: the rep's first insights in
// list order up to the cap, how many more there are and how many the DM dismissed, as report
// bullets and as JSON. Descriptive lines only (the insights' own texts).
class AgendaPatterns
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AgendaPatterns)

public:
    // The listed insights `keep` accepts (all when none is given), capped.
    static Agenda::Patterns select(const std::vector<Insight> &insights, const Dataset &dataset, int cap,
                                   const std::function<bool(const Insight &)> &keep = {});
    // Fills each rep part with its rep's insights, and the agenda's own with those about no one
    // rep (the scope's trends, a district's dichotomies at region scope).
    static void apply(Agenda &agenda, const std::vector<Insight> &insights, const Dataset &dataset, int cap);
    // A section "Patterns" (level 2 in an agenda rep part, 1 in a pack) with one bullet per line
    // and a note for the rest.
    static void addSection(Report &report, const Agenda::Patterns &patterns, int level = 2);
    static nlohmann::json toJson(const Agenda::Patterns &patterns);
};

} // namespace dmc
