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

} // namespace

PipelineChanges Engine::changes(QDate from, QDate to, const Scope &scope, const FiscalPeriod &period) const
{
    const Dataset &data = *m_dataset;
    PipelineChanges result;
    result.period = period;
    result.scope = scope;
    const int i0 = data.latestSnapshotOnOrBefore(from);
    const int i1 = data.latestSnapshotOnOrBefore(to);
    result.from = i0 >= 0 ? data.snapshotDate(i0) : from;
    result.to = i1 >= 0 ? data.snapshotDate(i1) : to;

    const std::vector<bool> mask = data.scopeMask(scope);
    const DayNumber first = DayNumber(period.start.toJulianDay());
    const DayNumber last = DayNumber(period.end.toJulianDay());
    auto inPeriod = [&](const SnapshotRecord &row) {
        return row.closeDay != NoDay && row.closeDay >= first && row.closeDay <= last;
    };
    auto side = [&](const SnapshotRecord *row) {
        Side s;
        s.row = row;
        s.inPipeline = row && data.isOpen(*row) && inPeriod(*row) && mask[size_t(row->owner)];
        return s;
    };

    const auto rows0 = i0 >= 0 && i0 != i1 ? data.rowsAt(i0) : std::span<const SnapshotRecord>();
    const auto rows1 = i1 >= 0 ? data.rowsAt(i1) : std::span<const SnapshotRecord>();
    auto bucket = [&](ForecastCategory category) -> ChangeBridge & { return result.byCategory[size_t(category)]; };

    auto classify = [&](const Side &s0, const Side &s1) {
        if (!s0.inPipeline && !s1.inPipeline)
            return;
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
    };

    if (i0 == i1) {
        for (const SnapshotRecord &row : rows1)
            classify(side(&row), side(&row));
    } else {
        // Both snapshots are sorted by opportunity: merge them.
        auto it0 = rows0.begin();
        auto it1 = rows1.begin();
        while (it0 != rows0.end() || it1 != rows1.end()) {
            if (it1 == rows1.end() || (it0 != rows0.end() && it0->opportunity < it1->opportunity)) {
                classify(side(&*it0), side(nullptr));
                ++it0;
            } else if (it0 == rows0.end() || it1->opportunity < it0->opportunity) {
                classify(side(nullptr), side(&*it1));
                ++it1;
            } else {
                classify(side(&*it0), side(&*it1));
                ++it0;
                ++it1;
            }
        }
    }

    std::stable_sort(result.deals.begin(), result.deals.end(), [](const DealChange &a, const DealChange &b) {
        if (a.reason != b.reason)
            return a.reason < b.reason;
        return std::llabs(a.delta) > std::llabs(b.delta);
    });
    return result;
}

} // namespace dmc
