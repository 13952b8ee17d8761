#include "DistrictComparison.h"

#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"

#include <QMap>

#include <algorithm>

namespace dmc {

namespace {

std::optional<double> medianOf(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

QString detail(DistrictComparison::Metric metric, double value, const std::optional<double> &median)
{
    const QString shown = DistrictComparison::show(metric, value);
    if (!median)
        return DistrictComparison::tr("%1 %2").arg(DistrictComparison::metricName(metric), shown);
    return DistrictComparison::tr("%1 %2, region median %3")
        .arg(DistrictComparison::metricName(metric), shown, DistrictComparison::show(metric, *median));
}

QString names(const std::vector<DistrictComparison::Metric> &list)
{
    QStringList parts;
    for (auto metric : list)
        parts << DistrictComparison::metricName(metric);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString DistrictComparison::metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Attainment: return QStringLiteral("attainment");
    case Metric::Coverage: return QStringLiteral("coverage");
    case Metric::WinRate: return QStringLiteral("win_rate");
    case Metric::Cycle: return QStringLiteral("cycle_days");
    case Metric::Wape: return QStringLiteral("wape_t14");
    case Metric::Exceptions: break;
    }
    return QStringLiteral("exceptions");
}

QString DistrictComparison::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Attainment: return tr("attainment");
    case Metric::Coverage: return tr("coverage at the period's start");
    case Metric::WinRate: return tr("win rate");
    case Metric::Cycle: return tr("median cycle");
    case Metric::Wape: return tr("WAPE at T-14");
    case Metric::Exceptions: break;
    }
    return tr("exception count");
}

QString DistrictComparison::show(Metric metric, double value)
{
    switch (metric) {
    case Metric::Attainment:
    case Metric::WinRate:
    case Metric::Wape: return TextFormat::percent(value);
    case Metric::Coverage: return TextFormat::ratio(value);
    case Metric::Cycle: return tr("%n day(s)", nullptr, int(std::lround(value)));
    case Metric::Exceptions: break;
    }
    return TextFormat::number(std::llround(value));
}

QStringList DistrictComparison::describe(const QString &region, const std::vector<Row> &rows, const Values &median)
{
    std::vector<std::vector<Metric>> highs(rows.size());
    std::vector<std::vector<Metric>> lows(rows.size());
    for (Metric metric : metrics) {
        const size_t m = size_t(metric);
        int withValue = 0;
        for (const Row &row : rows)
            withValue += row.values[m] ? 1 : 0;
        if (withValue < MinimumDistricts)
            continue;
        // The one district with the highest (lowest) value; a tie describes none.
        const auto extreme = [&](bool highest) -> int {
            int found = -1;
            bool tie = false;
            for (size_t i = 0; i < rows.size(); ++i) {
                if (!rows[i].values[m])
                    continue;
                const double value = *rows[i].values[m];
                if (found < 0
                    || (highest ? value > *rows[size_t(found)].values[m] : value < *rows[size_t(found)].values[m])) {
                    found = int(i);
                    tie = false;
                } else if (value == *rows[size_t(found)].values[m]) {
                    tie = true;
                }
            }
            return tie ? -1 : found;
        };
        if (const int i = extreme(true); i >= 0)
            highs[size_t(i)].push_back(metric);
        if (const int i = extreme(false); i >= 0)
            lows[size_t(i)].push_back(metric);
    }
    QStringList sentences;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (highs[i].empty() && lows[i].empty())
            continue;
        QStringList details;
        for (auto list : {highs[i], lows[i]})
            for (Metric metric : list)
                details << detail(metric, *rows[i].values[size_t(metric)], median[size_t(metric)]);
        const QString numbers = details.join(QStringLiteral("; "));
        if (!highs[i].empty() && !lows[i].empty())
            sentences << tr("District %1: the highest %2 and the lowest %3 in region %4 (%5).")
                             .arg(rows[i].district, names(highs[i]), names(lows[i]), region, numbers);
        else if (!highs[i].empty())
            sentences << tr("District %1: the highest %2 in region %3 (%4).")
                             .arg(rows[i].district, names(highs[i]), region, numbers);
        else
            sentences << tr("District %1: the lowest %2 in region %3 (%4).")
                             .arg(rows[i].district, names(lows[i]), region, numbers);
    }
    return sentences;
}

DistrictComparison DistrictComparison::build(const Engine &engine, const Query &query, const PeriodDeals &reviewed)
{
    const Dataset &data = engine.dataset();
    DistrictComparison result;
    result.region = query.scope.value;
    QStringList districts;
    for (const DatasetRep &entry : data.reps())
        if (entry.known && entry.rep.region == result.region && !entry.rep.district.isEmpty()
            && !districts.contains(entry.rep.district))
            districts << entry.rep.district;
    districts.sort();

    const FiscalPeriod &period = reviewed.period;
    const int startIndex = data.earliestSnapshotOnOrAfter(period.start);
    const bool startInPeriod = startIndex >= 0 && data.snapshotDate(startIndex) <= period.end;
    for (const QString &district : std::as_const(districts)) {
        const Scope scope = Scope::district(district);
        Row row;
        row.district = district;
        if (reviewed.snapshot >= 0)
            row.values[size_t(Metric::Attainment)] = engine.numbers(reviewed.snapshot, period, scope).attainment;
        if (startInPeriod)
            row.values[size_t(Metric::Coverage)] = engine.numbers(startIndex, period, scope).coverage;
        std::vector<double> cycles;
        for (const auto &deal : reviewed.decided) {
            if (deal.owner < 0 || data.districtOf(deal.owner) != district)
                continue;
            if (deal.status != Dataset::Status::Won) {
                row.lostDeals.push_back(deal.opportunity);
                continue;
            }
            row.wonDeals.push_back(deal.opportunity);
            const QDate created = data.opportunity(deal.opportunity).createdDate;
            if (created.isValid() && deal.closeDay != NoDay)
                cycles.push_back(double(deal.closeDay - DayNumber(created.toJulianDay())));
        }
        const size_t decided = row.wonDeals.size() + row.lostDeals.size();
        if (decided > 0)
            row.values[size_t(Metric::WinRate)] = double(row.wonDeals.size()) / double(decided);
        row.values[size_t(Metric::Cycle)] = medianOf(cycles);
        const AccuracyResult accuracy = engine.accuracy(scope, {period});
        if (!accuracy.periods.empty() && accuracy.periods.front().closed)
            row.values[size_t(Metric::Wape)] = accuracy.periods.front().scopeTotal.wapeT14;
        Query districtQuery = query;
        districtQuery.scope = scope;
        row.values[size_t(Metric::Exceptions)] = double(engine.exceptionCounts(districtQuery).visible);
        result.rows.push_back(std::move(row));
    }
    for (Metric metric : metrics) {
        std::vector<double> values;
        for (const Row &row : result.rows)
            if (row.values[size_t(metric)])
                values.push_back(*row.values[size_t(metric)]);
        result.median[size_t(metric)] = medianOf(values);
    }
    result.descriptions = describe(result.region, result.rows, result.median);
    // The insights engine's own view of the districts against each other, as the Insights dock
    // shows them: region outliers and the districts' dichotomies.
    for (Insight &insight : engine.insights(query))
        if (insight.subject == Insight::Subject::District
            && (insight.ruleId == QLatin1String("region_outlier") || insight.kind == Insight::Kind::Dichotomy))
            result.insights.push_back(std::move(insight));
    return result;
}

} // namespace dmc
