#pragma once

#include "QuarterlyReview.h"

#include <QCoreApplication>
#include <QStringList>

namespace dmc {

class Dataset;

// The sentences of a quarterly review in the current language: signed deltas with what they
// were measured from, never a verdict (docs/definitions.md#descriptive-language).
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ReviewText)

public:
    // "Bookings Q3 FY2026, District East: 1,200,000 USD against 950,000 USD in Q2 FY2026 (the previous period): +250,000 USD."
    static QString headline(const QuarterlyReview &review, const Dataset &dataset);
    // How the terms are computed (Shapley, the rounding rule), one sentence.
    static QString method();
    // One line per term of a bridge: "Volume: +120,000 USD (decided deals 40 → 46)."
    static QStringList terms(const BookingsBridge &bridge, const QString &currency, bool withMix);
    static QString winLossSummary(const WinLoss &winLoss, const QString &currency);
    // Why shares are missing, or that the data has no reasons / competitors; empty lines left out.
    static QStringList winLossNotes(const WinLoss &winLoss);
    static QString sourceLine(const SourceMix::Row &row, const QString &currency);
    static QString renewalLine(const RenewalOutlook::Band &band, const QString &currency);
    static QString accuracyLine(const AccuracyPeriod &period);
    // Which snapshot each period was read at, and whether it was closed.
    static QString snapshotLine(const PeriodDeals &deals);
    // The baseline's line: its snapshot, or the plan file it was read from.
    static QString baselineLine(const QuarterlyReview &review);
    // Every generated sentence of the review (for the descriptive-language check and the text output).
    static QStringList all(const QuarterlyReview &review, const Dataset &dataset);
};

} // namespace dmc
