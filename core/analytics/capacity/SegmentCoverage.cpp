#include "SegmentCoverage.h"

#include "analytics/review/PeriodDeals.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dmc {

SegmentCoverage SegmentCoverage::build(const Dataset &dataset, const FiscalCalendar &calendar,
                                       const FiscalPeriod &period, const Scope &scope, const QDate &asOf, Cents need)
{
    SegmentCoverage result;
    result.period = period;
    result.need = need;
    std::map<QString, Row> rows;
    const auto row = [&](const QString &segment) -> Row & {
        Row &r = rows[segment];
        r.segment = segment;
        return r;
    };

    const PeriodDeals current = PeriodDeals::collect(dataset, period, scope, asOf);
    for (const PeriodDeals::Deal &deal : current.decided)
        if (deal.status == Dataset::Status::Won)
            result.wonSoFar += deal.amount;
    for (const PeriodDeals::Deal &deal : current.undecided) {
        Row &r = row(deal.segment);
        ++r.openDeals;
        r.openPipeline += deal.amount;
        r.openDealIndices.push_back(deal.opportunity);
    }
    result.remaining = std::max<Cents>(0, need - result.wonSoFar);

    FiscalPeriod quarter = period;
    Cents trailingWon = 0;
    for (int i = 0; i < TrailingQuarters; ++i) {
        quarter = calendar.previous(quarter);
        if (i == 0)
            result.trailingLast = quarter;
        result.trailingFirst = quarter;
        const PeriodDeals past = PeriodDeals::collect(dataset, quarter, scope, asOf);
        for (const PeriodDeals::Deal &deal : past.decided) {
            Row &r = row(deal.segment);
            ++r.decided;
            if (deal.status == Dataset::Status::Won) {
                ++r.won;
                r.wonAmount += deal.amount;
                trailingWon += deal.amount;
            }
        }
    }

    for (auto &[segment, r] : rows) {
        if (trailingWon > 0)
            r.targetShare = double(r.wonAmount) / double(trailingWon);
        r.remainingTarget = Cents(std::llround(double(result.remaining) * r.targetShare));
        if (r.remainingTarget > 0)
            r.coverage = double(r.openPipeline) / double(r.remainingTarget);
        if (r.decided > 0)
            r.winRate = double(r.won) / double(r.decided);
        if (r.won > 0)
            r.impliedCoverage = double(r.decided) / double(r.won);
        if (!segment.isEmpty())
            result.rows.push_back(std::move(r));
    }
    if (auto it = rows.find(QString()); it != rows.end())
        result.rows.push_back(std::move(it->second));
    return result;
}

} // namespace dmc
