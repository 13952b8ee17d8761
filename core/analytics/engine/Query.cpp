#include "Query.h"

#include "analytics/dataset/Dataset.h"
#include "domain/FiscalCalendar.h"

namespace dmc {

Query Query::resolve(const Dataset &dataset, const FiscalCalendar &calendar, std::optional<QDate> asOf,
                     std::optional<FiscalPeriod> period, Scope scope, std::optional<QDate> compareTo)
{
    Query query;
    const int index = asOf ? dataset.latestSnapshotOnOrBefore(*asOf) : dataset.snapshotCount() - 1;
    if (index >= 0)
        query.asOf = dataset.snapshotDate(index);
    else
        query.asOf = asOf ? *asOf : QDate::currentDate();
    query.period = period && period->isValid() ? *period : calendar.periodOf(query.asOf);
    query.scope = std::move(scope);
    int previous = -1;
    if (compareTo)
        previous = dataset.latestSnapshotOnOrBefore(*compareTo);
    else if (index > 0)
        previous = index - 1;
    if (previous >= 0 && (index < 0 || previous < index))
        query.compareTo = dataset.snapshotDate(previous);
    return query;
}

} // namespace dmc
