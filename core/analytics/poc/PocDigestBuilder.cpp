#include "PocDigestBuilder.h"

#include <algorithm>

namespace dmc {

namespace {

template<typename Row>
void sortBy(std::vector<Row> &rows, QDate Row::*date)
{
    std::stable_sort(rows.begin(), rows.end(), [date](const Row &a, const Row &b) {
        return a.*date != b.*date ? a.*date < b.*date : a.id < b.id;
    });
}

} // namespace

PocDigest PocDigestBuilder::build(const PocBoard &board, const QDate &since, const QString &scopeName)
{
    PocDigest digest;
    digest.asOf = board.asOf;
    digest.since = since;
    digest.period = board.period;
    digest.scope = board.scope;
    digest.scopeName = scopeName;
    const QDate asOf = board.asOf;
    const auto inWindow = [&](const QDate &date) { return date.isValid() && date > since && date <= asOf; };

    for (const PocScorecard &card : board.pocs) {
        // A POC that ended on or before the compare-to date has nothing left to report.
        if (card.ended && card.poc.actualEnd <= since)
            continue;
        PocDigestEntry entry;
        entry.card = card;
        entry.startedInWindow = inWindow(card.poc.start);
        entry.endedInWindow = card.ended && inWindow(card.poc.actualEnd);
        for (const PocCriterion &c : card.criteria) {
            if (c.result != CriterionResult::Open && inWindow(c.resultDate))
                entry.resultsRecorded.push_back(c);
            if (inWindow(c.recordedDate))
                entry.criteriaAdded.push_back(c);
            if (inWindow(c.changedDate))
                entry.criteriaChanged.push_back(c);
        }
        for (const PocCheckIn &c : card.checkIns)
            if (inWindow(c.heldDate))
                entry.checkInsHeld.push_back(c);
        for (const PocTask &t : card.tasks) {
            if (inWindow(t.doneDate))
                entry.tasksDone.push_back(t);
            // Overdue as on the board: open at the as-of, due before it.
            const bool open = !t.doneDate.isValid() || t.doneDate > asOf;
            if (open && t.dueDate.isValid() && t.dueDate < asOf)
                (t.side == TaskSide::Buyer ? entry.buyerOverdue : entry.sellerOverdue).push_back(t);
        }
        sortBy(entry.resultsRecorded, &PocCriterion::resultDate);
        sortBy(entry.criteriaAdded, &PocCriterion::recordedDate);
        sortBy(entry.criteriaChanged, &PocCriterion::changedDate);
        sortBy(entry.checkInsHeld, &PocCheckIn::heldDate);
        sortBy(entry.tasksDone, &PocTask::doneDate);
        sortBy(entry.buyerOverdue, &PocTask::dueDate);
        sortBy(entry.sellerOverdue, &PocTask::dueDate);
        digest.pocs.push_back(std::move(entry));
    }
    return digest;
}

} // namespace dmc
