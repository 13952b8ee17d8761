#include "DmInputs.h"

#include "analytics/dataset/Dataset.h"
#include "domain/FiscalCalendar.h"
#include "store/ActionStore.h"

namespace dmc {

Result<std::vector<FollowUpDue>> DmInputs::followUpsDue(const ActionStore &store, const Dataset &dataset,
                                                        const Query &query)
{
    std::vector<FollowUpDue> due;
    if (!query.asOf.isValid())
        return due;
    QStringList repIds;
    for (const qint32 rep : dataset.repsInScope(query.scope))
        repIds << dataset.reps()[size_t(rep)].rep.id;
    if (repIds.isEmpty())
        return due; // an empty list would mean every rep
    auto followUps = store.followUpsDue(FiscalCalendar::weekStart(query.asOf).addDays(6), repIds);
    if (!followUps)
        return followUps.error();
    for (const FollowUp &item : *followUps) {
        const int deal = dataset.opportunityIndex(item.opportunityId);
        due.push_back({item.id, item.repId, item.opportunityId, item.ruleId, item.text, item.owner, item.dueDate,
                       deal >= 0 ? dataset.opportunity(deal).name : QString()});
    }
    return due;
}

Result<CoachingPackData::Input> DmInputs::packInput(const ActionStore &store, const Dataset &dataset,
                                                    const Query &query, const QString &repId)
{
    CoachingPackData::Input input;
    const int rep = dataset.repIndex(repId);
    if (rep < 0)
        return input;
    for (qint32 deal = 0; deal < qint32(dataset.opportunities().size()); ++deal) {
        if (dataset.opportunityOwner(deal) != rep)
            continue;
        const QString id = dataset.opportunity(deal).id;
        auto beliefs = store.beliefs(id);
        if (!beliefs)
            return beliefs.error();
        for (const BeliefRating &belief : *beliefs)
            input.ratings[id].push_back({belief.position, belief.belief, beliefLevelKey(belief.rating)});
    }
    Query repQuery = query;
    repQuery.scope = Scope::rep(repId);
    auto due = followUpsDue(store, dataset, repQuery);
    if (!due)
        return due.error();
    input.followUps = std::move(*due);
    auto note = store.coachingNote(repId, FiscalCalendar::weekStart(query.asOf));
    if (!note)
        return note.error();
    if (note->has_value())
        input.coachingNote = (*note)->note;
    return input;
}

} // namespace dmc
