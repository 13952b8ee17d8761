#include "OutlierDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

enum class Metric : quint8 { WinRate, Cycle, DealSize, Conversion };

constexpr Metric allMetrics[] = {Metric::WinRate, Metric::Cycle, Metric::DealSize, Metric::Conversion};

QString keyOf(Metric metric)
{
    switch (metric) {
    case Metric::WinRate: return QStringLiteral("win_rate");
    case Metric::Cycle: return QStringLiteral("cycle_days");
    case Metric::DealSize: return QStringLiteral("deal_size");
    case Metric::Conversion: return QStringLiteral("stage_conversion");
    }
    return {};
}

InsightNumber::Unit unitOf(Metric metric)
{
    switch (metric) {
    case Metric::WinRate:
    case Metric::Conversion: return InsightNumber::Unit::Ratio;
    case Metric::Cycle: return InsightNumber::Unit::Days;
    case Metric::DealSize: return InsightNumber::Unit::Money;
    }
    return InsightNumber::Unit::Count;
}

std::optional<double> valueOf(const StageConversion &c, Metric metric)
{
    switch (metric) {
    case Metric::WinRate: return c.winRate;
    case Metric::Cycle: return c.medianCycleDays;
    case Metric::DealSize: return c.averageWonAmount;
    case Metric::Conversion: return c.overallConversion;
    }
    return std::nullopt;
}

QString show(Metric metric, double value, const QString &currency)
{
    switch (metric) {
    case Metric::WinRate:
    case Metric::Conversion: return InsightText::ratio(value);
    case Metric::Cycle: return InsightText::days(std::llround(value));
    case Metric::DealSize: return InsightText::money(Cents(std::llround(value)), currency);
    }
    return {};
}

std::vector<qint32> dealsBehind(const StageConversion &c, Metric metric)
{
    std::vector<qint32> deals = c.wonDealList;
    if (metric == Metric::WinRate || metric == Metric::Conversion)
        deals.insert(deals.end(), c.lostDealList.begin(), c.lostDealList.end());
    std::sort(deals.begin(), deals.end());
    return deals;
}

// One rep's deals decided in one quarter (own_history_outlier).
struct Quarter
{
    int won = 0;
    int lost = 0;
    Cents wonAmount = 0;
    std::vector<int> cycles;
    std::vector<qint32> deals;

    std::optional<double> value(Metric metric, int minDeals, bool lossesKnown) const
    {
        switch (metric) {
        case Metric::WinRate:
            if (!lossesKnown || won + lost < minDeals)
                return std::nullopt;
            return double(won) / double(won + lost);
        case Metric::Cycle: {
            if (int(cycles.size()) < minDeals)
                return std::nullopt;
            std::vector<int> sorted = cycles;
            std::sort(sorted.begin(), sorted.end());
            const size_t n = sorted.size();
            return n % 2 ? double(sorted[n / 2]) : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
        case Metric::DealSize:
            if (won < minDeals)
                return std::nullopt;
            return double(wonAmount) / double(won);
        case Metric::Conversion: break;
        }
        return std::nullopt;
    }
};

void districtOutliers(const InsightContext &c, const std::vector<Numbers> &pipeline, std::vector<Insight> &out)
{
    const char *rule = "district_outlier";
    const Dataset &data = c.data;
    std::vector<qint32> groupOfRep(data.reps().size(), -1);
    std::vector<Scope> groups;
    QStringList districts;
    for (const InsightSubject &subject : c.subjects)
        if (!subject.district.isEmpty() && !districts.contains(subject.district))
            districts << subject.district;
    for (size_t rep = 0; rep < data.reps().size(); ++rep) {
        groups.push_back(Scope::rep(data.reps()[rep].rep.id));
        const DatasetRep &entry = data.reps()[rep];
        if (entry.known && districts.contains(entry.rep.district))
            groupOfRep[rep] = qint32(rep);
    }
    const std::vector<StageConversion> perRep = c.engine.conversionByGroup(c.asOf, groupOfRep, groups, true);
    const double zLimit = c.param(rule, "z");
    const int minReps = c.param(rule, "min_reps");
    const QString history = OutlierDetector::tr("history to %1").arg(TextFormat::date(c.asOf));

    for (const Metric metric : allMetrics) {
        QMap<QString, std::vector<std::pair<qint32, double>>> peers;
        for (size_t rep = 0; rep < perRep.size(); ++rep)
            if (groupOfRep[rep] >= 0)
                if (const auto value = valueOf(perRep[rep], metric))
                    peers[data.reps()[rep].rep.district].emplace_back(qint32(rep), *value);
        for (const InsightSubject &subject : c.subjects) {
            const auto value = valueOf(perRep[size_t(subject.rep)], metric);
            const auto &group = peers.value(subject.district);
            if (!value || int(group.size()) < std::max(minReps, 1))
                continue;
            double mean = 0;
            for (const auto &[rep, v] : group)
                mean += v;
            mean /= double(group.size());
            double squares = 0;
            for (const auto &[rep, v] : group)
                squares += (v - mean) * (v - mean);
            const double deviation = std::sqrt(squares / double(group.size()));
            if (deviation <= 0)
                continue;
            const double z = (*value - mean) / deviation;
            if (std::abs(z) < zLimit)
                continue;
            Insight insight = c.start(rule, keyOf(metric), subject);
            insight.stake = pipeline[size_t(subject.rep)].openPipeline;
            insight.from = data.snapshotDate(0);
            insight.to = c.asOf;
            insight.numbers = {{QStringLiteral("value"), *value, unitOf(metric)},
                               {QStringLiteral("mean"), mean, unitOf(metric)},
                               {QStringLiteral("standard_deviation"), deviation, unitOf(metric)},
                               {QStringLiteral("z"), z, InsightNumber::Unit::Z, true},
                               {QStringLiteral("reps"), double(group.size()), InsightNumber::Unit::Count}};
            insight.baseline.from = insight.from;
            insight.baseline.to = c.asOf;
            insight.baseline.districts = {subject.district};
            insight.chart.kind = InsightChart::Kind::Peers;
            insight.chart.unit = unitOf(metric);
            insight.chart.reference = mean;
            for (const auto &[rep, v] : group) {
                insight.baseline.reps << data.reps()[size_t(rep)].rep.id;
                if (rep == subject.rep)
                    insight.chart.highlight = int(insight.chart.values.size());
                insight.chart.values.push_back(v);
                const auto deals = dealsBehind(perRep[size_t(rep)], metric);
                insight.baseline.deals.insert(insight.baseline.deals.end(), deals.begin(), deals.end());
            }
            std::sort(insight.baseline.deals.begin(), insight.baseline.deals.end());
            insight.deals = dealsBehind(perRep[size_t(subject.rep)], metric);
            insight.snapshots = {c.asOf};
            insight.baseline.text = OutlierDetector::tr("Mean of the %1 reps of %2 with a value, %3.")
                                        .arg(group.size())
                                        .arg(subject.district, history);
            const QString zText = InsightText::decimal(z, 1);
            const QString n = QString::number(group.size());
            const QString currency = c.currency;
            switch (metric) {
            case Metric::WinRate:
                insight.text = OutlierDetector::tr("%1: win rate %2 against a mean of %3 in %4 (standard deviation %5, "
                                                   "z = %6, %7 reps; %8).")
                                   .arg(subject.name, InsightText::ratio(*value), InsightText::ratio(mean),
                                        subject.district, InsightText::ratio(deviation), zText, n, history);
                break;
            case Metric::Cycle:
                insight.text = OutlierDetector::tr("%1: median cycle from creation to win of %2 days against a mean of "
                                                   "%3 days in %4 (standard deviation %5, z = %6, %7 reps; %8).")
                                   .arg(subject.name, InsightText::decimal(*value), InsightText::decimal(mean),
                                        subject.district, InsightText::decimal(deviation), zText, n, history);
                break;
            case Metric::DealSize:
                insight.text = OutlierDetector::tr("%1: average won deal of %2 against a mean of %3 in %4 (standard "
                                                   "deviation %5, z = %6, %7 reps; %8).")
                                   .arg(subject.name, show(metric, *value, currency), show(metric, mean, currency),
                                        subject.district, show(metric, deviation, currency), zText, n, history);
                break;
            case Metric::Conversion:
                insight.text = OutlierDetector::tr("%1: stage-to-stage conversion of %2 against a mean of %3 in %4 "
                                                   "(standard deviation %5, z = %6, %7 reps; %8).")
                                   .arg(subject.name, InsightText::ratio(*value), InsightText::ratio(mean),
                                        subject.district, InsightText::ratio(deviation), zText, n, history);
                break;
            }
            out.push_back(std::move(insight));
        }
    }
}

void ownHistoryOutliers(const InsightContext &c, const std::vector<Numbers> &pipeline, std::vector<Insight> &out)
{
    const char *rule = "own_history_outlier";
    const Dataset &data = c.data;
    const FiscalCalendar calendar = c.engine.calendar();
    const int quarterCount = c.param(rule, "quarters");
    const int minQuarters = c.param(rule, "min_quarters");
    const double percent = c.param(rule, "percent") / 100.0;
    const int minDeals = c.param(rule, "min_deals");
    // Quarter 0 is the current period to the as-of, 1.. the previous ones.
    std::vector<FiscalPeriod> quarters{c.period};
    for (int k = 1; k <= quarterCount; ++k)
        quarters.push_back(calendar.previous(quarters.back()));
    auto quarterOf = [&](DayNumber day) {
        const QDate date = QDate::fromJulianDay(day);
        if (date > c.asOf)
            return -1;
        for (size_t k = 0; k < quarters.size(); ++k)
            if (quarters[k].contains(date))
                return int(k);
        return -1;
    };
    // A loss is dated by the first snapshot showing it; losses before the first snapshot are
    // unknown, so a win rate needs a quarter wholly inside the snapshots.
    const QDate firstSnapshot = data.snapshotDate(0);

    std::vector<std::vector<Quarter>> perRep(data.reps().size());
    for (const InsightSubject &subject : c.subjects)
        perRep[size_t(subject.rep)].resize(quarters.size());
    HistoryPassPaging paging(c.data);
    for (const qint32 o : c.scopeDeals) {
        paging.nextDeal();
        const auto rows = c.rowsUpToAsOf(o);
        if (rows.empty())
            continue;
        const SnapshotRecord &last = c.row(rows.back());
        const Dataset::Status status = data.status(last);
        qint32 owner = last.owner;
        DayNumber day = NoDay;
        bool won = false;
        if (status == Dataset::Status::Won) {
            won = true;
            day = last.closeDay != NoDay ? last.closeDay : data.snapshotDay(last.dateIndex);
        } else if (status == Dataset::Status::Lost) {
            size_t first = rows.size() - 1;
            while (first > 0 && data.status(c.row(rows[first - 1])) == Dataset::Status::Lost)
                --first;
            if (first == 0)
                continue; // lost before the first snapshot: when is unknown
            owner = c.row(rows[first]).owner;
            day = data.snapshotDay(c.row(rows[first]).dateIndex);
        } else if (last.dateIndex < c.asOfIndex) {
            day = data.snapshotDay(last.dateIndex + 1); // gone from the export: lost
        } else {
            continue;
        }
        const int k = quarterOf(day);
        if (k < 0 || perRep[size_t(owner)].empty())
            continue;
        Quarter &q = perRep[size_t(owner)][size_t(k)];
        q.deals.push_back(o);
        if (won) {
            ++q.won;
            q.wonAmount += last.amount;
            const QDate created = data.opportunity(o).createdDate;
            if (created.isValid())
                q.cycles.push_back(int(created.daysTo(QDate::fromJulianDay(day))));
        } else {
            ++q.lost;
        }
    }

    const QString currency = c.currency;
    for (const InsightSubject &subject : c.subjects) {
        const std::vector<Quarter> &own = perRep[size_t(subject.rep)];
        for (const Metric metric : {Metric::WinRate, Metric::Cycle, Metric::DealSize}) {
            const auto current = own[0].value(metric, minDeals, quarters[0].start >= firstSnapshot);
            if (!current)
                continue;
            std::vector<std::pair<size_t, double>> earlier;
            for (size_t k = 1; k < own.size(); ++k)
                if (const auto v = own[k].value(metric, minDeals, quarters[k].start >= firstSnapshot))
                    earlier.emplace_back(k, *v);
            if (int(earlier.size()) < minQuarters)
                continue;
            double low = earlier.front().second, high = low;
            for (const auto &[k, v] : earlier) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
            double beyond = 0;
            if (*current > high * (1.0 + percent) && high > 0)
                beyond = *current / high - 1.0;
            else if (*current < low * (1.0 - percent) && low > 0)
                beyond = *current / low - 1.0;
            if (beyond == 0)
                continue;

            Insight insight = c.start(rule, keyOf(metric), subject);
            insight.stake = pipeline[size_t(subject.rep)].openPipeline;
            insight.from = c.period.start;
            insight.to = c.asOf;
            insight.deals = own[0].deals;
            std::sort(insight.deals.begin(), insight.deals.end());
            const FiscalPeriod &oldest = quarters[earlier.back().first];
            const FiscalPeriod &latest = quarters[earlier.front().first];
            insight.baseline.from = oldest.start;
            insight.baseline.to = latest.end;
            insight.baseline.reps = {subject.id};
            QStringList labels;
            // Oldest first in the chart and the text.
            for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
                const Quarter &q = own[it->first];
                insight.baseline.deals.insert(insight.baseline.deals.end(), q.deals.begin(), q.deals.end());
                labels << quarters[it->first].label();
                insight.chart.dates.push_back(quarters[it->first].end);
                insight.chart.values.push_back(it->second);
            }
            std::sort(insight.baseline.deals.begin(), insight.baseline.deals.end());
            insight.chart.dates.push_back(c.asOf);
            insight.chart.values.push_back(*current);
            insight.chart.kind = InsightChart::Kind::Series;
            insight.chart.unit = unitOf(metric);
            insight.numbers = {{QStringLiteral("value"), *current, unitOf(metric)},
                               {QStringLiteral("range_low"), low, unitOf(metric)},
                               {QStringLiteral("range_high"), high, unitOf(metric)},
                               {QStringLiteral("beyond"), beyond, InsightNumber::Unit::Ratio, true},
                               {QStringLiteral("quarters"), double(earlier.size()), InsightNumber::Unit::Count},
                               {QStringLiteral("deals"), double(own[0].deals.size()), InsightNumber::Unit::Count}};
            insight.snapshots = {c.asOf};
            const QString quartersText = OutlierDetector::tr("%n previous quarter(s)", nullptr, int(earlier.size()));
            insight.baseline.text = OutlierDetector::tr("%1 of %2: %3 (%4).")
                                        .arg(quartersText, subject.name, labels.join(QStringLiteral(", ")),
                                             InsightText::dateRange(insight.baseline.from, insight.baseline.to));
            insight.text = OutlierDetector::tr("%1: %2 in %3 of %4, %5 beyond the range %6 to %7 of the %8 (%9).")
                               .arg(subject.name, OutlierDetector::metricName(keyOf(metric)), c.currentWindow(),
                                    show(metric, *current, currency), InsightText::signedPercent(beyond),
                                    show(metric, low, currency), show(metric, high, currency), quartersText,
                                    labels.join(QStringLiteral(", ")));
            out.push_back(std::move(insight));
        }
    }
}

void regionOutliers(const InsightContext &c, const std::vector<Numbers> &pipeline, std::vector<Insight> &out)
{
    const char *rule = "region_outlier";
    const Dataset &data = c.data;
    QStringList regions;
    for (const InsightSubject &subject : c.subjects)
        if (!subject.region.isEmpty() && !regions.contains(subject.region))
            regions << subject.region;
    // Every district of those regions is a group, in scope or not: the baseline is the region.
    const QStringList &districts = data.districts();
    std::vector<QString> regionOf(size_t(districts.size()));
    std::vector<qint32> groupOfRep(data.reps().size(), -1);
    for (size_t rep = 0; rep < data.reps().size(); ++rep) {
        const DatasetRep &entry = data.reps()[rep];
        if (entry.known && entry.districtIndex >= 0 && regions.contains(entry.rep.region)) {
            groupOfRep[rep] = entry.districtIndex;
            regionOf[size_t(entry.districtIndex)] = entry.rep.region;
        }
    }
    std::vector<Scope> groups;
    for (const QString &district : districts)
        groups.push_back(Scope::district(district));
    const std::vector<StageConversion> perDistrict = c.engine.conversionByGroup(c.asOf, groupOfRep, groups, true);
    const double percent = c.param(rule, "percent") / 100.0;
    const int minOthers = c.param(rule, "min_districts");
    const QString history = OutlierDetector::tr("history to %1").arg(TextFormat::date(c.asOf));
    const QString currency = c.currency;

    for (const InsightSubject &subject : c.subjects) {
        const qint32 self = qint32(districts.indexOf(subject.district));
        if (self < 0)
            continue;
        Cents stake = 0;
        for (const qint32 rep : subject.reps)
            stake += pipeline[size_t(rep)].openPipeline;
        for (const Metric metric : allMetrics) {
            const auto value = valueOf(perDistrict[size_t(self)], metric);
            if (!value)
                continue;
            std::vector<std::pair<qint32, double>> others;
            for (qint32 d = 0; d < qint32(districts.size()); ++d)
                if (d != self && regionOf[size_t(d)] == subject.region)
                    if (const auto v = valueOf(perDistrict[size_t(d)], metric))
                        others.emplace_back(d, *v);
            if (int(others.size()) < minOthers || others.empty())
                continue;
            double low = others.front().second, high = low;
            for (const auto &[d, v] : others) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
            double beyond = 0;
            if (*value > high * (1.0 + percent) && high > 0)
                beyond = *value / high - 1.0;
            else if (*value < low * (1.0 - percent) && low > 0)
                beyond = *value / low - 1.0;
            if (beyond == 0)
                continue;
            Insight insight = c.start(rule, keyOf(metric), subject);
            insight.stake = stake;
            insight.from = data.snapshotDate(0);
            insight.to = c.asOf;
            insight.deals = dealsBehind(perDistrict[size_t(self)], metric);
            insight.baseline.from = insight.from;
            insight.baseline.to = c.asOf;
            insight.chart.kind = InsightChart::Kind::Peers;
            insight.chart.unit = unitOf(metric);
            insight.chart.highlight = 0;
            insight.chart.values.push_back(*value);
            for (const auto &[d, v] : others) {
                insight.baseline.districts << districts[d];
                insight.chart.values.push_back(v);
                const auto deals = dealsBehind(perDistrict[size_t(d)], metric);
                insight.baseline.deals.insert(insight.baseline.deals.end(), deals.begin(), deals.end());
            }
            std::sort(insight.baseline.deals.begin(), insight.baseline.deals.end());
            for (size_t rep = 0; rep < groupOfRep.size(); ++rep)
                if (groupOfRep[rep] >= 0 && groupOfRep[rep] != self
                    && regionOf[size_t(groupOfRep[rep])] == subject.region)
                    insight.baseline.reps << data.reps()[rep].rep.id;
            insight.numbers = {{QStringLiteral("value"), *value, unitOf(metric)},
                               {QStringLiteral("range_low"), low, unitOf(metric)},
                               {QStringLiteral("range_high"), high, unitOf(metric)},
                               {QStringLiteral("beyond"), beyond, InsightNumber::Unit::Ratio, true},
                               {QStringLiteral("districts"), double(others.size()), InsightNumber::Unit::Count}};
            insight.snapshots = {c.asOf};
            const QString othersText =
                OutlierDetector::tr("the other %n district(s) of %1", nullptr, int(others.size())).arg(subject.region);
            insight.baseline.text =
                OutlierDetector::tr("Other districts of %1: %2, %3.")
                    .arg(subject.region, insight.baseline.districts.join(QStringLiteral(", ")), history);
            insight.text = OutlierDetector::tr("%1: %2 %3, %4 beyond the range %5 to %6 of %7 (%8).")
                               .arg(subject.name, OutlierDetector::metricName(keyOf(metric)),
                                    show(metric, *value, currency), InsightText::signedPercent(beyond),
                                    show(metric, low, currency), show(metric, high, currency), othersText, history);
            out.push_back(std::move(insight));
        }
    }
}

} // namespace

QString OutlierDetector::metricName(const QString &key)
{
    if (key == QLatin1String("win_rate"))
        return tr("win rate");
    if (key == QLatin1String("cycle_days"))
        return tr("median cycle from creation to win");
    if (key == QLatin1String("deal_size"))
        return tr("average won deal");
    if (key == QLatin1String("stage_conversion"))
        return tr("stage-to-stage conversion");
    return key;
}

void OutlierDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const bool district = c.enabled("district_outlier") && !c.districtSubjects;
    const bool own = c.enabled("own_history_outlier") && !c.districtSubjects;
    const bool region = c.enabled("region_outlier") && c.districtSubjects;
    if (!district && !own && !region)
        return;
    const std::vector<Numbers> pipeline = c.engine.numbersPerRep(c.asOfIndex, c.period);
    if (district)
        districtOutliers(c, pipeline, out);
    if (own)
        ownHistoryOutliers(c, pipeline, out);
    if (region)
        regionOutliers(c, pipeline, out);
}

} // namespace dmc
