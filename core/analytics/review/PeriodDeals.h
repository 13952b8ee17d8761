#pragma once

#include "SourceGroups.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>

#include <vector>

namespace dmc {

// The deals of one scope whose close decision fell in one period, read at the period's review
// snapshot (docs/definitions.md#review-snapshot): the first snapshot on or after the period's
// last day when there is one up to the as-of, else the as-of snapshot (the period so far).
struct PeriodDeals
{
    struct Deal
    {
        qint32 opportunity = -1;
        qint32 owner = -1; // rep index at the review snapshot
        Dataset::Status status = Dataset::Status::Open;
        Cents amount = 0; // at the review snapshot
        DayNumber closeDay = NoDay;
        DealType type = DealType::New;
        QString segment; // the account's segment; "" when none
        SourceGroup source = SourceGroup::Other;
    };

    FiscalPeriod period;
    int snapshot = -1; // date index of the review snapshot; -1 when no snapshot holds the period
    QDate snapshotDate;
    bool closed = false;           // the review snapshot is on or after the period's last day
    std::vector<Deal> decided;     // won or lost, close date in the period, owner in the scope
    std::vector<Deal> undecided;   // still open with the close date in the period ("no decision")
    std::vector<Deal> created;     // created in the period (latest import), owner in the scope
    std::vector<qint32> ownerReps; // the scope's reps

    // No review snapshot (and no deals) when it would lie before the period's first day, or when
    // the first snapshot of the data is after the period's last day.
    static PeriodDeals collect(const Dataset &dataset, const FiscalPeriod &period, const Scope &scope,
                               const QDate &asOf);
};

} // namespace dmc
