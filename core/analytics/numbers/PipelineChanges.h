#pragma once

#include "ChangeBridge.h"
#include "DealChange.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>

#include <array>
#include <vector>

namespace dmc {

// The pipeline changes of period P between two snapshots S0 < S1 for a scope: the open pipeline
// (Commit + Best Case + Pipeline deals, open, close date in P, owner in scope) at S0 and S1, and
// one reason per deal found in either. Deals in neither (e.g. created and won in between) are not listed.
struct PipelineChanges
{
    QDate from; // S0 (a snapshot date)
    QDate to;   // S1
    FiscalPeriod period;
    Scope scope;
    std::vector<DealChange> deals; // sorted by reason, then |delta| descending
    // Index by category: Pipeline, BestCase, Commit (ForecastCategory values 0..2).
    std::array<ChangeBridge, 3> byCategory;
    ChangeBridge total;

    const ChangeBridge &bridge(ForecastCategory category) const { return byCategory[size_t(category)]; }
    bool invariantHolds() const
    {
        for (const ChangeBridge &bridge : byCategory)
            if (!bridge.holds())
                return false;
        return total.holds();
    }
};

} // namespace dmc
