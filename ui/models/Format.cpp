#include "Format.h"

#include "analytics/text/CompactFormat.h"
#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"

namespace dmc::ui {

QString Format::currencySymbol(const QString &currency)
{
    return CompactFormat::currencySymbol(currency);
}

QString Format::placeCurrency(const QString &number, const QString &currency)
{
    return CompactFormat::placeCurrency(number, currency);
}

QString Format::money(Cents cents, const QString &currency)
{
    return CompactFormat::money(cents, currency);
}

QString Format::compactMoney(Cents cents, const QString &currency)
{
    return CompactFormat::compactMoney(cents, currency);
}

QString Format::moneyDelta(Cents delta, const QString &currency)
{
    return CompactFormat::moneyDelta(delta, currency);
}

QString Format::percent(double share, int decimals)
{
    return TextFormat::percent(share, decimals);
}

QString Format::ratio(double value)
{
    return CompactFormat::ratio(value);
}

QString Format::date(QDate date)
{
    return date.isValid() ? Translations::locale().toString(date, QLocale::ShortFormat) : QString();
}

QString Format::number(qint64 value)
{
    return TextFormat::number(value);
}

} // namespace dmc::ui
