// Engine::insights: outliers against the district, trends and dichotomies, described not judged
// (docs/definitions.md#insights): every text states values, baselines, dates and windows, never advice.
#include "Engine.h"

#include "analytics/TextFormat.h"
#include "i18n/Translations.h"

#include <QMap>

#include <cmath>

namespace dmc {

namespace {

struct Spread
{
    double mean = 0;
    double deviation = 0;   // population standard deviation
    int count = 0;
};

Spread spreadOf(const std::vector<double> &values)
{
    Spread s;
    s.count = int(values.size());
    if (values.empty())
        return s;
    for (const double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    double squares = 0;
    for (const double v : values)
        squares += (v - s.mean) * (v - s.mean);
    s.deviation = std::sqrt(squares / double(values.size()));
    return s;
}

QString ratioText(double value)
{
    return TextFormat::percent(value * 100.0, 0);
}

QString decimal(double value, int decimals = 1)
{
    return Translations::locale().toString(value, 'f', decimals);
}

QString signedMoney(Cents cents, const QString &currency)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + TextFormat::money(cents, currency);
}

// Open deals at a snapshot in scope, and how many had activity within 14 days of it.
std::pair<int, int> activity(const Dataset &data, int index, const std::vector<bool> &mask)
{
    int open = 0, active = 0;
    const DayNumber day = data.snapshotDay(index);
    for (const SnapshotRecord &row : data.rowsAt(index)) {
        if (!mask[size_t(row.owner)] || !data.isOpen(row))
            continue;
        ++open;
        if (row.lastActivityDay != NoDay && row.lastActivityDay >= day - 14)
            ++active;
    }
    return {open, active};
}

} // namespace

std::vector<Insight> Engine::insights(const Query &query) const
{
    const Dataset &data = *m_dataset;
    std::vector<Insight> result;
    const int now = data.latestSnapshotOnOrBefore(query.asOf);
    if (now < 0)
        return result;
    const QString currency = data.reportingCurrency();
    const QDate asOf = data.snapshotDate(now);
    const std::vector<qint32> reps = data.repsInScope(query.scope);

    // --- Outliers: each rep in scope against the reps of their own district (|z| >= setting).
    const std::vector<StageConversion> perRep = conversionByRep(asOf);
    struct Metric
    {
        const char *key;
        std::optional<double> (*value)(const StageConversion &);
    };
    const Metric metrics[] = {
        {"win_rate", [](const StageConversion &c) { return c.winRate; }},
        {"cycle_days", [](const StageConversion &c) { return c.medianCycleDays; }},
        {"deal_size", [](const StageConversion &c) { return c.averageWonAmount; }},
        {"stage_conversion", [](const StageConversion &c) { return c.overallConversion; }},
    };
    for (const Metric &metric : metrics) {
        QMap<QString, std::vector<double>> byDistrict;
        for (size_t rep = 0; rep < perRep.size(); ++rep) {
            const DatasetRep &entry = data.reps()[rep];
            if (entry.known && !entry.rep.district.isEmpty())
                if (const auto value = metric.value(perRep[rep]))
                    byDistrict[entry.rep.district].push_back(*value);
        }
        for (const qint32 rep : reps) {
            const DatasetRep &entry = data.reps()[size_t(rep)];
            const auto value = metric.value(perRep[size_t(rep)]);
            if (!value || entry.rep.district.isEmpty())
                continue;
            const Spread spread = spreadOf(byDistrict.value(entry.rep.district));
            if (spread.count < 3 || spread.deviation <= 0)
                continue;
            const double z = (*value - spread.mean) / spread.deviation;
            if (std::abs(z) < m_settings.outlierZ)
                continue;
            Insight insight;
            insight.kind = Insight::Kind::Outlier;
            insight.metric = QLatin1String(metric.key);
            insight.rep = rep;
            insight.repId = entry.rep.id;
            insight.district = entry.rep.district;
            insight.value = *value;
            insight.baseline = spread.mean;
            insight.deviation = spread.deviation;
            insight.z = z;
            insight.sampleSize = spread.count;
            insight.to = asOf;
            const QString zText = decimal(z, 1);
            const QString n = QString::number(spread.count);
            if (insight.metric == QLatin1String("win_rate")) {
                insight.text = tr("%1: win rate %2 against a mean of %3 in %4 (standard deviation %5, z = %6, %7 reps).")
                                   .arg(entry.rep.name, ratioText(*value), ratioText(spread.mean), entry.rep.district,
                                        ratioText(spread.deviation), zText, n);
            } else if (insight.metric == QLatin1String("cycle_days")) {
                insight.text = tr("%1: median cycle from creation to win of %2 days against a mean of %3 days in %4 "
                                  "(standard deviation %5, z = %6, %7 reps).")
                                   .arg(entry.rep.name, decimal(*value), decimal(spread.mean), entry.rep.district,
                                        decimal(spread.deviation), zText, n);
            } else if (insight.metric == QLatin1String("deal_size")) {
                insight.text = tr("%1: average won deal of %2 against a mean of %3 in %4 (standard deviation %5, "
                                  "z = %6, %7 reps).")
                                   .arg(entry.rep.name, TextFormat::money(Cents(std::llround(*value)), currency),
                                        TextFormat::money(Cents(std::llround(spread.mean)), currency),
                                        entry.rep.district,
                                        TextFormat::money(Cents(std::llround(spread.deviation)), currency), zText, n);
            } else {
                insight.text = tr("%1: stage-to-stage conversion of %2 against a mean of %3 in %4 (standard "
                                  "deviation %5, z = %6, %7 reps).")
                                   .arg(entry.rep.name, ratioText(*value), ratioText(spread.mean), entry.rep.district,
                                        ratioText(spread.deviation), zText, n);
            }
            insight.numbers = {{QStringLiteral("value"), *value}, {QStringLiteral("mean"), spread.mean},
                               {QStringLiteral("standard_deviation"), spread.deviation}, {QStringLiteral("z"), z},
                               {QStringLiteral("reps"), double(spread.count)}};
            result.push_back(std::move(insight));
        }
    }

    // --- Trends and dichotomies: the as-of against the snapshot `trendWeeks` earlier.
    const int before = data.latestSnapshotOnOrBefore(asOf.addDays(-7 * m_settings.trendWeeks));
    if (before < 0 || before >= now)
        return result;
    const QDate from = data.snapshotDate(before);
    const QString periodLabel = query.period.label();
    const std::vector<Numbers> nowPerRep = numbersPerRep(now, query.period);
    const std::vector<Numbers> beforePerRep = numbersPerRep(before, query.period);

    auto sumOf = [&](const std::vector<Numbers> &perRepNumbers, const std::vector<bool> &mask) {
        Numbers total;
        for (size_t rep = 0; rep < mask.size(); ++rep)
            if (mask[rep])
                total.add(perRepNumbers[rep]);
        total.derive();
        return total;
    };
    const std::vector<bool> scopeMask = data.scopeMask(query.scope);
    const Numbers scopeNow = sumOf(nowPerRep, scopeMask);
    const Numbers scopeBefore = sumOf(beforePerRep, scopeMask);

    auto trend = [&](const char *metric, Cents earlier, Cents later, const QString &text, const std::vector<qint32> &deals) {
        Insight insight;
        insight.kind = Insight::Kind::Trend;
        insight.metric = QLatin1String(metric);
        insight.value = double(later);
        insight.baseline = double(earlier);
        insight.deviation = double(later - earlier);
        insight.from = from;
        insight.to = asOf;
        insight.text = text;
        insight.numbers = {{QStringLiteral("from"), double(earlier) / 100.0}, {QStringLiteral("to"), double(later) / 100.0},
                           {QStringLiteral("change"), double(later - earlier) / 100.0}};
        insight.deals = deals;
        result.push_back(std::move(insight));
    };
    if (scopeNow.openPipeline != scopeBefore.openPipeline) {
        std::vector<qint32> deals = scopeNow.drill.commit;
        deals.insert(deals.end(), scopeNow.drill.bestCase.begin(), scopeNow.drill.bestCase.end());
        deals.insert(deals.end(), scopeNow.drill.pipeline.begin(), scopeNow.drill.pipeline.end());
        std::sort(deals.begin(), deals.end());
        trend("open_pipeline", scopeBefore.openPipeline, scopeNow.openPipeline,
              tr("Open pipeline for %1 went from %2 on %3 to %4 on %5 (%6).")
                  .arg(periodLabel, TextFormat::money(scopeBefore.openPipeline, currency), TextFormat::date(from),
                       TextFormat::money(scopeNow.openPipeline, currency), TextFormat::date(asOf),
                       signedMoney(scopeNow.openPipeline - scopeBefore.openPipeline, currency)),
              deals);
    }
    if (scopeNow.commitForecast != scopeBefore.commitForecast) {
        std::vector<qint32> deals = scopeNow.drill.won;
        deals.insert(deals.end(), scopeNow.drill.commit.begin(), scopeNow.drill.commit.end());
        std::sort(deals.begin(), deals.end());
        trend("commit_forecast", scopeBefore.commitForecast, scopeNow.commitForecast,
              tr("Commit forecast (won + Commit) for %1 went from %2 on %3 to %4 on %5 (%6).")
                  .arg(periodLabel, TextFormat::money(scopeBefore.commitForecast, currency), TextFormat::date(from),
                       TextFormat::money(scopeNow.commitForecast, currency), TextFormat::date(asOf),
                       signedMoney(scopeNow.commitForecast - scopeBefore.commitForecast, currency)),
              deals);
    }

    // Dichotomies per rep in scope.
    const std::vector<StageConversion> perRepBefore = conversionByRep(from);
    for (const qint32 rep : reps) {
        const DatasetRep &entry = data.reps()[size_t(rep)];
        const Numbers &a = beforePerRep[size_t(rep)];
        const Numbers &b = nowPerRep[size_t(rep)];
        const auto convBefore = perRepBefore[size_t(rep)].overallConversion;
        const auto convNow = perRep[size_t(rep)].overallConversion;
        if (b.openPipeline > a.openPipeline && convBefore && convNow && *convNow < *convBefore) {
            Insight insight;
            insight.kind = Insight::Kind::Dichotomy;
            insight.metric = QStringLiteral("pipeline_vs_conversion");
            insight.rep = rep;
            insight.repId = entry.rep.id;
            insight.district = entry.rep.district;
            insight.value = double(b.openPipeline);
            insight.baseline = double(a.openPipeline);
            insight.deviation = *convNow - *convBefore;
            insight.from = from;
            insight.to = asOf;
            insight.text = tr("%1: open pipeline for %2 rose from %3 to %4 between %5 and %6 while stage-to-stage "
                              "conversion went from %7 to %8.")
                               .arg(entry.rep.name, periodLabel, TextFormat::money(a.openPipeline, currency),
                                    TextFormat::money(b.openPipeline, currency), TextFormat::date(from),
                                    TextFormat::date(asOf), ratioText(*convBefore), ratioText(*convNow));
            insight.numbers = {{QStringLiteral("pipeline_from"), double(a.openPipeline) / 100.0},
                               {QStringLiteral("pipeline_to"), double(b.openPipeline) / 100.0},
                               {QStringLiteral("conversion_from"), *convBefore},
                               {QStringLiteral("conversion_to"), *convNow}};
            result.push_back(std::move(insight));
        }
        if (b.commit > a.commit) {
            std::vector<bool> mask(data.reps().size(), false);
            mask[size_t(rep)] = true;
            const auto [openBefore, activeBefore] = activity(data, before, mask);
            const auto [openNow, activeNow] = activity(data, now, mask);
            if (openBefore > 0 && openNow > 0
                && double(activeNow) / openNow < double(activeBefore) / openBefore) {
                Insight insight;
                insight.kind = Insight::Kind::Dichotomy;
                insight.metric = QStringLiteral("commit_vs_activity");
                insight.rep = rep;
                insight.repId = entry.rep.id;
                insight.district = entry.rep.district;
                insight.value = double(b.commit);
                insight.baseline = double(a.commit);
                insight.from = from;
                insight.to = asOf;
                insight.text = tr("%1: Commit for %2 rose from %3 to %4 between %5 and %6 while open deals with "
                                  "activity in the 14 days before the snapshot went from %7 of %8 to %9 of %10.")
                                   .arg(entry.rep.name, periodLabel, TextFormat::money(a.commit, currency),
                                        TextFormat::money(b.commit, currency), TextFormat::date(from),
                                        TextFormat::date(asOf), QString::number(activeBefore),
                                        QString::number(openBefore), QString::number(activeNow))
                                   .arg(openNow);
                insight.numbers = {{QStringLiteral("commit_from"), double(a.commit) / 100.0},
                                   {QStringLiteral("commit_to"), double(b.commit) / 100.0},
                                   {QStringLiteral("active_from"), double(activeBefore)},
                                   {QStringLiteral("open_from"), double(openBefore)},
                                   {QStringLiteral("active_to"), double(activeNow)},
                                   {QStringLiteral("open_to"), double(openNow)}};
                insight.deals = b.drill.commit;
                result.push_back(std::move(insight));
            }
        }
    }
    return result;
}

} // namespace dmc
