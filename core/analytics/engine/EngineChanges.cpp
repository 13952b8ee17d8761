// Engine::changes: the pipeline waterfall between two snapshots (docs/definitions.md#pipeline-changes).
#include "Engine.h"

#include <algorithm>
#include <cstdlib>

namespace dmc {

namespace {

struct Side
{
    const SnapshotRecord *row = nullptr;
    bool inPipeline = false; // open, Commit / Best Case / Pipeline, close in P, owner in scope
};

// Books one deal's pair of rows (either may be absent) into a scope's changes; which owners are
// in the scope is the caller's (a mask, or one rep).
class ChangeClassifier
{
public:
    ChangeClassifier(const Dataset &data, const FiscalPeriod &period)
        : m_data(data)
        , m_first(DayNumber(period.start.toJulianDay()))
        , m_last(DayNumber(period.end.toJulianDay()))
    {
    }

    template<class InScope>
    void add(const SnapshotRecord *r0, const SnapshotRecord *r1, InScope inScope, PipelineChanges &result) const
    {
        classify(side(r0, inScope), side(r1, inScope), result);
    }

private:
    bool inPeriod(const SnapshotRecord &row) const
    {
        return row.closeDay != NoDay && row.closeDay >= m_first && row.closeDay <= m_last;
    }
    template<class InScope>
    Side side(const SnapshotRecord *row, InScope inScope) const
    {
        return {row, row && m_data.isOpen(*row) && inPeriod(*row) && inScope(row->owner)};
    }
    void classify(const Side &s0, const Side &s1, PipelineChanges &result) const;

    const Dataset &m_data;
    DayNumber m_first;
    DayNumber m_last;
};

void ChangeClassifier::classify(const Side &s0, const Side &s1, PipelineChanges &result) const
{
    if (!s0.inPipeline && !s1.inPipeline)
        return;
    const Dataset &data = m_data;
    auto bucket = [&](ForecastCategory category) -> ChangeBridge & { return result.byCategory[size_t(category)]; };
    DealChange change;
    const SnapshotRecord *r0 = s0.row;
    const SnapshotRecord *r1 = s1.row;
    change.opportunity = r1 ? r1->opportunity : r0->opportunity;
    change.rep = r1 ? r1->owner : r0->owner;
    if (r0) {
        change.fromStage = r0->stage;
        change.fromCategory = r0->category();
        change.fromAmount = r0->amount;
        change.fromClose = r0->closeDay != NoDay ? QDate::fromJulianDay(r0->closeDay) : QDate();
    }
    if (r1) {
        change.toStage = r1->stage;
        change.toCategory = r1->category();
        change.toAmount = r1->amount;
        change.toClose = r1->closeDay != NoDay ? QDate::fromJulianDay(r1->closeDay) : QDate();
    }
    const Cents a0 = s0.inPipeline ? r0->amount : 0;
    const Cents a1 = s1.inPipeline ? r1->amount : 0;
    change.delta = a1 - a0;
    if (s0.inPipeline) {
        bucket(r0->category()).opening += a0;
        result.total.opening += a0;
    }
    if (s1.inPipeline) {
        bucket(r1->category()).closing += a1;
        result.total.closing += a1;
    }

    auto leave = [&](ChangeReason reason, Cents ChangeBridge::*field) {
        change.reason = reason;
        bucket(r0->category()).*field += a0;
        result.total.*field += a0;
    };
    auto enter = [&](ChangeReason reason, Cents ChangeBridge::*field) {
        change.reason = reason;
        bucket(r1->category()).*field += a1;
        result.total.*field += a1;
    };

    if (s0.inPipeline && !s1.inPipeline) {
        if (!r1) {
            change.removed = true;
            leave(ChangeReason::Lost, &ChangeBridge::lost);
        } else if (data.status(*r1) == Dataset::Status::Won) {
            leave(ChangeReason::Won, &ChangeBridge::won);
        } else if (data.status(*r1) == Dataset::Status::Lost) {
            leave(ChangeReason::Lost, &ChangeBridge::lost);
        } else if (!inPeriod(*r1)) {
            leave(ChangeReason::PushedOut, &ChangeBridge::pushedOut);
        } else {
            leave(ChangeReason::TransferredOut, &ChangeBridge::transferredOut);
        }
    } else if (!s0.inPipeline && s1.inPipeline) {
        if (!r0) {
            enter(ChangeReason::New, &ChangeBridge::newDeals);
        } else if (!data.isOpen(*r0)) {
            change.reopened = true;
            enter(ChangeReason::New, &ChangeBridge::newDeals);
        } else if (!inPeriod(*r0)) {
            enter(ChangeReason::PulledIn, &ChangeBridge::pulledIn);
        } else {
            enter(ChangeReason::TransferredIn, &ChangeBridge::transferredIn);
        }
    } else {
        // In P at both dates: the amount change is booked in the S0 category, then the S1
        // amount moves to the S1 category.
        const ForecastCategory c0 = r0->category();
        const ForecastCategory c1 = r1->category();
        if (a1 > a0) {
            bucket(c0).increased += a1 - a0;
            result.total.increased += a1 - a0;
        } else if (a1 < a0) {
            bucket(c0).decreased += a0 - a1;
            result.total.decreased += a0 - a1;
        }
        if (c0 != c1) {
            bucket(c0).categoryOut += a1;
            bucket(c1).categoryIn += a1;
        }
        if (a1 > a0)
            change.reason = ChangeReason::Increased;
        else if (a1 < a0)
            change.reason = ChangeReason::Decreased;
        else if (c1 > c0)
            change.reason = ChangeReason::CategoryUp;
        else if (c1 < c0)
            change.reason = ChangeReason::CategoryDown;
        else
            change.reason = ChangeReason::Unchanged;
    }
    result.deals.push_back(change);
}

// Calls `pair(r0, r1)` for each deal at either snapshot (the row absent: nullptr); the same
// snapshot twice pairs each row with itself. Both snapshots are sorted by opportunity: a merge.
template<class Pair>
void forEachPair(const Dataset &data, int i0, int i1, Pair pair)
{
    if (i0 == i1) {
        if (i1 >= 0)
            for (const SnapshotRecord &row : data.rowsAt(i1))
                pair(&row, &row);
        return;
    }
    const auto rows0 = i0 >= 0 ? data.rowsAt(i0) : std::span<const SnapshotRecord>();
    const auto rows1 = i1 >= 0 ? data.rowsAt(i1) : std::span<const SnapshotRecord>();
    auto it0 = rows0.begin();
    auto it1 = rows1.begin();
    while (it0 != rows0.end() || it1 != rows1.end()) {
        if (it1 == rows1.end() || (it0 != rows0.end() && it0->opportunity < it1->opportunity)) {
            pair(&*it0, nullptr);
            ++it0;
        } else if (it0 == rows0.end() || it1->opportunity < it0->opportunity) {
            pair(nullptr, &*it1);
            ++it1;
        } else {
            pair(&*it0, &*it1);
            ++it0;
            ++it1;
        }
    }
}

PipelineChanges emptyChanges(const Dataset &data, QDate from, QDate to, int i0, int i1, const Scope &scope,
                             const FiscalPeriod &period)
{
    PipelineChanges result;
    result.period = period;
    result.scope = scope;
    result.from = i0 >= 0 ? data.snapshotDate(i0) : from;
    result.to = i1 >= 0 ? data.snapshotDate(i1) : to;
    return result;
}

void sortByReason(PipelineChanges &result)
{
    std::stable_sort(result.deals.begin(), result.deals.end(), [](const DealChange &a, const DealChange &b) {
        if (a.reason != b.reason)
            return a.reason < b.reason;
        return std::llabs(a.delta) > std::llabs(b.delta);
    });
}

} // namespace

PipelineChanges Engine::changes(QDate from, QDate to, const Scope &scope, const FiscalPeriod &period) const
{
    const Dataset &data = *m_dataset;
    const int i0 = data.latestSnapshotOnOrBefore(from);
    const int i1 = data.latestSnapshotOnOrBefore(to);
    PipelineChanges result = emptyChanges(data, from, to, i0, i1, scope, period);
    const std::vector<bool> mask = data.scopeMask(scope);
    const auto inScope = [&mask](qint32 owner) { return mask[size_t(owner)]; };
    const ChangeClassifier classifier(data, period);
    forEachPair(data, i0, i1,
                [&](const SnapshotRecord *r0, const SnapshotRecord *r1) { classifier.add(r0, r1, inScope, result); });
    sortByReason(result);
    return result;
}

std::vector<PipelineChanges> Engine::changesByRep(QDate from, QDate to, const std::vector<qint32> &reps,
                                                  const FiscalPeriod &period) const
{
    const Dataset &data = *m_dataset;
    const int i0 = data.latestSnapshotOnOrBefore(from);
    const int i1 = data.latestSnapshotOnOrBefore(to);
    std::vector<PipelineChanges> results;
    results.reserve(reps.size());
    std::vector<qint32> slotOfRep(data.reps().size(), -1);
    for (const qint32 rep : reps) {
        const bool known = rep >= 0 && size_t(rep) < slotOfRep.size();
        if (known)
            slotOfRep[size_t(rep)] = qint32(results.size());
        const Scope scope = known ? Scope::rep(data.reps()[size_t(rep)].rep.id) : Scope::rep(QString());
        results.push_back(emptyChanges(data, from, to, i0, i1, scope, period));
    }
    const ChangeClassifier classifier(data, period);
    const auto addFor = [&](qint32 rep, const SnapshotRecord *r0, const SnapshotRecord *r1) {
        if (rep < 0 || slotOfRep[size_t(rep)] < 0)
            return;
        classifier.add(
            r0, r1, [rep](qint32 owner) { return owner == rep; }, results[size_t(slotOfRep[size_t(rep)])]);
    };
    forEachPair(data, i0, i1, [&](const SnapshotRecord *r0, const SnapshotRecord *r1) {
        // Each owner sees the deal as its own changes() would: a deal that changed hands is a
        // transfer out for one rep and a transfer in for the other.
        const qint32 owner0 = r0 ? r0->owner : -1;
        const qint32 owner1 = r1 ? r1->owner : -1;
        addFor(owner0, r0, r1);
        if (owner1 != owner0)
            addFor(owner1, r0, r1);
    });
    for (PipelineChanges &result : results)
        sortByReason(result);
    return results;
}

} // namespace dmc
