#include "Tenure.h"

namespace dmc {

int Tenure::monthOf(const QDate &rampStart, const QDate &month)
{
    if (!rampStart.isValid())
        return -1;
    const int months = (month.year() - rampStart.year()) * 12 + month.month() - rampStart.month();
    return months < 0 ? 0 : months + 1;
}

bool Tenure::employedIn(const QDate &start, const QDate &end, const QDate &month)
{
    if (start.isValid() && start > lastDay(month))
        return false;
    return !end.isValid() || end >= firstDay(month);
}

} // namespace dmc
