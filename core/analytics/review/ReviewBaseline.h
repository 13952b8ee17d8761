#pragma once

#include <QString>

#include <optional>

namespace dmc {

class FiscalCalendar;
struct FiscalPeriod;

// What the reviewed period is compared with: the scope's previous period, the same period a
// year before (four quarters back), or a plan file for the period itself.
class ReviewBaseline
{
public:
    enum class Kind : quint8 { PreviousPeriod, LastYear, Plan };

    static std::optional<Kind> parse(const QString &text); // "previous" | "last-year" | "plan:FILE"
    static QString key(Kind kind);
    static FiscalPeriod periodFor(Kind kind, const FiscalPeriod &reviewed, const FiscalCalendar &calendar);
};

} // namespace dmc
