#pragma once

#include "analytics/review/QuarterlyReview.h"
#include "export/render/Report.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dmc {

class Dataset;

// Lays out a quarterly review as a Report in the current language, ready to send: the header
// (scope, period, baseline, the snapshots read), the bookings bridge (over the scope, and split by
// deal type with the mix) with how the terms are computed, the splits by deal type and account
// segment, win and loss (reasons and competitors, shares only from the minimum n, per district and
// rep with n), source mix, renewal outlook, the accuracy trend and, on a region, the district
// comparison with its described highs and lows. Amounts in whole reporting-currency units, signed
// where they are changes. Every sentence describes (ReviewText); none advises.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ReviewReport)

public:
    static Report build(const QuarterlyReview &review, const Dataset &dataset, const QDateTime &generatedAt);
    // The bridge as rows: baseline, volume, win rate, average won deal, mix, actual; the columns
    // are the step, the three-factor amount over the scope, the four-factor amount of the split
    // by deal type and what each term was measured from.
    static Report::Table bridgeTable(const QuarterlyReview &review);
};

} // namespace dmc
