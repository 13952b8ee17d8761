#include "ScopeTrendDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"

#include <algorithm>
#include <cmath>

namespace dmc {

void ScopeTrendDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const char *rule = "scope_trend";
    if (!c.enabled(rule))
        return;
    const Dataset &data = c.data;
    const int before = data.latestSnapshotOnOrBefore(c.asOf.addDays(-7 * c.param(rule, "weeks")));
    if (before < 0 || before >= c.asOfIndex)
        return;
    const QDate from = data.snapshotDate(before);
    const QString periodLabel = c.period.label();
    const QString currency = c.currency;
    // The scope's numbers at each snapshot of the window: the series of the sparkline.
    std::vector<Numbers> weekly;
    std::vector<QDate> dates;
    for (int index = before; index <= c.asOfIndex; ++index) {
        weekly.push_back(c.engine.numbers(index, c.period, c.query.scope));
        dates.push_back(data.snapshotDate(index));
    }
    const Numbers &then = weekly.front();
    const Numbers &now = weekly.back();
    InsightSubject scope;
    scope.kind = Insight::Subject::Scope;
    scope.id = c.query.scope.key();
    scope.name = c.query.scope.displayName(data);
    if (c.query.scope.kind == Scope::Kind::District)
        scope.district = c.query.scope.value;
    if (c.query.scope.kind == Scope::Kind::Region)
        scope.region = c.query.scope.value;
    if (c.query.scope.kind == Scope::Kind::Rep && !c.subjects.empty())
        scope = c.subjects.front();

    auto trend = [&](const char *metric, Cents earlier, Cents later, Cents (*pick)(const Numbers &),
                     std::vector<qint32> deals, const QString &text) {
        const double change = InsightText::change(double(earlier), double(later));
        if (earlier == 0 || std::abs(change) * 100.0 < c.param(rule, "percent"))
            return;
        Insight insight = c.start(rule, QLatin1String(metric), scope);
        insight.subject = Insight::Subject::Scope;
        insight.subjectId = c.query.scope.key();
        insight.key = insightKey(insight.ruleId, insight.metric, insight.subject, insight.subjectId);
        insight.stake = std::abs(later - earlier);
        insight.from = from;
        insight.to = c.asOf;
        std::sort(deals.begin(), deals.end());
        insight.deals = std::move(deals);
        insight.snapshots = {from, c.asOf};
        insight.numbers = {{QStringLiteral("from"), double(earlier), InsightNumber::Unit::Money},
                           {QStringLiteral("to"), double(later), InsightNumber::Unit::Money},
                           {QStringLiteral("change"), double(later - earlier), InsightNumber::Unit::Money},
                           {QStringLiteral("change_ratio"), change, InsightNumber::Unit::Ratio, true}};
        insight.baseline.from = from;
        insight.baseline.to = from;
        for (const qint32 rep : c.scopeReps)
            insight.baseline.reps << data.reps()[size_t(rep)].rep.id;
        insight.baseline.text = tr("%1 at the snapshot of %2.").arg(scope.name, TextFormat::date(from));
        insight.chart.kind = InsightChart::Kind::Series;
        insight.chart.unit = InsightNumber::Unit::Money;
        insight.chart.dates = dates;
        for (const Numbers &n : weekly)
            insight.chart.values.push_back(double(pick(n)));
        insight.text = text;
        out.push_back(std::move(insight));
    };
    std::vector<qint32> pipelineDeals = now.drill.commit;
    pipelineDeals.insert(pipelineDeals.end(), now.drill.bestCase.begin(), now.drill.bestCase.end());
    pipelineDeals.insert(pipelineDeals.end(), now.drill.pipeline.begin(), now.drill.pipeline.end());
    trend(
        "open_pipeline", then.openPipeline, now.openPipeline, [](const Numbers &n) { return n.openPipeline; },
        pipelineDeals,
        tr("%1: open pipeline for %2 went from %3 on %4 to %5 on %6 (%7, %8).")
            .arg(scope.name, periodLabel, InsightText::money(then.openPipeline, currency), TextFormat::date(from),
                 InsightText::money(now.openPipeline, currency), TextFormat::date(c.asOf),
                 InsightText::signedMoney(now.openPipeline - then.openPipeline, currency),
                 InsightText::signedPercent(InsightText::change(double(then.openPipeline), double(now.openPipeline)))));
    std::vector<qint32> commitDeals = now.drill.won;
    commitDeals.insert(commitDeals.end(), now.drill.commit.begin(), now.drill.commit.end());
    trend(
        "commit_forecast", then.commitForecast, now.commitForecast, [](const Numbers &n) { return n.commitForecast; },
        commitDeals,
        tr("%1: commit forecast (won + Commit) for %2 went from %3 on %4 to %5 on %6 (%7, %8).")
            .arg(scope.name, periodLabel, InsightText::money(then.commitForecast, currency), TextFormat::date(from),
                 InsightText::money(now.commitForecast, currency), TextFormat::date(c.asOf),
                 InsightText::signedMoney(now.commitForecast - then.commitForecast, currency),
                 InsightText::signedPercent(
                     InsightText::change(double(then.commitForecast), double(now.commitForecast)))));
}

} // namespace dmc
