#pragma once

#include "Insight.h"

#include <optional>
#include <vector>

namespace dmc {

// Which of a scope's insights (in list order, InsightReview::sort) a list shows. The listed ones
// that match the kind, rep, minimum amount at stake and "new only", the first `cap` of them
// unless all are asked for; or the dismissed list: every dismissed one that matches, uncapped.
struct InsightFilter
{
    enum class List : quint8 { Listed, Dismissed };

    struct Result
    {
        std::vector<int> indices; // into the insights, in list order
        int matching = 0;         // matches in this list, before the cap
        int more = 0;             // matches left out by the cap
        int fresh = 0;            // State::New among the matches
    };

    List list = List::Listed;
    std::optional<Insight::Kind> kind; // none: every kind
    QString repId;                     // "": every rep (and the scope's own insights)
    Cents minimumStake = 0;
    bool newOnly = false;
    bool all = false; // past the cap

    bool matches(const Insight &insight) const;
    Result apply(const std::vector<Insight> &insights, int cap) const;
};

} // namespace dmc
