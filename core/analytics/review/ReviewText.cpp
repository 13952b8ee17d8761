#include "ReviewText.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/insights/InsightText.h"
#include "analytics/text/TextFormat.h"

namespace dmc {

namespace {

QString percentOr(const std::optional<double> &value)
{
    return value ? TextFormat::percent(*value) : ReviewText::tr("none", "no value");
}

QString moneyOr(const std::optional<double> &cents, const QString &currency)
{
    return cents ? TextFormat::money(Cents(std::llround(*cents)), currency) : ReviewText::tr("none", "no value");
}

QString baselineName(ReviewBaseline::Kind kind)
{
    switch (kind) {
    case ReviewBaseline::Kind::PreviousPeriod: return ReviewText::tr("the previous period");
    case ReviewBaseline::Kind::LastYear: return ReviewText::tr("the same period a year before");
    case ReviewBaseline::Kind::Plan: break;
    }
    return ReviewText::tr("the plan");
}

} // namespace

QString ReviewText::headline(const QuarterlyReview &review, const Dataset &dataset)
{
    const QString currency = review.reportingCurrency;
    return tr("Bookings %1, %2: %3 against %4 in %5 (%6): %7.")
        .arg(review.actual.period.label(), review.query.scope.displayName(dataset),
             TextFormat::money(review.bridge.actual.bookings, currency),
             TextFormat::money(review.bridge.baseline.bookings, currency), review.baseline.period.label(),
             baselineName(review.baselineKind), InsightText::signedMoney(review.bridge.difference, currency));
}

QString ReviewText::method()
{
    return tr("Bookings = decided deals × win rate × average won deal. Each term is the factor's Shapley value: its "
              "change averaged over every order in which the factors can change, so the split does not depend on an "
              "order. The terms are rounded to the cent and the residue goes to the largest term, so they add up to "
              "the difference exactly.");
}

QStringList ReviewText::terms(const BookingsBridge &bridge, const QString &currency, bool withMix)
{
    QStringList lines;
    lines << tr("Volume: %1 (decided deals %2 → %3).")
                 .arg(InsightText::signedMoney(bridge.volume.amount, currency),
                      TextFormat::number(bridge.baseline.decided), TextFormat::number(bridge.actual.decided));
    lines << tr("Win rate: %1 (%2 → %3).")
                 .arg(InsightText::signedMoney(bridge.winRate.amount, currency), percentOr(bridge.baseline.winRate()),
                      percentOr(bridge.actual.winRate()));
    lines << tr("Average won deal: %1 (%2 → %3).")
                 .arg(InsightText::signedMoney(bridge.size.amount, currency),
                      moneyOr(bridge.baseline.averageWon(), currency), moneyOr(bridge.actual.averageWon(), currency));
    if (withMix)
        lines << tr("Mix: %1 (the groups' shares of the decided deals moved).")
                     .arg(InsightText::signedMoney(bridge.mix.amount, currency));
    return lines;
}

QString ReviewText::winLossSummary(const WinLoss &w, const QString &currency)
{
    return tr("Won %1 (%2); lost %3 with a reason (%4) and %5 without one (%6); %7 without a decision (%8).")
        .arg(TextFormat::number(w.won.count), TextFormat::money(w.won.amount, currency),
             TextFormat::number(w.lostWithReason.count), TextFormat::money(w.lostWithReason.amount, currency),
             TextFormat::number(w.lostWithoutReason.count), TextFormat::money(w.lostWithoutReason.amount, currency),
             TextFormat::number(w.noDecision.count), TextFormat::money(w.noDecision.amount, currency));
}

QStringList ReviewText::winLossNotes(const WinLoss &w)
{
    QStringList notes;
    if (!w.dataHasReasons)
        notes << tr("No deal in the data carries a loss reason: every lost deal counts as lost without a reason.");
    if (!w.dataHasCompetitors)
        notes << tr("No deal in the data names a competitor.");
    if ((w.dataHasReasons || w.dataHasCompetitors) && !w.sharesShown())
        notes << tr("%n deal(s) lost: shares are given from %1 lost deals.", nullptr, w.lost())
                     .arg(WinLoss::MinimumLostForShare);
    return notes;
}

QString ReviewText::sourceLine(const SourceMix::Row &row, const QString &currency)
{
    return tr("%1: %n deal(s) created (%2); bookings %3 from %4 won of %5 decided; win rate %6.", nullptr, row.created)
        .arg(SourceGroups::name(row.group), TextFormat::money(row.createdAmount, currency),
             TextFormat::money(row.bookings, currency), TextFormat::number(row.won), TextFormat::number(row.decided),
             percentOr(row.winRate));
}

QString ReviewText::renewalLine(const RenewalOutlook::Band &band, const QString &currency)
{
    return tr("%1: %n account(s), ARR %2; health fell %3, flat %4, rose %5, no trend %6; renewal deals in Commit %7, "
              "Best Case %8, Pipeline %9, none %10.",
              nullptr, band.accounts)
        .arg(RenewalOutlook::bandName(band.band), TextFormat::money(band.arr, currency), TextFormat::number(band.fell),
             TextFormat::number(band.flat), TextFormat::number(band.rose), TextFormat::number(band.noTrend),
             TextFormat::number(band.renewalCategories[0]), TextFormat::number(band.renewalCategories[1]),
             TextFormat::number(band.renewalCategories[2]))
        .arg(TextFormat::number(band.withoutRenewalDeal));
}

QString ReviewText::accuracyLine(const AccuracyPeriod &p)
{
    return tr("%1: WAPE T-14 %2, T-7 %3; slip rate T-14 %4, T-7 %5.")
        .arg(TextFormat::capitalized(p.period.label()), percentOr(p.scopeTotal.wapeT14), percentOr(p.scopeTotal.wapeT7),
             percentOr(p.slipRateT14), percentOr(p.slipRateT7));
}

// These lines start with the period's name: capitalised, as a month's is lower case in Russian.
QString ReviewText::snapshotLine(const PeriodDeals &deals)
{
    const QString period = TextFormat::capitalized(deals.period.label());
    if (deals.snapshot < 0)
        return tr("%1: no snapshot holds the period.").arg(period);
    if (deals.closed)
        return tr("%1: read at the snapshot of %2, the first on or after the period's last day.")
            .arg(period, TextFormat::date(deals.snapshotDate));
    return tr("%1: read at the snapshot of %2, before the period's last day (the period so far).")
        .arg(period, TextFormat::date(deals.snapshotDate));
}

QString ReviewText::baselineLine(const QuarterlyReview &review)
{
    if (review.baselineKind == ReviewBaseline::Kind::Plan)
        return tr("%1: the plan of %2 (no deals behind the planned numbers).")
            .arg(TextFormat::capitalized(review.baseline.period.label()), review.planFile);
    return snapshotLine(review.baseline);
}

QStringList ReviewText::all(const QuarterlyReview &review, const Dataset &dataset)
{
    const QString currency = review.reportingCurrency;
    QStringList lines;
    lines << headline(review, dataset) << snapshotLine(review.actual) << baselineLine(review) << method();
    lines << terms(review.bridge, currency, false);
    for (const SegmentedBridge *split : {&review.byDealType, &review.bySegment})
        for (const BookingsBridge &group : split->groups)
            lines << terms(group, currency, true);
    lines << winLossSummary(review.winLoss, currency) << winLossNotes(review.winLoss);
    for (const auto &row : review.sourceMix.rows)
        lines << sourceLine(row, currency);
    for (const auto &band : review.renewals.bands)
        lines << renewalLine(band, currency);
    for (const AccuracyPeriod &p : review.accuracy.periods)
        lines << accuracyLine(p);
    if (review.districts) {
        lines << review.districts->descriptions;
        for (const Insight &insight : review.districts->insights)
            lines << insight.text;
    }
    return lines;
}

} // namespace dmc
