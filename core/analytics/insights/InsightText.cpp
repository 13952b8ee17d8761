#include "InsightText.h"

#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

QString InsightText::days(qint64 count)
{
    return tr("%n day(s)", nullptr, int(count));
}

QString InsightText::weeks(qint64 count)
{
    return tr("%n week(s)", nullptr, int(count));
}

QString InsightText::deals(qint64 count)
{
    return tr("%n deal(s)", nullptr, int(count));
}

QString InsightText::dealsOf(qint64 part, qint64 total)
{
    // One message per phrase: in Russian the noun after «из N» agrees with N, not with the part.
    return tr("%1 of %n deal(s)", nullptr, int(total)).arg(part);
}

QString InsightText::weeksOf(qint64 part, qint64 total)
{
    return tr("%1 of the %n week(s)", nullptr, int(total)).arg(part);
}

QString InsightText::percentile(int percent)
{
    // English ordinals; the Russian catalogue writes all four as «%1-й процентиль».
    const int lastTwo = percent % 100;
    const int last = percent % 10;
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            return tr("%1st percentile").arg(percent);
        if (last == 2)
            return tr("%1nd percentile").arg(percent);
        if (last == 3)
            return tr("%1rd percentile").arg(percent);
    }
    return tr("%1th percentile").arg(percent);
}

QString InsightText::ratio(double value)
{
    return TextFormat::percent(value, 0);
}

QString InsightText::signedPercent(double change)
{
    const double rounded = std::round(change * 100.0);
    return (rounded > 0 ? QStringLiteral("+") : QString()) + TextFormat::percent(rounded / 100.0, 0);
}

namespace {
// Sentences show whole units: a converted amount's cents add digits and nothing to compare.
Cents wholeUnits(Cents cents)
{
    return Cents(std::llround(double(cents) / 100.0)) * 100;
}
} // namespace

QString InsightText::money(Cents cents, const QString &currency)
{
    return TextFormat::money(wholeUnits(cents), currency);
}

QString InsightText::signedMoney(Cents cents, const QString &currency)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + TextFormat::money(wholeUnits(cents), currency);
}

QString InsightText::decimal(double value, int decimals)
{
    return TextFormat::decimal(value, decimals);
}

QString InsightText::dateRange(const QDate &from, const QDate &to)
{
    return tr("%1 \u2013 %2").arg(TextFormat::date(from), TextFormat::date(to));
}

double InsightText::change(double before, double after)
{
    return before == 0 ? 0.0 : (after - before) / std::abs(before);
}

} // namespace dmc
