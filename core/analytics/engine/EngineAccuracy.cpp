// Engine::accuracy: forecast accuracy (T-7 / T-14, WAPE) and slip rate of closed periods.
#include "Engine.h"
#include "domain/Money.h"

#include <QMap>

#include <cstdlib>

namespace dmc {

namespace {

void finishGroup(DistrictAccuracy &group)
{
    if (group.actualT7 > 0)
        group.wapeT7 = double(group.absErrorT7) / double(group.actualT7);
    if (group.actualT14 > 0)
        group.wapeT14 = double(group.absErrorT14) / double(group.actualT14);
}

void addToGroup(DistrictAccuracy &group, const AccuracyRow &row)
{
    group.actual += row.actual;
    if (row.forecastT7) {
        group.actualT7 += row.actual;
        group.absErrorT7 += std::llabs(row.actual - *row.forecastT7);
    }
    if (row.forecastT14) {
        group.actualT14 += row.actual;
        group.absErrorT14 += std::llabs(row.actual - *row.forecastT14);
    }
}

} // namespace

AccuracyResult Engine::accuracy(const Scope &scope, QList<FiscalPeriod> periods) const
{
    const Dataset &data = *m_dataset;
    const FiscalCalendar fiscal = calendar();
    AccuracyResult result;
    result.scope = scope;
    if (periods.isEmpty() && data.snapshotCount() > 0) {
        // Every period from the first snapshot's that has a snapshot on or after its last day.
        const QDate last = data.snapshotDates().last();
        for (FiscalPeriod p = fiscal.periodOf(data.snapshotDates().first()); p.end <= last; p = fiscal.next(p))
            periods.append(p);
    }

    const std::vector<bool> mask = data.scopeMask(scope);
    const std::vector<qint32> reps = data.repsInScope(scope);
    for (const FiscalPeriod &period : std::as_const(periods)) {
        AccuracyPeriod ap;
        ap.period = period;
        ap.t7 = period.end.addDays(-7);
        ap.t14 = period.end.addDays(-14);
        const int end = data.earliestSnapshotOnOrAfter(period.end);
        const int i7 = data.latestSnapshotOnOrBefore(ap.t7);
        const int i14 = data.latestSnapshotOnOrBefore(ap.t14);
        if (i7 >= 0)
            ap.snapshotT7 = data.snapshotDate(i7);
        if (i14 >= 0)
            ap.snapshotT14 = data.snapshotDate(i14);
        ap.closed = end >= 0;
        if (!ap.closed) {
            result.periods.push_back(std::move(ap));
            continue;
        }
        ap.endSnapshot = data.snapshotDate(end);
        const std::vector<Numbers> atEnd = numbersPerRep(end, period);
        const std::vector<Numbers> at7 = i7 >= 0 ? numbersPerRep(i7, period) : std::vector<Numbers>();
        const std::vector<Numbers> at14 = i14 >= 0 ? numbersPerRep(i14, period) : std::vector<Numbers>();

        auto forecast = [&](qint32 rep, const QDate &day, const std::vector<Numbers> &atSnapshot,
                            bool &fromCall) -> std::optional<Cents> {
            if (const DatasetForecastCall *call = data.latestCall(rep, period.key(), dayOf(day))) {
                fromCall = true;
                return call->commit;
            }
            fromCall = false;
            if (atSnapshot.empty())
                return std::nullopt;
            return atSnapshot[size_t(rep)].commitForecast;
        };

        QMap<QString, DistrictAccuracy> districts;
        for (const qint32 rep : reps) {
            const DatasetRep &entry = data.reps()[size_t(rep)];
            AccuracyRow row;
            row.rep = rep;
            row.repId = entry.rep.id;
            row.name = entry.rep.name;
            row.district = entry.rep.district;
            row.actual = atEnd[size_t(rep)].won;
            row.forecastT7 = forecast(rep, ap.t7, at7, row.t7FromCall);
            row.forecastT14 = forecast(rep, ap.t14, at14, row.t14FromCall);
            if (!entry.known && row.actual == 0 && row.forecastT7.value_or(0) == 0 && row.forecastT14.value_or(0) == 0)
                continue;
            if (row.actual > 0 && row.forecastT7)
                row.ratioT7 = double(*row.forecastT7) / double(row.actual);
            if (row.actual > 0 && row.forecastT14)
                row.ratioT14 = double(*row.forecastT14) / double(row.actual);
            DistrictAccuracy &group = districts[row.district];
            group.district = row.district;
            addToGroup(group, row);
            addToGroup(ap.scopeTotal, row);
            ap.reps.push_back(std::move(row));
        }
        for (DistrictAccuracy &group : districts) {
            finishGroup(group);
            ap.districts.push_back(group);
        }
        finishGroup(ap.scopeTotal);

        // Slip: Commit deals at T-x that are lost, omitted, deleted or out of P at the end snapshot.
        const DayNumber first = dayOf(period.start);
        const DayNumber last = dayOf(period.end);
        auto slip = [&](int index, Cents &commit, Cents &slipped, std::optional<double> &rate,
                        std::vector<qint32> *deals) {
            if (index < 0)
                return;
            for (const SnapshotRecord &row : data.rowsAt(index)) {
                if (!mask[size_t(row.owner)] || !data.isOpen(row) || row.category() != ForecastCategory::Commit
                    || row.closeDay == NoDay || row.closeDay < first || row.closeDay > last)
                    continue;
                commit += row.amount;
                const SnapshotRecord *later = data.rowOf(end, row.opportunity);
                const bool gone = !later || data.status(*later) == Dataset::Status::Lost;
                const bool moved =
                    later && (later->closeDay == NoDay || later->closeDay < first || later->closeDay > last);
                if (gone || moved) {
                    slipped += row.amount;
                    if (deals)
                        deals->push_back(row.opportunity);
                }
            }
            if (commit > 0)
                rate = double(slipped) / double(commit);
        };
        slip(i14, ap.commitAtT14, ap.slippedFromT14, ap.slipRateT14, &ap.slippedDealsT14);
        slip(i7, ap.commitAtT7, ap.slippedFromT7, ap.slipRateT7, nullptr);
        result.periods.push_back(std::move(ap));
    }
    return result;
}

} // namespace dmc
