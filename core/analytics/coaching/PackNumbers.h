#pragma once

#include "analytics/numbers/ChangeBridge.h"
#include "analytics/numbers/Numbers.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// The coaching pack's "Numbers and changes": one row per measure of the cockpit's tiles with
// its value at the as-of snapshot and its change since the compare-to snapshot, written the
// way the tiles write them (CompactFormat: "$139K", "+$521K", "2.6x"), so a pack and the
// cockpit read the same. The exact values stay beside the text for the JSON.
class PackNumbers
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PackNumbers)

public:
    struct Row
    {
        enum class Kind : quint8 { Money, Ratio };
        QString key; // quota, won, commit, best_case, pipeline, gap, coverage, required_weekly_run_rate
        Kind kind = Kind::Money;
        std::optional<double> value;    // cents (Money) or the ratio; none: covered, no weeks left or no quota
        std::optional<double> previous; // the same at the compare-to snapshot (none without one)
        QString label;                  // translated, as the tile's caption
        QString valueText;              // "$685K", "2.6x", "covered"
        QString changeText;             // "+$521K", "−0.2x", "no change"; "" without a compare-to
    };

    // `compared`: `before` holds the numbers at a compare-to snapshot.
    static std::vector<Row> rows(const Numbers &now, const Numbers &before, bool compared, const QString &currency);
    // "Open pipeline $1.2M → $943K: decreased $19K, pushed out $225K." naming only the movements
    // that are not zero ("Open pipeline $1.2M, unchanged." when none moved).
    static QString bridgeText(const ChangeBridge &total, const QString &currency);
};

} // namespace dmc
