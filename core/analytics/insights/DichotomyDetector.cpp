#include "DichotomyDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/dataset/QualificationHistory.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

enum Window { Previous = 0, Current = 1 };

// What the history shows per rep inside each window (previous period to a day, current period
// to the same day): stage exits up or out, deals moving up, deals created, and at each end
// snapshot how many open deals had recent activity.
struct RepWindows
{
    int advanced[2] = {0, 0};       // stage exits to a higher stage or a win
    int fellOut[2] = {0, 0};        // stage exits to a loss (or out of the export)
    std::vector<qint32> movedUp[2]; // deals with at least one move up
    std::vector<qint32> created[2];
    int open[2] = {0, 0};
    int active[2] = {0, 0};
};

struct SubjectWindows
{
    int advanced[2] = {0, 0};
    int fellOut[2] = {0, 0};
    std::vector<qint32> movedUp[2];
    std::vector<qint32> created[2];
    int open[2] = {0, 0};
    int active[2] = {0, 0};
    Numbers numbers[2];

    std::optional<double> conversion(int w) const
    {
        const int decided = advanced[w] + fellOut[w];
        return decided > 0 ? std::optional<double>(double(advanced[w]) / decided) : std::nullopt;
    }
};

std::vector<qint32> sorted(std::vector<qint32> deals)
{
    std::sort(deals.begin(), deals.end());
    deals.erase(std::unique(deals.begin(), deals.end()), deals.end());
    return deals;
}

std::optional<double> medianCycle(const InsightContext &c, const std::vector<qint32> &won, int dateIndex)
{
    std::vector<qint64> days;
    for (const qint32 o : won) {
        const SnapshotRecord *row = c.data.rowOf(dateIndex, o);
        const QDate created = c.data.opportunity(o).createdDate;
        if (row && row->closeDay != NoDay && created.isValid())
            days.push_back(created.daysTo(QDate::fromJulianDay(row->closeDay)));
    }
    if (days.empty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    const size_t n = days.size();
    return n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
}

// Share of the eight MEDDPICC elements confirmed across the deals, each level as it was on `day`
// (docs/definitions.md#qualification-history).
std::optional<double> completeness(const InsightContext &c, const std::vector<qint32> &deals, DayNumber day)
{
    if (deals.empty())
        return std::nullopt;
    const QualificationHistory &history = c.data.qualificationHistory();
    int confirmed = 0;
    for (const qint32 o : deals) {
        if (const QualificationState *then = history.stateAsOf(o, day)) {
            for (const std::optional<EvidenceLevel> &level : then->meddpicc)
                confirmed += level == EvidenceLevel::Confirmed ? 1 : 0;
            continue;
        }
        for (const MeddpiccEntry &entry : c.data.opportunity(o).meddpicc)
            confirmed += entry.level == EvidenceLevel::Confirmed ? 1 : 0;
    }
    return double(confirmed) / double(MeddpiccElementCount * deals.size());
}

} // namespace

void DichotomyDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const bool pipeline = c.enabled("pipeline_vs_conversion"), meddpicc = c.enabled("commit_vs_meddpicc");
    const bool won = c.enabled("won_vs_cycle"), created = c.enabled("created_vs_advancing");
    const bool activity = c.enabled("commit_vs_activity");
    if (c.thenIndex < 0 || !(pipeline || meddpicc || won || created || activity))
        return;
    const Dataset &data = c.data;
    const DayNumber starts[2] = {DayNumber(c.previousPeriod.start.toJulianDay()),
                                 DayNumber(c.period.start.toJulianDay())};
    const DayNumber ends[2] = {data.snapshotDay(c.thenIndex), c.asOfDay};
    auto windowOf = [&](DayNumber day) {
        return day >= starts[1] && day <= ends[1] ? 1 : (day >= starts[0] && day <= ends[0] ? 0 : -1);
    };

    std::vector<RepWindows> reps(data.reps().size());
    const auto &stages = data.stages();
    HistoryPassPaging paging(c.data);
    for (const qint32 o : c.scopeDeals) {
        paging.nextDeal();
        const auto rows = c.rowsUpToAsOf(o);
        const QDate createdDate = data.opportunity(o).createdDate;
        if (createdDate.isValid() && !rows.empty()) {
            const int w = windowOf(DayNumber(createdDate.toJulianDay()));
            if (w >= 0)
                reps[size_t(c.row(rows.front()).owner)].created[w].push_back(o);
        }
        bool movedUp[2] = {false, false};
        for (size_t i = 0; i < rows.size(); ++i) {
            const SnapshotRecord &a = c.row(rows[i]);
            if (!data.isOpen(a))
                continue;
            int w = -1;
            bool up = false;
            if (i + 1 < rows.size()) {
                const SnapshotRecord &b = c.row(rows[i + 1]);
                const Dataset::Status status = data.status(b);
                if (status == Dataset::Status::Won
                    || (status == Dataset::Status::Open && stages[b.stage].sortOrder > stages[a.stage].sortOrder)) {
                    up = true;
                } else if (status != Dataset::Status::Lost) {
                    continue;
                }
                w = windowOf(data.snapshotDay(b.dateIndex));
            } else if (a.dateIndex < c.asOfIndex) {
                w = windowOf(data.snapshotDay(a.dateIndex + 1)); // gone from the export: out
            }
            if (w < 0)
                continue;
            RepWindows &rep = reps[size_t(a.owner)];
            if (up) {
                ++rep.advanced[w];
                if (!movedUp[w])
                    rep.movedUp[w].push_back(o);
                movedUp[w] = true;
            } else {
                ++rep.fellOut[w];
            }
        }
    }
    const int activityDays = c.param("commit_vs_activity", "activity_days");
    const int indices[2] = {c.thenIndex, c.asOfIndex};
    for (int w = 0; w < 2; ++w) {
        const DayNumber day = data.snapshotDay(indices[w]);
        for (const SnapshotRecord &row : data.rowsAt(indices[w])) {
            if (!c.scopeMask[size_t(row.owner)] || !data.isOpen(row))
                continue;
            RepWindows &rep = reps[size_t(row.owner)];
            ++rep.open[w];
            if (row.lastActivityDay != NoDay && row.lastActivityDay >= day - activityDays)
                ++rep.active[w];
        }
    }
    const std::vector<Numbers> perRep[2] = {c.engine.numbersPerRep(c.thenIndex, c.previousPeriod),
                                            c.engine.numbersPerRep(c.asOfIndex, c.period)};

    const QString windows = tr("%1 \u2192 %2").arg(c.previousWindow(), c.currentWindow());
    const QString currency = c.currency;
    for (const InsightSubject &subject : c.subjects) {
        SubjectWindows s;
        for (int w = 0; w < 2; ++w) {
            for (const qint32 rep : subject.reps) {
                const RepWindows &r = reps[size_t(rep)];
                s.advanced[w] += r.advanced[w];
                s.fellOut[w] += r.fellOut[w];
                s.movedUp[w].insert(s.movedUp[w].end(), r.movedUp[w].begin(), r.movedUp[w].end());
                s.created[w].insert(s.created[w].end(), r.created[w].begin(), r.created[w].end());
                s.open[w] += r.open[w];
                s.active[w] += r.active[w];
            }
            s.numbers[w] = c.sum(perRep[w], subject);
        }
        // The common frame of every dichotomy: both windows, the subject's reps, the rule.
        auto begin = [&](const char *rule, Cents stake, std::vector<qint32> deals) {
            Insight insight = c.start(rule, QString(), subject);
            insight.stake = stake;
            insight.from = c.period.start;
            insight.to = c.asOf;
            insight.baseline.from = c.previousPeriod.start;
            insight.baseline.to = c.then;
            for (const qint32 rep : subject.reps)
                insight.baseline.reps << data.reps()[size_t(rep)].rep.id;
            if (subject.kind == Insight::Subject::District)
                insight.baseline.districts = {subject.id};
            insight.baseline.text = tr("The previous period to the same day: %1.").arg(c.previousWindow());
            insight.deals = sorted(std::move(deals));
            insight.snapshots = {c.then, c.asOf};
            insight.chart.kind = InsightChart::Kind::Series;
            insight.chart.dates = {c.then, c.asOf};
            return insight;
        };
        const Numbers &before = s.numbers[Previous];
        const Numbers &now = s.numbers[Current];

        if (pipeline) {
            const char *rule = "pipeline_vs_conversion";
            const double growth = InsightText::change(double(before.openPipeline), double(now.openPipeline));
            const auto convBefore = s.conversion(Previous), convNow = s.conversion(Current);
            const int minDecided = c.param(rule, "min_decided");
            if (before.openPipeline > 0 && growth * 100.0 >= c.param(rule, "pipeline_percent") && convBefore && convNow
                && s.advanced[Previous] + s.fellOut[Previous] >= minDecided
                && s.advanced[Current] + s.fellOut[Current] >= minDecided
                && (*convBefore - *convNow) * 100.0 >= c.param(rule, "conversion_points")) {
                std::vector<qint32> deals = now.drill.commit;
                deals.insert(deals.end(), now.drill.bestCase.begin(), now.drill.bestCase.end());
                deals.insert(deals.end(), now.drill.pipeline.begin(), now.drill.pipeline.end());
                Insight insight = begin(rule, now.openPipeline, std::move(deals));
                insight.numbers =
                    {{QStringLiteral("pipeline_before"), double(before.openPipeline), InsightNumber::Unit::Money},
                     {QStringLiteral("pipeline_now"), double(now.openPipeline), InsightNumber::Unit::Money},
                     {QStringLiteral("pipeline_change"), growth, InsightNumber::Unit::Ratio, true},
                     {QStringLiteral("conversion_before"), *convBefore, InsightNumber::Unit::Ratio},
                     {QStringLiteral("conversion_now"), *convNow, InsightNumber::Unit::Ratio},
                     {QStringLiteral("conversion_change"), *convNow - *convBefore, InsightNumber::Unit::Ratio, true},
                     {QStringLiteral("decided_before"), double(s.advanced[Previous] + s.fellOut[Previous]),
                      InsightNumber::Unit::Count},
                     {QStringLiteral("decided_now"), double(s.advanced[Current] + s.fellOut[Current]),
                      InsightNumber::Unit::Count}};
                insight.chart.unit = InsightNumber::Unit::Money;
                insight.chart.values = {double(before.openPipeline), double(now.openPipeline)};
                insight.chart.values2 = {*convBefore, *convNow};
                insight.text = tr("%1: open pipeline up %2 (%3 \u2192 %4) while stage-to-stage conversion fell from %5 "
                                  "to %6 (%7 of %8 stage exits moved up, against %9 of %10), %11.")
                                   .arg(subject.name, InsightText::ratio(growth),
                                        InsightText::money(before.openPipeline, currency),
                                        InsightText::money(now.openPipeline, currency), InsightText::ratio(*convBefore),
                                        InsightText::ratio(*convNow))
                                   .arg(s.advanced[Current])
                                   .arg(s.advanced[Current] + s.fellOut[Current])
                                   .arg(s.advanced[Previous])
                                   .arg(s.advanced[Previous] + s.fellOut[Previous])
                                   .arg(windows);
                out.push_back(std::move(insight));
            }
        }

        if (meddpicc) {
            const char *rule = "commit_vs_meddpicc";
            const double growth = InsightText::change(double(before.commit), double(now.commit));
            const auto fullBefore = completeness(c, before.drill.commit, ends[Previous]);
            const auto fullNow = completeness(c, now.drill.commit, ends[Current]);
            const int minDeals = c.param(rule, "min_deals");
            if (before.commit > 0 && growth * 100.0 >= c.param(rule, "commit_percent") && fullBefore && fullNow
                && before.commitCount >= minDeals && now.commitCount >= minDeals
                && (*fullBefore - *fullNow) * 100.0 >= c.param(rule, "completeness_points")) {
                Insight insight = begin(rule, now.commit, now.drill.commit);
                insight.baseline.deals = sorted(before.drill.commit);
                insight.numbers = {{QStringLiteral("commit_before"), double(before.commit), InsightNumber::Unit::Money},
                                   {QStringLiteral("commit_now"), double(now.commit), InsightNumber::Unit::Money},
                                   {QStringLiteral("commit_change"), growth, InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("completeness_before"), *fullBefore, InsightNumber::Unit::Ratio},
                                   {QStringLiteral("completeness_now"), *fullNow, InsightNumber::Unit::Ratio},
                                   {QStringLiteral("completeness_change"), *fullNow - *fullBefore,
                                    InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("deals_before"), double(before.commitCount),
                                    InsightNumber::Unit::Count},
                                   {QStringLiteral("deals_now"), double(now.commitCount), InsightNumber::Unit::Count}};
                insight.chart.unit = InsightNumber::Unit::Money;
                insight.chart.values = {double(before.commit), double(now.commit)};
                insight.chart.values2 = {*fullBefore, *fullNow};
                insight.text =
                    tr("%1: Commit up %2 (%3 \u2192 %4) while the share of MEDDPICC elements confirmed "
                       "across its deals fell from %5 to %6 (%7 against %8; MEDDPICC as last imported), %9.")
                        .arg(subject.name, InsightText::ratio(growth), InsightText::money(before.commit, currency),
                             InsightText::money(now.commit, currency), InsightText::ratio(*fullBefore),
                             InsightText::ratio(*fullNow), InsightText::deals(now.commitCount),
                             InsightText::deals(before.commitCount), windows);
                out.push_back(std::move(insight));
            }
        }

        if (won) {
            const char *rule = "won_vs_cycle";
            const double growth = InsightText::change(double(before.won), double(now.won));
            const auto cycleBefore = medianCycle(c, before.drill.won, c.thenIndex);
            const auto cycleNow = medianCycle(c, now.drill.won, c.asOfIndex);
            const int minDeals = c.param(rule, "min_deals");
            if (before.won > 0 && growth * 100.0 >= c.param(rule, "won_percent") && cycleBefore && cycleNow
                && *cycleBefore > 0 && before.wonCount >= minDeals && now.wonCount >= minDeals
                && InsightText::change(*cycleBefore, *cycleNow) * 100.0 >= c.param(rule, "cycle_percent")) {
                Insight insight = begin(rule, now.won, now.drill.won);
                insight.baseline.deals = sorted(before.drill.won);
                const double longer = InsightText::change(*cycleBefore, *cycleNow);
                insight.numbers = {{QStringLiteral("won_before"), double(before.won), InsightNumber::Unit::Money},
                                   {QStringLiteral("won_now"), double(now.won), InsightNumber::Unit::Money},
                                   {QStringLiteral("won_change"), growth, InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("cycle_before"), *cycleBefore, InsightNumber::Unit::Days},
                                   {QStringLiteral("cycle_now"), *cycleNow, InsightNumber::Unit::Days},
                                   {QStringLiteral("cycle_change"), longer, InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("deals_before"), double(before.wonCount),
                                    InsightNumber::Unit::Count},
                                   {QStringLiteral("deals_now"), double(now.wonCount), InsightNumber::Unit::Count}};
                insight.chart.unit = InsightNumber::Unit::Money;
                insight.chart.values = {double(before.won), double(now.won)};
                insight.chart.values2 = {*cycleBefore, *cycleNow};
                insight.text =
                    tr("%1: won up %2 (%3 \u2192 %4) while the median cycle of the won deals lengthened from "
                       "%5 to %6 (%7 against %8), %9.")
                        .arg(subject.name, InsightText::ratio(growth), InsightText::money(before.won, currency),
                             InsightText::money(now.won, currency), InsightText::days(std::llround(*cycleBefore)),
                             InsightText::days(std::llround(*cycleNow)), InsightText::deals(now.wonCount),
                             InsightText::deals(before.wonCount), windows);
                out.push_back(std::move(insight));
            }
        }

        if (created) {
            const char *rule = "created_vs_advancing";
            const int createdBefore = int(s.created[Previous].size()), createdNow = int(s.created[Current].size());
            const int upBefore = int(s.movedUp[Previous].size()), upNow = int(s.movedUp[Current].size());
            const int minDeals = c.param(rule, "min_deals");
            const double more = InsightText::change(createdBefore, createdNow);
            const double fewer = InsightText::change(upBefore, upNow);
            if (createdBefore >= minDeals && upBefore >= minDeals && more * 100.0 >= c.param(rule, "created_percent")
                && -fewer * 100.0 >= c.param(rule, "advanced_percent")) {
                Cents createdAmount = 0;
                for (const qint32 o : s.created[Current])
                    if (const SnapshotRecord *row = data.rowOf(c.asOfIndex, o))
                        createdAmount += row->amount;
                Insight insight = begin(rule, createdAmount, s.created[Current]);
                insight.baseline.deals = sorted(s.created[Previous]);
                insight.numbers = {{QStringLiteral("created_before"), double(createdBefore),
                                    InsightNumber::Unit::Count},
                                   {QStringLiteral("created_now"), double(createdNow), InsightNumber::Unit::Count},
                                   {QStringLiteral("created_change"), more, InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("moved_up_before"), double(upBefore), InsightNumber::Unit::Count},
                                   {QStringLiteral("moved_up_now"), double(upNow), InsightNumber::Unit::Count},
                                   {QStringLiteral("moved_up_change"), fewer, InsightNumber::Unit::Ratio, true},
                                   {QStringLiteral("created_amount"), double(createdAmount),
                                    InsightNumber::Unit::Money}};
                insight.chart.unit = InsightNumber::Unit::Count;
                insight.chart.values = {double(createdBefore), double(createdNow)};
                insight.chart.values2 = {double(upBefore), double(upNow)};
                insight.text = tr("%1: deals created went from %2 to %3 (%4) while deals moving up a stage went from "
                                  "%5 to %6 (%7), %8.")
                                   .arg(subject.name)
                                   .arg(createdBefore)
                                   .arg(createdNow)
                                   .arg(InsightText::signedPercent(more))
                                   .arg(upBefore)
                                   .arg(upNow)
                                   .arg(InsightText::signedPercent(fewer), windows);
                out.push_back(std::move(insight));
            }
        }

        if (activity) {
            const char *rule = "commit_vs_activity";
            const double growth = InsightText::change(double(before.commit), double(now.commit));
            if (before.commit > 0 && growth * 100.0 >= c.param(rule, "commit_percent") && s.open[Previous] > 0
                && s.open[Current] > 0) {
                const double shareBefore = double(s.active[Previous]) / s.open[Previous];
                const double shareNow = double(s.active[Current]) / s.open[Current];
                if ((shareBefore - shareNow) * 100.0 >= c.param(rule, "activity_points")) {
                    Insight insight = begin(rule, now.commit, now.drill.commit);
                    insight.numbers =
                        {{QStringLiteral("commit_before"), double(before.commit), InsightNumber::Unit::Money},
                         {QStringLiteral("commit_now"), double(now.commit), InsightNumber::Unit::Money},
                         {QStringLiteral("commit_change"), growth, InsightNumber::Unit::Ratio, true},
                         {QStringLiteral("active_before"), double(s.active[Previous]), InsightNumber::Unit::Count},
                         {QStringLiteral("open_before"), double(s.open[Previous]), InsightNumber::Unit::Count},
                         {QStringLiteral("active_now"), double(s.active[Current]), InsightNumber::Unit::Count},
                         {QStringLiteral("open_now"), double(s.open[Current]), InsightNumber::Unit::Count},
                         {QStringLiteral("active_share_change"), shareNow - shareBefore, InsightNumber::Unit::Ratio,
                          true}};
                    insight.chart.unit = InsightNumber::Unit::Money;
                    insight.chart.values = {double(before.commit), double(now.commit)};
                    insight.chart.values2 = {shareBefore, shareNow};
                    insight.text =
                        tr("%1: Commit up %2 (%3 \u2192 %4) while open deals with activity in the %5 before "
                           "the snapshot went from %6 (%7 of %8) to %9 (%10 of %11), %12.")
                            .arg(subject.name, InsightText::ratio(growth), InsightText::money(before.commit, currency),
                                 InsightText::money(now.commit, currency), InsightText::days(activityDays),
                                 InsightText::ratio(shareBefore))
                            .arg(s.active[Previous])
                            .arg(s.open[Previous])
                            .arg(InsightText::ratio(shareNow))
                            .arg(s.active[Current])
                            .arg(s.open[Current])
                            .arg(windows);
                    out.push_back(std::move(insight));
                }
            }
        }
    }
}

} // namespace dmc
