#pragma once

#include "Insight.h"
#include "store/InsightMark.h"

#include <QDate>
#include <QSet>

#include <vector>

namespace dmc {

class Engine;
struct Query;

// What the DM's marks make of computed insights, and the order and cap they are listed in:
// amount at stake first, then the most recent, then the key; a cap per scope with "N more".
// A dismissed insight stays dismissed while its numbers stay within the recorded values: it
// comes back (State::Returned) when a measured number moves past its recorded value by more than
// the return tolerance, or an event insight shows a new event.
class InsightReview
{
public:
    struct Selection
    {
        std::vector<const Insight *> shown; // the first `cap` listed insights, in order
        int more = 0;                       // listed beyond the cap
        int dismissed = 0;                  // listed apart
    };

    static void sort(std::vector<Insight> &insights);
    // `earlierKeys`: the keys of the insights at the compare-to snapshot (an unmarked insight
    // absent there is New).
    static void apply(std::vector<Insight> &insights, const std::vector<InsightMark> &marks,
                      const QSet<QString> &earlierKeys, int returnPercent);
    // The insights of `query`, sorted, with the marks applied and New told from Unseen by the
    // insights at the query's compare-to snapshot.
    static std::vector<Insight> compute(const Engine &engine, const Query &query,
                                        const std::vector<InsightMark> &marks);
    static bool movedBeyond(const Insight &insight, const InsightMark &mark, int returnPercent);
    // A mark recording the insight's measured numbers and event date.
    static InsightMark markFor(const Insight &insight, InsightMarkStatus status, const QString &note,
                               const QDate &asOf);
    static Selection select(const std::vector<Insight> &insights, int cap);
    static int countNew(const std::vector<Insight> &insights);
};

} // namespace dmc
