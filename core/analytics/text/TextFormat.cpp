#include "TextFormat.h"

#include "i18n/Translations.h"

namespace dmc {

QString TextFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("-");
    const QLocale locale = Translations::locale();
    return locale.toString(date,
                           locale.language() == QLocale::Russian ? QStringLiteral("dd.MM.yyyy")
                                                                 : QStringLiteral("yyyy-MM-dd"));
}

QString TextFormat::number(qint64 value)
{
    return Translations::locale().toString(value);
}

QString TextFormat::percent(double fraction, int decimals)
{
    return Translations::locale().toString(fraction * 100.0, 'f', decimals) + u'%';
}

QString TextFormat::money(Cents cents, const QString &currency)
{
    const QLocale locale = Translations::locale();
    const QString amount =
        cents % 100 == 0 ? locale.toString(cents / 100) : locale.toString(double(cents) / 100.0, 'f', 2);
    return withCurrency(amount, currency);
}

QString TextFormat::withCurrency(const QString &number, const QString &currency)
{
    if (currency.isEmpty())
        return number;
    // Russian keeps the number and its currency on one line (no-break space), as it writes them;
    // English generated text has always used a plain space ("120,000 USD").
    const bool russian = Translations::locale().language() == QLocale::Russian;
    return number + (russian ? QChar(0x00A0) : QChar(u' ')) + currencySign(currency);
}

QString TextFormat::currencySign(const QString &currency)
{
    if (currency == QLatin1String("RUB") && Translations::locale().language() == QLocale::Russian)
        return QStringLiteral("\u20BD");
    return currency;
}

} // namespace dmc
