#include "ConcentrationDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"
#include "domain/FiscalCalendar.h"

#include <algorithm>

namespace dmc {

void ConcentrationDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const bool commit = c.enabled("commit_concentration"), clustering = c.enabled("close_clustering");
    if (!commit && !clustering)
        return;
    const Dataset &data = c.data;
    const std::vector<Numbers> perRep = c.engine.numbersPerRep(c.asOfIndex, c.period);
    const QString currency = c.currency;
    auto amountOf = [&](qint32 o) {
        const SnapshotRecord *row = data.rowOf(c.asOfIndex, o);
        return row ? row->amount : Cents(0);
    };
    auto largestFirst = [&](std::vector<qint32> &deals) {
        std::sort(deals.begin(), deals.end(), [&](qint32 a, qint32 b) {
            const Cents x = amountOf(a), y = amountOf(b);
            return x != y ? x > y : a < b;
        });
    };

    for (const InsightSubject &subject : c.subjects) {
        const Numbers n = c.sum(perRep, subject);
        if (commit) {
            const char *rule = "commit_concentration";
            std::vector<qint32> deals = n.drill.commit;
            largestFirst(deals);
            if (n.commit > 0 && int(deals.size()) >= c.param(rule, "min_deals")) {
                const Cents top = amountOf(deals.front());
                const double share = double(top) / double(n.commit);
                if (share * 100.0 >= c.param(rule, "percent")) {
                    Insight insight = c.start(rule, QString(), subject);
                    insight.stake = top;
                    insight.from = c.period.start;
                    insight.to = c.asOf;
                    insight.deals = deals;
                    insight.snapshots = {c.asOf};
                    insight.numbers = {{QStringLiteral("share"), share, InsightNumber::Unit::Ratio, true},
                                       {QStringLiteral("deal_amount"), double(top), InsightNumber::Unit::Money},
                                       {QStringLiteral("commit"), double(n.commit), InsightNumber::Unit::Money},
                                       {QStringLiteral("deals"), double(deals.size()), InsightNumber::Unit::Count}};
                    insight.baseline.from = c.asOf;
                    insight.baseline.to = c.asOf;
                    for (const qint32 rep : subject.reps)
                        insight.baseline.reps << data.reps()[size_t(rep)].rep.id;
                    insight.baseline.deals = deals;
                    insight.baseline.text =
                        tr("Commit for %1 at the snapshot of %2: %3 across %4.")
                            .arg(c.period.label(), TextFormat::date(c.asOf), InsightText::money(n.commit, currency),
                                 InsightText::deals(qint64(deals.size())));
                    insight.chart.kind = InsightChart::Kind::Peers;
                    insight.chart.unit = InsightNumber::Unit::Money;
                    insight.chart.highlight = 0;
                    for (const qint32 o : deals)
                        insight.chart.values.push_back(double(amountOf(o)));
                    insight.text =
                        tr("%1: %2 is %3 of the Commit for %4 (%5 of %6 across %7).")
                            .arg(subject.name, c.dealName(deals.front()), InsightText::ratio(share), c.period.label(),
                                 InsightText::money(top, currency), InsightText::money(n.commit, currency),
                                 InsightText::deals(qint64(deals.size())));
                    out.push_back(std::move(insight));
                }
            }
        }
        if (clustering) {
            const char *rule = "close_clustering";
            const int days = c.param(rule, "days");
            const QDate lastStart = c.period.end.addDays(1 - days);
            // Inside the last days every open deal of the period closes in them: nothing to compare.
            if (c.asOf >= lastStart)
                continue;
            std::vector<qint32> deals = n.drill.commit;
            deals.insert(deals.end(), n.drill.bestCase.begin(), n.drill.bestCase.end());
            deals.insert(deals.end(), n.drill.pipeline.begin(), n.drill.pipeline.end());
            if (n.openPipeline <= 0 || int(deals.size()) < c.param(rule, "min_deals"))
                continue;
            const int weeks = FiscalCalendar::weeksInPeriod(c.period);
            std::vector<double> byWeek(size_t(weeks), 0.0);
            std::vector<qint32> late;
            Cents lateAmount = 0;
            for (const qint32 o : deals) {
                const SnapshotRecord *row = data.rowOf(c.asOfIndex, o);
                if (!row)
                    continue;
                const QDate close = QDate::fromJulianDay(row->closeDay);
                const int week = std::clamp(FiscalCalendar::weekOfPeriod(c.period, close), 1, weeks);
                byWeek[size_t(week - 1)] += double(row->amount);
                if (close >= lastStart) {
                    late.push_back(o);
                    lateAmount += row->amount;
                }
            }
            const double share = double(lateAmount) / double(n.openPipeline);
            if (share * 100.0 < c.param(rule, "percent"))
                continue;
            largestFirst(late);
            Insight insight = c.start(rule, QString(), subject);
            insight.stake = lateAmount;
            insight.from = lastStart;
            insight.to = c.period.end;
            insight.deals = late;
            insight.snapshots = {c.asOf};
            insight.numbers = {{QStringLiteral("share"), share, InsightNumber::Unit::Ratio, true},
                               {QStringLiteral("late_amount"), double(lateAmount), InsightNumber::Unit::Money},
                               {QStringLiteral("open_pipeline"), double(n.openPipeline), InsightNumber::Unit::Money},
                               {QStringLiteral("late_deals"), double(late.size()), InsightNumber::Unit::Count},
                               {QStringLiteral("deals"), double(deals.size()), InsightNumber::Unit::Count}};
            insight.baseline.from = c.period.start;
            insight.baseline.to = c.period.end;
            for (const qint32 rep : subject.reps)
                insight.baseline.reps << data.reps()[size_t(rep)].rep.id;
            std::sort(deals.begin(), deals.end());
            insight.baseline.deals = deals;
            insight.baseline.text =
                tr("Open pipeline for %1 at the snapshot of %2: %3 across %4.")
                    .arg(c.period.label(), TextFormat::date(c.asOf), InsightText::money(n.openPipeline, currency),
                         InsightText::deals(qint64(deals.size())));
            insight.chart.kind = InsightChart::Kind::Peers;
            insight.chart.unit = InsightNumber::Unit::Money;
            insight.chart.values = byWeek;
            insight.chart.highlight = weeks - 1;
            insight.text =
                tr("%1: %2 of the open pipeline for %3 (%4 of %5; %6) closes in its last %7, %8.")
                    .arg(subject.name, InsightText::ratio(share), c.period.label(),
                         InsightText::money(lateAmount, currency), InsightText::money(n.openPipeline, currency),
                         InsightText::dealsOf(qint64(late.size()), qint64(deals.size())), InsightText::days(days),
                         InsightText::dateRange(lastStart, c.period.end));
            out.push_back(std::move(insight));
        }
    }
}

} // namespace dmc
