#include "InsightReview.h"

#include "analytics/engine/Engine.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dmc {

void InsightReview::sort(std::vector<Insight> &insights)
{
    std::stable_sort(insights.begin(), insights.end(), [](const Insight &a, const Insight &b) {
        if (a.stake != b.stake)
            return a.stake > b.stake;
        if (a.when != b.when)
            return a.when > b.when;
        return a.key < b.key;
    });
}

bool InsightReview::movedBeyond(const Insight &insight, const InsightMark &mark, int returnPercent)
{
    if (insight.episode.isValid() && insight.episode != mark.episode)
        return true; // a new event of the same kind on the same subject
    const double tolerance = 1.0 + returnPercent / 100.0;
    for (const InsightNumber &number : insight.numbers) {
        if (!number.measured)
            continue;
        const auto recorded = mark.recorded.constFind(number.key);
        if (recorded == mark.recorded.constEnd())
            continue;
        const double before = *recorded, now = number.value;
        if ((before > 0 && now < 0) || (before < 0 && now > 0))
            return true; // turned the other way
        if (std::abs(now) > std::abs(before) * tolerance + 1e-9)
            return true;
    }
    return false;
}

void InsightReview::apply(std::vector<Insight> &insights, const std::vector<InsightMark> &marks,
                          const QSet<QString> &earlierKeys, int returnPercent)
{
    QHash<QString, const InsightMark *> byKey;
    for (const InsightMark &mark : marks)
        byKey.insert(mark.key, &mark);
    for (Insight &insight : insights) {
        const InsightMark *mark = byKey.value(insight.key);
        if (!mark) {
            insight.state = earlierKeys.contains(insight.key) ? Insight::State::Unseen : Insight::State::New;
            continue;
        }
        insight.note = mark->note;
        insight.markedBy = mark->author;
        insight.markedAt = mark->updatedAt;
        if (mark->status == InsightMarkStatus::Seen)
            insight.state = Insight::State::Seen;
        else
            insight.state =
                movedBeyond(insight, *mark, returnPercent) ? Insight::State::Returned : Insight::State::Dismissed;
    }
}

std::vector<Insight> InsightReview::compute(const Engine &engine, const Query &query,
                                            const std::vector<InsightMark> &marks)
{
    std::vector<Insight> insights = engine.insights(query);
    QSet<QString> earlier;
    if (query.compareTo) {
        Query before = query;
        before.asOf = *query.compareTo;
        before.compareTo.reset();
        for (const Insight &insight : engine.insights(before))
            earlier.insert(insight.key);
    }
    apply(insights, marks, earlier, engine.settings().insightReturnPercent);
    return insights;
}

InsightMark InsightReview::markFor(const Insight &insight, InsightMarkStatus status, const QString &note,
                                   const QDate &asOf)
{
    InsightMark mark;
    mark.key = insight.key;
    mark.ruleId = insight.ruleId;
    mark.repId = insight.repId;
    mark.district = insight.district;
    mark.region = insight.region;
    mark.status = status;
    mark.note = note;
    mark.episode = insight.episode;
    mark.asOf = asOf;
    for (const InsightNumber &number : insight.numbers)
        if (number.measured)
            mark.recorded.insert(number.key, number.value);
    return mark;
}

InsightReview::Selection InsightReview::select(const std::vector<Insight> &insights, int cap)
{
    Selection selection;
    for (const Insight &insight : insights) {
        if (!insight.isListed())
            ++selection.dismissed;
        else if (int(selection.shown.size()) < cap)
            selection.shown.push_back(&insight);
        else
            ++selection.more;
    }
    return selection;
}

int InsightReview::countNew(const std::vector<Insight> &insights)
{
    return int(std::count_if(insights.begin(), insights.end(),
                             [](const Insight &insight) { return insight.state == Insight::State::New; }));
}

} // namespace dmc
