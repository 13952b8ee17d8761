#include "ReviewBaseline.h"

#include "domain/FiscalCalendar.h"
#include "domain/FiscalPeriod.h"

namespace dmc {

std::optional<ReviewBaseline::Kind> ReviewBaseline::parse(const QString &text)
{
    if (text == QLatin1String("previous"))
        return Kind::PreviousPeriod;
    if (text == QLatin1String("last-year"))
        return Kind::LastYear;
    return std::nullopt;
}

QString ReviewBaseline::key(Kind kind)
{
    return kind == Kind::PreviousPeriod ? QStringLiteral("previous") : QStringLiteral("last-year");
}

FiscalPeriod ReviewBaseline::periodFor(Kind kind, const FiscalPeriod &reviewed, const FiscalCalendar &calendar)
{
    if (kind == Kind::PreviousPeriod)
        return calendar.previous(reviewed);
    return calendar.period(reviewed.fiscalYear - 1, reviewed.quarter);
}

} // namespace dmc
