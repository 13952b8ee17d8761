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
    if (text.startsWith(QLatin1String("plan:")) && text.size() > 5)
        return Kind::Plan;
    return std::nullopt;
}

QString ReviewBaseline::key(Kind kind)
{
    switch (kind) {
    case Kind::PreviousPeriod: return QStringLiteral("previous");
    case Kind::LastYear: return QStringLiteral("last-year");
    case Kind::Plan: break;
    }
    return QStringLiteral("plan");
}

FiscalPeriod ReviewBaseline::periodFor(Kind kind, const FiscalPeriod &reviewed, const FiscalCalendar &calendar)
{
    if (kind == Kind::PreviousPeriod)
        return calendar.previous(reviewed);
    if (kind == Kind::LastYear)
        return calendar.yearBefore(reviewed);
    return reviewed;
}

} // namespace dmc
