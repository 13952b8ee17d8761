// Engine::renewals: the renewal watchlist (docs/definitions.md, "Renewal watchlist") as one more
// engine result beside cockpit, changes, accuracy and exceptions; RenewalWatchlist::build does the work.
#include "Engine.h"

namespace dmc {

RenewalWatchlist Engine::renewals(const Query &query, int windowDays) const
{
    return RenewalWatchlist::build(dataset(), query.asOf, query.scope, windowDays);
}

} // namespace dmc
