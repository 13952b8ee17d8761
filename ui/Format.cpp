#include "Format.h"

#include "i18n/Translations.h"

#include <cmath>

namespace dmc::ui {

QString Format::currencySymbol(const QString &currency)
{
    // Russian writing puts the ISO code after the amount («1 250 000 USD», translations/GLOSSARY.md).
    if (Translations::locale().language() == QLocale::Russian)
        return currency.isEmpty() ? Translations::locale().currencySymbol(QLocale::CurrencyIsoCode) : currency;
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("RUB"))
        return QStringLiteral("₽");
    return currency.isEmpty() ? Translations::locale().currencySymbol() : currency;
}

QString Format::money(Cents cents, const QString &currency)
{
    const double units = std::round(double(cents) / 100.0);
    return Translations::locale().toCurrencyString(units, currencySymbol(currency), 0);
}

QString Format::compactMoney(Cents cents, const QString &currency)
{
    const QLocale locale = Translations::locale();
    const double units = double(cents) / 100.0;
    const double magnitude = std::abs(units);
    QString number;
    if (magnitude >= 1e9)
        number = tr("%1B", "billions").arg(locale.toString(units / 1e9, 'f', 1));
    else if (magnitude >= 1e6)
        number = tr("%1M", "millions").arg(locale.toString(units / 1e6, 'f', magnitude >= 1e8 ? 0 : 1));
    else if (magnitude >= 1e3)
        number = tr("%1K", "thousands").arg(locale.toString(units / 1e3, 'f', 0));
    else
        number = locale.toString(units, 'f', 0);
    // Currency placement follows the locale: "$1.2M" in English, "1,2 млн USD" in Russian.
    const QString symbol = currencySymbol(currency);
    if (locale.language() == QLocale::Russian)
        return number + QChar(0x00A0) + symbol;
    return symbol + number;
}

QString Format::moneyDelta(Cents delta, const QString &currency)
{
    if (delta == 0)
        return tr("no change");
    const QString magnitude = compactMoney(delta < 0 ? -delta : delta, currency);
    return (delta > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + magnitude;
}

QString Format::percent(double share, int decimals)
{
    return Translations::locale().toString(share * 100.0, 'f', decimals) + QStringLiteral("%");
}

QString Format::ratio(double value)
{
    return tr("%1x", "coverage ratio").arg(Translations::locale().toString(value, 'f', 1));
}

QString Format::date(QDate date)
{
    return date.isValid() ? Translations::locale().toString(date, QLocale::ShortFormat) : QString();
}

QString Format::number(qint64 value)
{
    return Translations::locale().toString(value);
}

} // namespace dmc::ui
