#pragma once

#include <QDate>

namespace dmc {

// Tenure and employment by calendar month (docs/definitions.md#tenure-month).
class Tenure
{
public:
    // Months since `rampStart` counted from 1: the month holding ramp_start is month 1, the next
    // month 2. 0 when `month` lies before ramp_start's month; -1 when ramp_start is unknown.
    static int monthOf(const QDate &rampStart, const QDate &month);
    // Employed on at least one day of the month holding `month`: started on or before its last
    // day (or no start known) and not ended before its first day.
    static bool employedIn(const QDate &start, const QDate &end, const QDate &month);
    static QDate firstDay(const QDate &date) { return QDate(date.year(), date.month(), 1); }
    static QDate lastDay(const QDate &date) { return QDate(date.year(), date.month(), date.daysInMonth()); }
};

} // namespace dmc
