#include "InsightFilter.h"

namespace dmc {

bool InsightFilter::matches(const Insight &insight) const
{
    if (insight.isListed() != (list == List::Listed))
        return false;
    if (kind && insight.kind != *kind)
        return false;
    if (!repId.isEmpty() && insight.repId != repId)
        return false;
    if (newOnly && insight.state != Insight::State::New)
        return false;
    return insight.stake >= minimumStake;
}

InsightFilter::Result InsightFilter::apply(const std::vector<Insight> &insights, int cap) const
{
    Result result;
    for (size_t i = 0; i < insights.size(); ++i) {
        const Insight &insight = insights[i];
        if (!matches(insight))
            continue;
        ++result.matching;
        if (insight.state == Insight::State::New)
            ++result.fresh;
        // The dismissed list is never capped: it is what the DM set aside, all of it.
        if (all || list == List::Dismissed || int(result.indices.size()) < cap)
            result.indices.push_back(int(i));
        else
            ++result.more;
    }
    return result;
}

} // namespace dmc
