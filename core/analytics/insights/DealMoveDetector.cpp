#include "DealMoveDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/text/TextFormat.h"
#include "domain/ForecastCategory.h"

#include <cmath>
#include <cstdlib>

namespace dmc {

namespace {

// Position on the ladder Pipeline 0, Best Case 1, Commit 2, Closed (won) 3; -1 when lost.
int ladderOf(const Dataset &data, const SnapshotRecord &row)
{
    switch (data.status(row)) {
    case Dataset::Status::Won: return 3;
    case Dataset::Status::Lost: return -1;
    case Dataset::Status::Open: break;
    }
    switch (row.category()) {
    case ForecastCategory::Commit: return 2;
    case ForecastCategory::BestCase: return 1;
    default: return 0;
    }
}

QString ladderName(int step)
{
    static constexpr ForecastCategory categories[] = {ForecastCategory::Pipeline, ForecastCategory::BestCase,
                                                      ForecastCategory::Commit, ForecastCategory::Closed};
    return forecastCategoryName(categories[std::clamp(step, 0, 3)]);
}

struct Move
{
    size_t row = 0;            // the row the change first shows on
    qint64 change = 0;         // cents or days
    qint64 largestEarlier = 0; // the largest |change| before it (0: none)
    int earlierMoves = 0;
};

// The latest change in the window that is at least `minimum` and larger than every earlier
// change of the same value, after at least `minHistory` earlier rows. `value` gives a row's value
// (std::nullopt: none), `enough` whether a change from `before` is large enough.
template<typename Value, typename Enough>
std::optional<Move> latestLargeMove(const InsightContext &c, std::span<const quint32> rows, DayNumber windowStart,
                                    int minHistory, Value value, Enough enough)
{
    std::optional<Move> found;
    qint64 largest = 0;
    int moves = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        const auto before = value(c.row(rows[i - 1]));
        const auto after = value(c.row(rows[i]));
        if (!before || !after || *before == *after)
            continue;
        const qint64 change = *after - *before;
        const bool inWindow = c.data.snapshotDay(c.row(rows[i]).dateIndex) > windowStart;
        if (inWindow && int(i) >= minHistory && enough(*before, change) && std::llabs(change) > largest)
            found = Move{i, change, largest, moves};
        largest = std::max(largest, std::llabs(change));
        ++moves;
    }
    return found;
}

void seriesOf(const InsightContext &c, std::span<const quint32> rows, Insight &insight, InsightNumber::Unit unit,
              double (*value)(const InsightContext &, const SnapshotRecord &))
{
    insight.chart.kind = InsightChart::Kind::Series;
    insight.chart.unit = unit;
    for (const quint32 index : rows) {
        const SnapshotRecord &r = c.row(index);
        insight.chart.dates.push_back(c.data.snapshotDate(r.dateIndex));
        insight.chart.values.push_back(value(c, r));
    }
}

} // namespace

void DealMoveDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const bool amounts = c.enabled("amount_move"), closes = c.enabled("close_date_move");
    const bool jumps = c.enabled("category_jump"), activity = c.enabled("activity_stopped");
    if (!amounts && !closes && !jumps && !activity)
        return;
    const QString currency = c.currency;
    HistoryPassPaging paging(c.data);
    for (const qint32 o : c.scopeDeals) {
        paging.nextDeal();
        const auto rows = c.rowsUpToAsOf(o);
        if (rows.empty())
            continue;
        const SnapshotRecord &now = c.row(rows.back());
        if (now.dateIndex != c.asOfIndex || !c.scopeMask[size_t(now.owner)])
            continue;
        const bool open = c.data.isOpen(now);
        const QString deal = c.dealName(o);
        auto dateOf = [&](size_t i) { return c.data.snapshotDate(c.row(rows[i]).dateIndex); };

        if (amounts && open) {
            const char *rule = "amount_move";
            const int minPercent = c.param(rule, "min_percent");
            const auto move = latestLargeMove(
                c, rows, c.asOfDay - 7 * c.param(rule, "window_weeks"), c.param(rule, "min_history_weeks"),
                [](const SnapshotRecord &r) { return r.hasAmount() ? std::optional<qint64>(r.amount) : std::nullopt; },
                [&](qint64 before, qint64 change) {
                    return before > 0 && std::llabs(change) * 100 >= qint64(minPercent) * before;
                });
            if (move) {
                const Cents from = c.row(rows[move->row - 1]).amount, to = c.row(rows[move->row]).amount;
                Insight insight = c.startForDeal(rule, QString(), o, now.owner);
                insight.stake = std::max(from, to);
                insight.when = insight.episode = dateOf(move->row);
                insight.from = dateOf(move->row - 1);
                insight.to = insight.when;
                const double ratio = double(move->change) / double(from);
                insight.numbers = {{QStringLiteral("amount_from"), double(from), InsightNumber::Unit::Money},
                                   {QStringLiteral("amount_to"), double(to), InsightNumber::Unit::Money},
                                   {QStringLiteral("change"), double(move->change), InsightNumber::Unit::Money, true},
                                   {QStringLiteral("change_ratio"), ratio, InsightNumber::Unit::Ratio},
                                   {QStringLiteral("largest_earlier_change"), double(move->largestEarlier),
                                    InsightNumber::Unit::Money},
                                   {QStringLiteral("earlier_snapshots"), double(move->row),
                                    InsightNumber::Unit::Count}};
                insight.baseline.from = dateOf(0);
                insight.baseline.to = insight.from;
                insight.baseline.reps = {insight.repId};
                insight.baseline.deals = {o};
                const QString history = tr("%n earlier snapshot(s)", nullptr, int(move->row));
                insight.baseline.text = move->earlierMoves == 0
                    ? tr("No earlier amount change across its %1 (%2).")
                          .arg(history, InsightText::dateRange(insight.baseline.from, insight.baseline.to))
                    : tr("Largest earlier amount change across its %1 (%2): %3.")
                          .arg(history, InsightText::dateRange(insight.baseline.from, insight.baseline.to),
                               InsightText::money(Cents(move->largestEarlier), currency));
                insight.snapshots = {insight.from, insight.to};
                seriesOf(c, rows, insight, InsightNumber::Unit::Money,
                         [](const InsightContext &, const SnapshotRecord &r) { return double(r.amount); });
                insight.text =
                    (move->earlierMoves == 0
                         ? tr("%1: amount from %2 to %3 (%4, %5) between %6 and %7, the first change "
                              "across its %8.")
                         : tr("%1: amount from %2 to %3 (%4, %5) between %6 and %7; the largest earlier "
                              "change across its %8 was %9."))
                        .arg(deal, InsightText::money(from, currency), InsightText::money(to, currency),
                             InsightText::signedMoney(move->change, currency), InsightText::signedPercent(ratio),
                             TextFormat::date(insight.from), TextFormat::date(insight.to), history);
                if (move->earlierMoves > 0)
                    insight.text = insight.text.arg(InsightText::money(Cents(move->largestEarlier), currency));
                out.push_back(std::move(insight));
            }
        }

        if (closes && open) {
            const char *rule = "close_date_move";
            const int minDays = c.param(rule, "min_days");
            const auto move = latestLargeMove(
                c, rows, c.asOfDay - 7 * c.param(rule, "window_weeks"), c.param(rule, "min_history_weeks"),
                [](const SnapshotRecord &r) {
                    return r.closeDay != NoDay ? std::optional<qint64>(r.closeDay) : std::nullopt;
                },
                [&](qint64, qint64 change) { return std::llabs(change) >= minDays; });
            if (move) {
                const QDate from = QDate::fromJulianDay(c.row(rows[move->row - 1]).closeDay);
                const QDate to = QDate::fromJulianDay(c.row(rows[move->row]).closeDay);
                Insight insight = c.startForDeal(rule, QString(), o, now.owner);
                insight.stake = now.amount;
                insight.when = insight.episode = dateOf(move->row);
                insight.from = dateOf(move->row - 1);
                insight.to = insight.when;
                insight.numbers =
                    {{QStringLiteral("close_from_days"), double(c.asOf.daysTo(from)), InsightNumber::Unit::Days},
                     {QStringLiteral("close_to_days"), double(c.asOf.daysTo(to)), InsightNumber::Unit::Days},
                     {QStringLiteral("change_days"), double(move->change), InsightNumber::Unit::Days, true},
                     {QStringLiteral("largest_earlier_days"), double(move->largestEarlier), InsightNumber::Unit::Days},
                     {QStringLiteral("earlier_snapshots"), double(move->row), InsightNumber::Unit::Count},
                     {QStringLiteral("amount"), double(now.amount), InsightNumber::Unit::Money}};
                insight.baseline.from = dateOf(0);
                insight.baseline.to = insight.from;
                insight.baseline.reps = {insight.repId};
                insight.baseline.deals = {o};
                const QString history = tr("%n earlier snapshot(s)", nullptr, int(move->row));
                insight.baseline.text = move->earlierMoves == 0
                    ? tr("No earlier close-date move across its %1 (%2).")
                          .arg(history, InsightText::dateRange(insight.baseline.from, insight.baseline.to))
                    : tr("Largest earlier close-date move across its %1 (%2): %3.")
                          .arg(history, InsightText::dateRange(insight.baseline.from, insight.baseline.to),
                               InsightText::days(move->largestEarlier));
                insight.snapshots = {insight.from, insight.to};
                seriesOf(c, rows, insight, InsightNumber::Unit::Days,
                         [](const InsightContext &ctx, const SnapshotRecord &r) {
                             return r.closeDay == NoDay ? 0.0 : double(r.closeDay - ctx.data.snapshotDay(r.dateIndex));
                         });
                const QString moved = move->change > 0 ? tr("%n day(s) later", nullptr, int(move->change))
                                                       : tr("%n day(s) earlier", nullptr, int(-move->change));
                insight.text =
                    (move->earlierMoves == 0
                         ? tr("%1: close date from %2 to %3 (%4) between %5 and %6, the first move across "
                              "its %7.")
                         : tr("%1: close date from %2 to %3 (%4) between %5 and %6; the largest earlier move "
                              "across its %7 was %8."))
                        .arg(deal, TextFormat::date(from), TextFormat::date(to), moved, TextFormat::date(insight.from),
                             TextFormat::date(insight.to), history);
                if (move->earlierMoves > 0)
                    insight.text = insight.text.arg(InsightText::days(move->largestEarlier));
                out.push_back(std::move(insight));
            }
        }

        if (jumps) {
            const char *rule = "category_jump";
            const int steps = c.param(rule, "steps");
            const DayNumber windowStart = c.asOfDay - 7 * c.param(rule, "window_weeks");
            size_t jumpRow = 0;
            for (size_t i = 1; i < rows.size(); ++i) {
                const int before = ladderOf(c.data, c.row(rows[i - 1])), after = ladderOf(c.data, c.row(rows[i]));
                if (before >= 0 && after >= 0 && std::abs(after - before) >= steps
                    && c.data.snapshotDay(c.row(rows[i]).dateIndex) > windowStart)
                    jumpRow = i;
            }
            if (jumpRow > 0 && ladderOf(c.data, now) >= 0) {
                const int before = ladderOf(c.data, c.row(rows[jumpRow - 1]));
                const int after = ladderOf(c.data, c.row(rows[jumpRow]));
                Insight insight = c.startForDeal(rule, QString(), o, now.owner);
                insight.stake = c.row(rows[jumpRow]).amount;
                insight.when = insight.episode = dateOf(jumpRow);
                insight.from = dateOf(jumpRow - 1);
                insight.to = insight.when;
                insight.numbers = {{QStringLiteral("from_step"), double(before), InsightNumber::Unit::Count},
                                   {QStringLiteral("to_step"), double(after), InsightNumber::Unit::Count},
                                   {QStringLiteral("steps"), double(after - before), InsightNumber::Unit::Count},
                                   {QStringLiteral("amount"), double(insight.stake), InsightNumber::Unit::Money}};
                insight.baseline.from = insight.from;
                insight.baseline.to = insight.to;
                insight.baseline.reps = {insight.repId};
                insight.baseline.text = tr("Ladder Pipeline, Best Case, Commit, Closed; one snapshot to the next.");
                insight.snapshots = {insight.from, insight.to};
                seriesOf(c, rows, insight, InsightNumber::Unit::Count,
                         [](const InsightContext &ctx, const SnapshotRecord &r) {
                             return double(std::max(0, ladderOf(ctx.data, r)));
                         });
                const QString moved = after > before ? tr("%n step(s) up", nullptr, after - before)
                                                     : tr("%n step(s) down", nullptr, before - after);
                insight.text = tr("%1: forecast category from %2 to %3 between %4 and %5, %6 on the ladder Pipeline, "
                                  "Best Case, Commit, Closed.")
                                   .arg(deal, ladderName(before), ladderName(after), TextFormat::date(insight.from),
                                        TextFormat::date(insight.to), moved);
                out.push_back(std::move(insight));
            }
        }

        if (activity && open) {
            const char *rule = "activity_stopped";
            const int rhythm = c.param(rule, "rhythm_weeks");
            const int minActive = c.param(rule, "min_active_weeks");
            const int quiet = c.param(rule, "quiet_weeks");
            // The last snapshot that showed new activity, then the weeks without any since.
            auto advanced = [&](size_t i) {
                const DayNumber before = c.row(rows[i - 1]).lastActivityDay, after = c.row(rows[i]).lastActivityDay;
                return after != NoDay && (before == NoDay || after > before);
            };
            size_t last = 0;
            for (size_t i = rows.size(); i-- > 1;) {
                if (advanced(i)) {
                    last = i;
                    break;
                }
            }
            const int silent = int(rows.size() - 1 - last);
            if (last > 0 && silent >= quiet && int(last) >= rhythm) {
                int active = 0;
                for (size_t i = last + 1 - size_t(rhythm); i <= last; ++i)
                    active += advanced(i) ? 1 : 0;
                if (active >= minActive) {
                    Insight insight = c.startForDeal(rule, QString(), o, now.owner);
                    insight.stake = now.amount;
                    const QDate lastActivity = QDate::fromJulianDay(c.row(rows[last]).lastActivityDay);
                    insight.episode = lastActivity;
                    insight.when = dateOf(last + 1);
                    insight.from = dateOf(last - size_t(rhythm));
                    insight.to = c.asOf;
                    insight.numbers = {{QStringLiteral("active_weeks"), double(active), InsightNumber::Unit::Weeks},
                                       {QStringLiteral("rhythm_weeks"), double(rhythm), InsightNumber::Unit::Weeks},
                                       {QStringLiteral("quiet_weeks"), double(silent), InsightNumber::Unit::Weeks},
                                       {QStringLiteral("days_since_activity"), double(lastActivity.daysTo(c.asOf)),
                                        InsightNumber::Unit::Days},
                                       {QStringLiteral("amount"), double(now.amount), InsightNumber::Unit::Money}};
                    insight.baseline.from = insight.from;
                    insight.baseline.to = dateOf(last);
                    insight.baseline.reps = {insight.repId};
                    insight.baseline.text =
                        tr("New activity in %1 of the %2 snapshots %3.")
                            .arg(active)
                            .arg(rhythm)
                            .arg(InsightText::dateRange(dateOf(last + 1 - size_t(rhythm)), dateOf(last)));
                    insight.snapshots = {dateOf(last + 1 - size_t(rhythm)), dateOf(last), c.asOf};
                    seriesOf(c, rows, insight, InsightNumber::Unit::Days,
                             [](const InsightContext &ctx, const SnapshotRecord &r) {
                                 return r.lastActivityDay == NoDay
                                     ? 0.0
                                     : double(ctx.data.snapshotDay(r.dateIndex) - r.lastActivityDay);
                             });
                    insight.text = tr("%1: new activity in %2 to %3, none in the %4 since (last activity %5).")
                                       .arg(deal, InsightText::weeksOf(active, rhythm), TextFormat::date(dateOf(last)),
                                            InsightText::weeks(silent), TextFormat::date(lastActivity));
                    out.push_back(std::move(insight));
                }
            }
        }
    }
}

} // namespace dmc
