#include "RiskSnooze.h"

#include "store/ActionStore.h"
#include "store/Database.h"

namespace dmc {

std::vector<RiskSnooze> RiskSnooze::loadAll(const Database &database)
{
    std::vector<RiskSnooze> snoozes;
    // Only reads: the store needs a mutable database for its writes, none happens here.
    const ActionStore store(const_cast<Database &>(database), QString());
    // Every snooze whatever its end: the engine decides per as-of date (hides()), so the first
    // possible date asks the store for all of them.
    auto active = store.activeSnoozes(QDate(1, 1, 1));
    if (!active)
        return snoozes;
    for (ActiveSnooze &snooze : *active) {
        if (snooze.until.isValid())
            snoozes.push_back(
                {std::move(snooze.opportunityId), std::move(snooze.ruleId), snooze.until, std::move(snooze.reason)});
    }
    return snoozes;
}

} // namespace dmc
