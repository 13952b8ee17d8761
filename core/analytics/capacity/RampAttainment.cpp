#include "RampAttainment.h"

#include "Tenure.h"
#include "analytics/numbers/Median.h"

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

} // namespace

RampAttainment RampAttainment::build(const Dataset &dataset, const CapacityInputs &inputs,
                                     const FiscalCalendar &calendar, const QDate &asOf, const Scope &scope)
{
    RampAttainment result;
    const auto &reps = dataset.reps();

    // Bookings by rep and calendar month (first day) at the as-of snapshot.
    QHash<qint32, QHash<QDate, Cents>> bookings;
    if (const int snapshot = dataset.latestSnapshotOnOrBefore(asOf); snapshot >= 0)
        for (const SnapshotRecord &row : dataset.rowsAt(snapshot))
            if (row.closeDay != NoDay && dataset.status(row) == Dataset::Status::Won)
                bookings[row.owner][Tenure::firstDay(QDate::fromJulianDay(row.closeDay))] += row.amount;

    const std::vector<bool> inScope = dataset.scopeMask(scope);
    std::vector<std::vector<double>> cohort(MonthsShown);
    for (size_t r = 0; r < reps.size(); ++r) {
        const DatasetRep &rep = reps[r];
        if (!rep.known || !rep.rep.rampStart.isValid())
            continue;
        const RepEmployment employment = inputs.employmentOf(rep.rep.id);
        const RampCurve &curve = inputs.curves.curveFor(rep.rep.role);
        Rep row{rep.rep.id, rep.rep.name, rep.rep.role, rep.rep.rampStart, {}};
        row.months.resize(MonthsShown);
        for (int t = 1; t <= MonthsShown; ++t) {
            const QDate month = Tenure::firstDay(rep.rep.rampStart).addMonths(t - 1);
            if (Tenure::lastDay(month) > asOf || !Tenure::employedIn(rep.rep.rampStart, employment.endDate, month))
                break;
            const FiscalPeriod quarter = calendar.periodOf(month);
            const Cents quota = dataset.quota(qint32(r), quarter);
            Cell cell;
            cell.month = month;
            cell.bookings = bookings.value(qint32(r)).value(month);
            cell.rampedQuota = Cents(std::llround(double(quota) / 3.0 * curve.fraction(t)));
            if (cell.rampedQuota > 0) {
                cell.attainment = double(cell.bookings) / double(cell.rampedQuota);
                cohort[size_t(t - 1)].push_back(*cell.attainment);
            }
            row.months[size_t(t - 1)] = cell;
        }
        if (inScope[r])
            result.reps.push_back(std::move(row));
    }
    for (auto &values : cohort) {
        result.cohortSize.push_back(int(values.size()));
        result.cohortMedian.push_back(median(std::move(values)));
    }
    return result;
}

} // namespace dmc
