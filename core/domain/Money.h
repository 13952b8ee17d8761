#pragma once

#include <QDate>
#include <QtGlobal>

namespace dmc {

// Money is held as integer cents so sums and the pipeline-change invariant are exact.
using Cents = qint64;

// Dates in hot paths are Julian day numbers (QDate::toJulianDay); 0 means "no date".
using DayNumber = qint32;
inline constexpr DayNumber NoDay = 0;

inline DayNumber dayOf(const QDate &date)
{
    return date.isValid() ? DayNumber(date.toJulianDay()) : NoDay;
}

} // namespace dmc
