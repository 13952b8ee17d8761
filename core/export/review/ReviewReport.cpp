#include "ReviewReport.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/review/ReviewText.h"
#include "analytics/text/TextFormat.h"
#include "export/agenda/AgendaReport.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

namespace {

using Align = Report::Align;

QString averageOr(const std::optional<double> &cents)
{
    return cents ? ReportFormat::money(Cents(std::llround(*cents))) : ReportFormat::none();
}

QString count(qint64 value)
{
    return ReportFormat::number(value);
}

// Left-aligned first columns, the rest numbers.
// Column heads are short (the "column head" translations): a right-aligned head stays on one
// line in the PDF, and eight long Russian heads would squeeze the group names out of the page.
Report::Table splitTable(const SegmentedBridge &split)
{
    Report::Table table;
    table.header = {split.dimension == SegmentedBridge::Dimension::DealType ? ReviewReport::tr("Deal type")
                                                                            : ReviewReport::tr("Segment"),
                    ReviewReport::tr("Baseline", "column head"),
                    ReviewReport::tr("Volume"),
                    ReviewReport::tr("Win rate", "column head"),
                    ReviewReport::tr("Average won deal", "column head"),
                    ReviewReport::tr("Mix"),
                    ReviewReport::tr("Actual"),
                    ReviewReport::tr("Decided, won")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()) - 1);
    table.align << Align::Left; // "175 → 202, 67 → 113" may wrap after its comma
    const auto row = [&](const QString &name, const BookingsBridge &b) {
        table.rows.push_back(
            {name, ReportFormat::money(b.baseline.bookings), ReportFormat::signedMoney(b.volume.amount),
             ReportFormat::signedMoney(b.winRate.amount), ReportFormat::signedMoney(b.size.amount),
             ReportFormat::signedMoney(b.mix.amount), ReportFormat::money(b.actual.bookings),
             ReviewReport::tr("%1 → %2, %3 → %4")
                 .arg(count(b.baseline.decided), count(b.actual.decided), count(b.baseline.won), count(b.actual.won))});
    };
    for (const BookingsBridge &group : split.groups)
        row(SegmentedBridge::groupName(split.dimension, group.group), group);
    row(ReviewReport::tr("Total"), split.total);
    return table;
}

Report::Table valuesTable(const std::vector<WinLoss::ValueRow> &rows, const QString &heading, bool withShare)
{
    Report::Table table;
    table.header = {heading, ReviewReport::tr("Lost"), ReviewReport::tr("Amount")};
    if (withShare)
        table.header << ReviewReport::tr("Share of lost");
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const auto &row : rows) {
        table.rows.push_back({row.value, count(row.lost.count), ReportFormat::money(row.lost.amount)});
        if (withShare)
            table.rows.back() << ReportFormat::percentOr(row.share);
    }
    return table;
}

Report::Table groupsTable(const std::vector<WinLoss::GroupRow> &rows, bool reps)
{
    Report::Table table;
    table.header = {reps ? ReviewReport::tr("Rep") : ReviewReport::tr("District")};
    if (reps)
        table.header << ReviewReport::tr("District");
    table.header << ReviewReport::tr("n") << ReviewReport::tr("Won") << ReviewReport::tr("Won amount", "column head")
                 << ReviewReport::tr("Lost, reason", "column head")
                 << ReviewReport::tr("Lost, no reason", "column head") << ReviewReport::tr("No decision", "column head")
                 << ReviewReport::tr("Win rate", "column head");
    table.align = Report::Table::alignRightFrom(reps ? 2 : 1, int(table.header.size()));
    for (const auto &row : rows) {
        QStringList cells{row.name};
        if (reps)
            cells << (row.district.isEmpty() ? ReportFormat::none() : row.district);
        cells << count(row.decided()) << count(row.won.count) << ReportFormat::money(row.won.amount)
              << count(row.lostWithReason.count) << count(row.lostWithoutReason.count) << count(row.noDecision.count)
              << ReportFormat::percentOr(row.winRate());
        table.rows.push_back(cells);
    }
    return table;
}

void addBridge(Report &report, const QuarterlyReview &review, const Dataset &dataset)
{
    report.addSection(ReviewReport::tr("Bookings bridge"));
    report.addParagraph(ReviewText::headline(review, dataset));
    report.addTable(ReviewReport::bridgeTable(review));
    report.addNote(ReviewReport::tr("Bookings = decided deals × win rate × average won deal. The three terms over the "
                                    "scope are the Shapley values of the three factors: each factor's change averaged "
                                    "over the six orders in which the three can change, so the split does not depend "
                                    "on an order. The split by deal type adds each type's share of the decided deals "
                                    "as a fourth factor (mix); its terms add up to the same difference. Terms are "
                                    "rounded to the cent and the residue goes to the largest term."));
}

void addSplits(Report &report, const QuarterlyReview &review)
{
    report.addSection(ReviewReport::tr("By deal type"));
    report.addTable(splitTable(review.byDealType));
    report.addSection(ReviewReport::tr("By account segment"));
    if (review.baselineKind == ReviewBaseline::Kind::Plan)
        report.addParagraph(ReviewReport::tr("A plan has no account segments: no split by segment."));
    else
        report.addTable(splitTable(review.bySegment));
}

void addWinLoss(Report &report, const QuarterlyReview &review)
{
    const WinLoss &w = review.winLoss;
    report.addSection(ReviewReport::tr("Win and loss"));
    report.addParagraph(ReviewText::winLossSummary(w, review.reportingCurrency));
    for (const QString &note : ReviewText::winLossNotes(w))
        report.addNote(note);
    if (!w.reasons.empty()) {
        report.addSection(ReviewReport::tr("By loss reason"), 2);
        report.addTable(valuesTable(w.reasons, ReviewReport::tr("Loss reason"), w.sharesShown()));
    }
    if (!w.competitors.empty()) {
        report.addSection(ReviewReport::tr("By competitor"), 2);
        report.addTable(valuesTable(w.competitors, ReviewReport::tr("Competitor"), w.sharesShown()));
    }
    if (!w.districts.empty() || !w.reps.empty())
        report.addNote(ReviewReport::tr("Below, n is the number of decided deals (won and lost); the win rate is "
                                        "won / n."));
    if (!w.districts.empty()) {
        report.addSection(ReviewReport::tr("By district"), 2);
        report.addTable(groupsTable(w.districts, false));
    }
    if (!w.reps.empty()) {
        report.addSection(ReviewReport::tr("By rep"), 2);
        report.addTable(groupsTable(w.reps, true));
    }
}

void addSources(Report &report, const QuarterlyReview &review)
{
    report.addSection(ReviewReport::tr("Source mix"));
    Report::Table table;
    table.header = {ReviewReport::tr("Source"),  ReviewReport::tr("Created"), ReviewReport::tr("Created amount"),
                    ReviewReport::tr("Decided"), ReviewReport::tr("Won"),     ReviewReport::tr("Bookings"),
                    ReviewReport::tr("Win rate")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const auto &row : review.sourceMix.rows)
        table.rows.push_back({SourceGroups::name(row.group), count(row.created), ReportFormat::money(row.createdAmount),
                              count(row.decided), count(row.won), ReportFormat::money(row.bookings),
                              ReportFormat::percentOr(row.winRate)});
    report.addTable(table);
    report.addNote(ReviewReport::tr("Created: deals created in the period, at their amount at the review snapshot. "
                                    "The group is read from the deal's lead source."));
}

void addRenewals(Report &report, const QuarterlyReview &review)
{
    const RenewalOutlook &outlook = review.renewals;
    report.addSection(ReviewReport::tr("Renewal outlook"));
    report.addParagraph(
        ReviewReport::tr("Renewals due %1 to %2, by the account's latest health reading on or before "
                         "%3; trend over the watchlist's 30 days.")
            .arg(ReportFormat::date(outlook.from), ReportFormat::date(outlook.to), ReportFormat::date(outlook.asOf)));
    // Five columns: the trend and the renewal deals' categories as "a / b / c / d" each, in the
    // order their heads give.
    Report::Table table;
    table.header = {ReviewReport::tr("Health"), ReviewReport::tr("Accounts"), ReviewReport::tr("ARR"),
                    ReviewReport::tr("Health fell / flat / rose / no trend"),
                    ReviewReport::tr("Renewal deal in Commit / Best Case / Pipeline / none")};
    table.align = {Align::Left, Align::Right, Align::Right, Align::Left, Align::Left};
    table.widths = {22, 11, 14, 26, 27};
    const QString slash = QStringLiteral(" / ");
    for (const auto &band : outlook.bands) {
        if (band.accounts == 0)
            continue;
        table.rows.push_back(
            {RenewalOutlook::bandName(band.band), count(band.accounts), ReportFormat::money(band.arr),
             QStringList{count(band.fell), count(band.flat), count(band.rose), count(band.noTrend)}.join(slash),
             QStringList{count(band.renewalCategories[0]), count(band.renewalCategories[1]),
                         count(band.renewalCategories[2]), count(band.withoutRenewalDeal)}
                 .join(slash)});
    }
    if (table.rows.empty())
        report.addParagraph(ReviewReport::tr("No account of the scope renews in these dates."));
    else
        report.addTable(table);
}

void addAccuracy(Report &report, const QuarterlyReview &review)
{
    report.addSection(ReviewReport::tr("Forecast accuracy, last closed periods"));
    if (review.accuracy.periods.empty()) {
        report.addParagraph(
            ReviewReport::tr("No closed period: accuracy needs a snapshot on or after a period's last day."));
        return;
    }
    Report::Table table;
    table.header = {ReviewReport::tr("Period"), ReviewReport::tr("WAPE T-14"), ReviewReport::tr("WAPE T-7"),
                    ReviewReport::tr("Slip rate T-14"), ReviewReport::tr("Slip rate T-7")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const AccuracyPeriod &p : review.accuracy.periods)
        table.rows.push_back({p.period.label(), ReportFormat::percentOr(p.scopeTotal.wapeT14),
                              ReportFormat::percentOr(p.scopeTotal.wapeT7), ReportFormat::percentOr(p.slipRateT14),
                              ReportFormat::percentOr(p.slipRateT7)});
    report.addTable(table);
}

void addDistricts(Report &report, const DistrictComparison &c)
{
    // One row per metric, one column per district and the median: the metrics' names are long
    // ("coverage at the period's start") and wrap in the first column, district names are short.
    report.addSection(ReviewReport::tr("Districts of region %1").arg(c.region));
    Report::Table table;
    table.header = {ReviewReport::tr("Metric")};
    for (const auto &row : c.rows)
        table.header << row.district;
    table.header << ReviewReport::tr("Region median");
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (auto metric : DistrictComparison::metrics) {
        // A row head, where the sentences use the name in lower case.
        QStringList cells{TextFormat::capitalized(DistrictComparison::metricName(metric))};
        const auto show = [&](const DistrictComparison::Values &values) {
            const auto &value = values[size_t(metric)];
            return value ? DistrictComparison::show(metric, *value) : ReportFormat::none();
        };
        for (const auto &row : c.rows)
            cells << show(row.values);
        cells << show(c.median);
        table.rows.push_back(cells);
    }
    report.addTable(table);
    if (!c.descriptions.isEmpty())
        report.addBullets(c.descriptions);
    QStringList insights;
    for (const Insight &insight : c.insights)
        insights << insight.text;
    if (!insights.isEmpty()) {
        report.addSection(ReviewReport::tr("Region outliers and dichotomies"), 2);
        report.addBullets(insights);
    }
}

QString baselineText(const QuarterlyReview &review)
{
    switch (review.baselineKind) {
    case ReviewBaseline::Kind::PreviousPeriod:
        return ReviewReport::tr("%1, the previous period").arg(AgendaReport::periodText(review.baseline.period));
    case ReviewBaseline::Kind::LastYear:
        return ReviewReport::tr("%1, the same period a year before")
            .arg(AgendaReport::periodText(review.baseline.period));
    case ReviewBaseline::Kind::Plan: break;
    }
    return ReviewReport::tr("the plan for %1 in %2").arg(review.baseline.period.label(), review.planFile);
}

} // namespace

Report::Table ReviewReport::bridgeTable(const QuarterlyReview &review)
{
    const BookingsBridge &scope = review.bridge;
    const BookingsBridge &byType = review.byDealType.total;
    Report::Table table;
    table.header = {tr("Step"), tr("Over the scope"), tr("Split by deal type"), tr("Measured from")};
    table.align = {Align::Left, Align::Right, Align::Right, Align::Left};
    table.widths = {26, 16, 18, 40};
    table.rows.push_back({tr("Baseline: %1").arg(review.baseline.period.label()),
                          ReportFormat::money(scope.baseline.bookings), ReportFormat::money(byType.baseline.bookings),
                          tr("%1 decided, %2 won").arg(count(scope.baseline.decided), count(scope.baseline.won))});
    table.rows.push_back({tr("Volume"), ReportFormat::signedMoney(scope.volume.amount),
                          ReportFormat::signedMoney(byType.volume.amount),
                          tr("decided deals %1 → %2").arg(count(scope.baseline.decided), count(scope.actual.decided))});
    table.rows.push_back({tr("Win rate"), ReportFormat::signedMoney(scope.winRate.amount),
                          ReportFormat::signedMoney(byType.winRate.amount),
                          tr("%1 → %2").arg(ReportFormat::percentOr(scope.baseline.winRate()),
                                            ReportFormat::percentOr(scope.actual.winRate()))});
    table.rows.push_back(
        {tr("Average won deal"), ReportFormat::signedMoney(scope.size.amount),
         ReportFormat::signedMoney(byType.size.amount),
         tr("%1 → %2").arg(averageOr(scope.baseline.averageWon()), averageOr(scope.actual.averageWon()))});
    table.rows.push_back({tr("Mix"), ReportFormat::none(), ReportFormat::signedMoney(byType.mix.amount),
                          tr("the deal types' shares of the decided deals")});
    table.rows.push_back({tr("Actual: %1").arg(review.actual.period.label()),
                          ReportFormat::money(scope.actual.bookings), ReportFormat::money(byType.actual.bookings),
                          tr("%1 decided, %2 won").arg(count(scope.actual.decided), count(scope.actual.won))});
    table.rows.push_back({tr("Difference"), ReportFormat::signedMoney(scope.difference),
                          ReportFormat::signedMoney(byType.difference), QString()});
    return table;
}

Report ReviewReport::build(const QuarterlyReview &review, const Dataset &dataset, const QDateTime &generatedAt)
{
    Report report;
    report.language = Translations::currentLanguage();
    const QString scope = review.query.scope.displayName(dataset);
    report.title =
        review.actual.period.isMonth() ? tr("Monthly review: %1").arg(scope) : tr("Quarterly review: %1").arg(scope);
    report.subtitle = TextFormat::capitalized(
        tr("%1 against %2 \u00b7 as of %3")
            .arg(review.actual.period.label(),
                 review.baselineKind == ReviewBaseline::Kind::Plan ? tr("the plan") : review.baseline.period.label(),
                 ReportFormat::date(review.query.asOf)));
    report.header = {{tr("Scope"), scope},
                     {tr("Period"), AgendaReport::periodText(review.actual.period)},
                     {tr("Baseline"), baselineText(review)},
                     {tr("As of"), ReportFormat::date(review.query.asOf)},
                     {tr("Read at"), ReviewText::snapshotLine(review.actual)},
                     {tr("Baseline read at"), ReviewText::baselineLine(review)},
                     {tr("Amounts"), tr("%1, whole units").arg(review.reportingCurrency)}};

    addBridge(report, review, dataset);
    addSplits(report, review);
    addWinLoss(report, review);
    addSources(report, review);
    addRenewals(report, review);
    addAccuracy(report, review);
    if (review.districts)
        addDistricts(report, *review.districts);

    report.footer = tr("Generated by DM Cockpit on %1 from the CRM snapshot of %2.")
                        .arg(ReportFormat::date(generatedAt.date()) + QLatin1Char(' ')
                                 + generatedAt.time().toString(QStringLiteral("HH:mm")),
                             ReportFormat::date(review.query.asOf));
    return report;
}

} // namespace dmc
