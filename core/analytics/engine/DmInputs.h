#pragma once

#include "Query.h"
#include "analytics/coaching/CoachingPackData.h"
#include "analytics/numbers/FollowUpDue.h"
#include "domain/Error.h"

#include <vector>

namespace dmc {

class ActionStore;
class Dataset;

// Reads the DM's own data an agenda, a coaching pack or the cockpit adds to the engine's
// results (follow-ups, belief ratings, the coaching note) from the ActionStore, so the window
// and the commands fill them the same way.
class DmInputs
{
public:
    // Open follow-ups of the reps in the query's scope due on or before the end of the as-of week
    // (FollowUpDue's contract; the agenda marks the ones due before the as-of date overdue).
    static Result<std::vector<FollowUpDue>> followUpsDue(const ActionStore &store, const Dataset &dataset,
                                                         const Query &query);
    // The pack input of a rep: stored belief ratings of the rep's deals, follow-ups due and the
    // coaching note of the as-of week.
    static Result<CoachingPackData::Input> packInput(const ActionStore &store, const Dataset &dataset,
                                                     const Query &query, const QString &repId);
};

} // namespace dmc
