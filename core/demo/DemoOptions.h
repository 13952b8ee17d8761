#pragma once

#include <QDate>
#include <QtGlobal>

namespace dmc {

// What the demo generator makes. The defaults are the embedded demo district:
// 1 region, 3 districts of 8-10 reps, ~900 deals, 26 weekly snapshots.
struct DemoOptions
{
    quint64 seed = 1;
    int reps = 0; // 0: 3 districts of 8-10 reps each; otherwise districts of ~10, regions of ~5 districts
    int deals = 900;
    int weeks = 26; // weekly snapshots (Mondays) ending at lastSnapshot
    // The as-of date of the demo. A Monday in week 11 of 2026Q4 (calendar fiscal year), so the
    // snapshots cover 2026Q3 and most of 2026Q4. Fixed so the demo never depends on today.
    QDate lastSnapshot = QDate(2026, 12, 7);
};

} // namespace dmc
