#pragma once

#include <QMap>
#include <QString>

namespace dmc {

// The numbers an insight mark recorded when it was set (InsightMark::recorded) as stored in
// insight_mark.recorded and logged in its history: compact JSON with sorted keys, so an unchanged
// set logs no change; and back (anything not a number is left out).
QString recordedNumbersText(const QMap<QString, double> &recorded);
QMap<QString, double> recordedNumbersFrom(const QString &text);

} // namespace dmc
