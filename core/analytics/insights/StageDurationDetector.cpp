#include "StageDurationDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/text/TermLabels.h"
#include "analytics/text/TextFormat.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

// One run of snapshots a deal spent in one open stage.
struct Stay
{
    qint32 opportunity = -1;
    qint32 stage = -1;
    qint32 owner = -1;         // owner at the last row in the stage
    DayNumber entered = NoDay; // the CRM's stage-entered date (else the first snapshot in the stage)
    DayNumber left = NoDay;    // when it left (NoDay: still there at its last row)
    size_t firstRow = 0;       // positions in the deal's rows
    size_t lastRow = 0;
};

// The stays of one deal, oldest first. A stay ends at the first row in another stage (moved up,
// down, won or lost): it left on that row's stage-entered date when the CRM gives one inside the
// stay, else on that snapshot's date.
std::vector<Stay> staysOf(const InsightContext &c, qint32 opportunity, std::span<const quint32> rows)
{
    std::vector<Stay> stays;
    Stay current;
    bool inStage = false;
    for (size_t i = 0; i < rows.size(); ++i) {
        const SnapshotRecord &r = c.row(rows[i]);
        const DayNumber day = c.data.snapshotDay(r.dateIndex);
        const bool open = c.data.isOpen(r);
        if (inStage && (!open || r.stage != current.stage)) {
            const DayNumber entered = r.stageEnteredDay;
            current.left = entered != NoDay && entered >= current.entered && entered <= day ? entered : day;
            stays.push_back(current);
            inStage = false;
        }
        if (open && !inStage) {
            current = Stay{};
            current.opportunity = opportunity;
            current.stage = r.stage;
            current.entered = r.stageEnteredDay != NoDay && r.stageEnteredDay <= day ? r.stageEnteredDay : day;
            current.firstRow = i;
            inStage = true;
        }
        if (inStage) {
            current.lastRow = i;
            current.owner = r.owner;
        }
    }
    if (inStage)
        stays.push_back(current);
    return stays;
}

// A completed stay as the baseline reads it: 12 bytes against a Stay's 40, for the million a
// company's baseline weeks hold at 300k deals.
struct CompletedStay
{
    qint32 opportunity = -1;
    qint32 days = 0; // from entering the stage to leaving it
    DayNumber left = NoDay;
};

// A stay open at the as-of; its rows are the deal's history up to the as-of, found again.
struct OpenStay
{
    qint32 opportunity = -1;
    qint32 stage = -1;
    qint32 owner = -1;
    DayNumber entered = NoDay;
    quint32 firstRow = 0; // positions in the deal's rows
    quint32 lastRow = 0;
};

// Nearest rank: the smallest value with at least `percent` % of the values at or below it.
int percentileOf(std::vector<int> values, int percent)
{
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(double(percent) / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

} // namespace

void StageDurationDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const char *rule = "stage_duration";
    if (!c.enabled(rule))
        return;
    const int percent = c.param(rule, "percentile");
    const int minOver = c.param(rule, "min_days_over");
    const int minStays = c.param(rule, "min_stays");
    const DayNumber baselineStart = c.asOfDay - 7 * c.param(rule, "baseline_weeks");

    // The completed stays of each rep and stage ending in the baseline weeks, and the stays open
    // at the as-of.
    // Only these stays are kept, and compactly: every stay of every deal was 62 MB at 300k deals,
    // the kept ones as Stays 77 MB.
    QHash<quint64, std::vector<CompletedStay>> completed; // (rep << 32 | stage)
    std::vector<OpenStay> current;
    HistoryPassPaging paging(c.data);
    for (const qint32 o : c.scopeDeals) {
        paging.nextDeal();
        const auto rows = c.rowsUpToAsOf(o);
        for (const Stay &stay : staysOf(c, o, rows)) {
            if (stay.left != NoDay) {
                if (stay.left > baselineStart && stay.left <= c.asOfDay)
                    completed[(quint64(quint32(stay.owner)) << 32) | quint32(stay.stage)].push_back(
                        {stay.opportunity, int(stay.left - stay.entered), stay.left});
            } else if (c.row(rows[stay.lastRow]).dateIndex == c.asOfIndex) {
                current.push_back({stay.opportunity, stay.stage, stay.owner, stay.entered, quint32(stay.firstRow),
                                   quint32(stay.lastRow)});
            }
        }
    }

    HistoryPassPaging flaggedPaging(c.data); // `current` ascends by deal
    for (const OpenStay &stay : current) {
        if (!c.scopeMask[size_t(stay.owner)])
            continue;
        flaggedPaging.nextDeal();
        const auto found = completed.constFind((quint64(quint32(stay.owner)) << 32) | quint32(stay.stage));
        if (found == completed.constEnd() || int(found->size()) < minStays)
            continue;
        std::vector<int> durations;
        DayNumber firstEnd = found->front().left, lastEnd = firstEnd;
        for (const CompletedStay &done : *found) {
            durations.push_back(done.days);
            firstEnd = std::min(firstEnd, done.left);
            lastEnd = std::max(lastEnd, done.left);
        }
        const int limit = percentileOf(durations, percent);
        const int days = int(c.asOfDay - stay.entered);
        if (days <= limit + minOver)
            continue;

        const auto rows = c.rowsUpToAsOf(stay.opportunity);
        const QString stage = c.data.stages()[size_t(stay.stage)].name;
        const QString stageText = TermLabels::stage(stage);
        const SnapshotRecord &now = c.row(rows[stay.lastRow]);
        Insight insight = c.startForDeal(rule, stage, stay.opportunity, stay.owner);
        insight.stake = now.amount;
        const QDate entered = QDate::fromJulianDay(stay.entered);
        insight.episode = entered;
        insight.when = std::min(c.asOf, entered.addDays(limit + minOver + 1));
        insight.from = entered;
        insight.to = c.asOf;
        insight.numbers = {{QStringLiteral("days_in_stage"), double(days), InsightNumber::Unit::Days, true},
                           {QStringLiteral("percentile_days"), double(limit), InsightNumber::Unit::Days},
                           {QStringLiteral("stays"), double(found->size()), InsightNumber::Unit::Count},
                           {QStringLiteral("amount"), double(now.amount), InsightNumber::Unit::Money}};
        const QDate from = QDate::fromJulianDay(firstEnd), to = QDate::fromJulianDay(lastEnd);
        insight.baseline.from = from;
        insight.baseline.to = to;
        insight.baseline.reps = {insight.repId};
        for (const CompletedStay &done : *found)
            insight.baseline.deals.push_back(done.opportunity);
        std::sort(insight.baseline.deals.begin(), insight.baseline.deals.end());
        insight.baseline.deals.erase(std::unique(insight.baseline.deals.begin(), insight.baseline.deals.end()),
                                     insight.baseline.deals.end());
        insight.baseline.text = tr("%1 of %2's %3 completed %4 stays that ended %5: %6.")
                                    .arg(InsightText::percentile(percent), insight.repName)
                                    .arg(found->size())
                                    .arg(stageText, InsightText::dateRange(from, to), InsightText::days(limit));
        insight.snapshots = {c.data.snapshotDate(c.row(rows[stay.firstRow]).dateIndex), c.asOf};
        if (insight.snapshots.front() == insight.snapshots.back())
            insight.snapshots.pop_back();
        insight.chart.kind = InsightChart::Kind::Series;
        insight.chart.unit = InsightNumber::Unit::Days;
        for (quint32 i = stay.firstRow; i <= stay.lastRow; ++i) {
            const SnapshotRecord &r = c.row(rows[i]);
            insight.chart.dates.push_back(c.data.snapshotDate(r.dateIndex));
            insight.chart.values.push_back(double(c.data.snapshotDay(r.dateIndex) - stay.entered));
        }
        insight.chart.reference = double(limit);
        insight.text = tr("%1: in %2 for %3 (since %4); the %5 of %6's %7 completed %2 stays that ended %8 is %9.")
                           .arg(c.dealName(stay.opportunity), stageText, InsightText::days(days),
                                TextFormat::date(entered), InsightText::percentile(percent), insight.repName)
                           .arg(found->size())
                           .arg(InsightText::dateRange(from, to), InsightText::days(limit));
        out.push_back(std::move(insight));
    }
}

} // namespace dmc
