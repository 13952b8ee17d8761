#pragma once

#include "PocScorecard.h"
#include "domain/PocRecords.h"

#include <vector>

namespace dmc {

// One POC of the weekly digest: the POC at the as-of and what its rows record between the
// compare-to date (excluded) and the as-of (included) (docs/definitions.md#weekly-poc-digest).
struct PocDigestEntry
{
    PocScorecard card; // at the as-of

    bool startedInWindow = false;
    bool endedInWindow = false;
    std::vector<PocCriterion> resultsRecorded; // met or not met, result date in the window, by date
    std::vector<PocCriterion> criteriaAdded;   // recorded date in the window, by date
    std::vector<PocCriterion> criteriaChanged; // changed date in the window, by date
    std::vector<PocCheckIn> checkInsHeld;      // held date in the window, by date
    std::vector<PocTask> tasksDone;            // done date in the window, by date
    std::vector<PocTask> buyerOverdue;         // open at the as-of with a due date before it, by due date
    std::vector<PocTask> sellerOverdue;

    bool hasChanges() const
    {
        return startedInWindow || endedInWindow || !resultsRecorded.empty() || !criteriaAdded.empty()
            || !criteriaChanged.empty() || !checkInsHeld.empty() || !tasksDone.empty();
    }
};

} // namespace dmc
