#include "ReportFormat.h"

#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

namespace {
// Half away from zero, so -0.5 units shows as -1 like +0.5 shows as 1.
qint64 wholeUnits(Cents cents)
{
    return cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
}

QString withSign(const QString &magnitude, bool negative, bool zero)
{
    if (zero)
        return magnitude;
    // U+2212 MINUS SIGN reads as a minus in every font, unlike a hyphen in a table column.
    return (negative ? QString(QChar(0x2212)) : QStringLiteral("+")) + magnitude;
}
} // namespace

QString ReportFormat::money(Cents cents)
{
    return TextFormat::number(wholeUnits(cents));
}

QString ReportFormat::moneyWithCurrency(Cents cents, const QString &currency)
{
    return TextFormat::withCurrency(money(cents), currency);
}

QString ReportFormat::signedMoney(Cents cents)
{
    const qint64 units = wholeUnits(cents);
    return withSign(Translations::locale().toString(units < 0 ? -units : units), units < 0, units == 0);
}

QString ReportFormat::date(const QDate &date)
{
    // The same as in generated sentences (risk evidence, insights).
    return TextFormat::date(date);
}

QString ReportFormat::number(qint64 value)
{
    return TextFormat::number(value);
}

QString ReportFormat::signedNumber(qint64 value)
{
    return withSign(Translations::locale().toString(value < 0 ? -value : value), value < 0, value == 0);
}

QString ReportFormat::ratio(double value)
{
    return TextFormat::ratio(value);
}

QString ReportFormat::signedRatio(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return withSign(TextFormat::ratio(std::abs(rounded)), rounded < 0, rounded == 0.0);
}

QString ReportFormat::percent(double fraction)
{
    return TextFormat::percent(fraction);
}

QString ReportFormat::none()
{
    return QStringLiteral("\u2013");
}

QString ReportFormat::percentOr(const std::optional<double> &fraction)
{
    return fraction ? percent(*fraction) : none();
}

} // namespace dmc
