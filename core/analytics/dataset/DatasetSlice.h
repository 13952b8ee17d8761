#pragma once

#include "Dataset.h"

#include <memory>

namespace dmc {

// A Dataset cut down to what one scope's answers read, so that a command on one district or rep
// reads that scope's image (DatasetCache) instead of the whole company's.
//
// A deal stays when its owner is in the scope in its latest record or at any snapshot (a deal
// belongs to the scope its owner had at each snapshot), with every snapshot row, qualification
// point, POC and play row of it, and its account with that account's health readings; and the
// forecast calls of the scope's reps. What the scope's numbers depend on beyond its deals is kept
// whole: the reps, quotas, stages, currencies, every snapshot date and which fields hold values in
// the whole data. Deals and accounts keep their relative order, so whatever is sorted by index
// sorts the same.
//
// The cockpit, the exceptions, the pipeline changes and the forecast accuracy of a query within
// the scope are the same on the slice as on the whole (tst_datasetslice). Answers that read deals
// of other owners are not asked of a slice: the renewal watchlist (an account's other deals), the
// insights and the review (comparisons with other scopes).
class DatasetSlice
{
public:
    static std::shared_ptr<Dataset> cut(const Dataset &whole, const Scope &scope);
};

} // namespace dmc
