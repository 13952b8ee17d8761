#pragma once

#include "Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>

#include <optional>

namespace dmc {

class Dataset;
class FiscalCalendar;

// What a view asks the engine for: an as-of snapshot date, a fiscal period and a scope,
// plus the snapshot to compare with (week-over-week deltas).
struct Query
{
    QDate asOf; // a snapshot date (resolve() makes it one)
    FiscalPeriod period;
    Scope scope;
    std::optional<QDate> compareTo; // a snapshot date before asOf; none when there is none

    // Defaults: as-of = the latest snapshot on or before `asOf` (the latest snapshot when
    // not given); period = the period holding the as-of; compare-to = the snapshot before the
    // as-of (or the latest snapshot on or before `compareTo` when given).
    static Query resolve(const Dataset &dataset, const FiscalCalendar &calendar,
                         std::optional<QDate> asOf = std::nullopt, std::optional<FiscalPeriod> period = std::nullopt,
                         Scope scope = Scope::all(), std::optional<QDate> compareTo = std::nullopt);
};

} // namespace dmc
