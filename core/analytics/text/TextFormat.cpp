#include "TextFormat.h"

#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

namespace {
const QChar NoBreakSpace(0x00A0);

bool russian()
{
    return Translations::locale().language() == QLocale::Russian;
}
} // namespace

QString TextFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("-");
    const QLocale locale = Translations::locale();
    return locale.toString(date,
                           locale.language() == QLocale::Russian ? QStringLiteral("dd.MM.yyyy")
                                                                 : QStringLiteral("yyyy-MM-dd"));
}

QString TextFormat::capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString TextFormat::withMinusSign(const QString &text)
{
    const QString hyphen = Translations::locale().negativeSign();
    if (text.startsWith(hyphen))
        return QString(MinusSign + text.mid(hyphen.size()));
    if (text.startsWith(u'-'))
        return QString(MinusSign + text.mid(1));
    return text;
}

QString TextFormat::number(qint64 value)
{
    return withMinusSign(Translations::locale().toString(value));
}

QString TextFormat::decimal(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale + 0.0; // no "-0"
    return withMinusSign(Translations::locale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals));
}

QString TextFormat::signedNumber(qint64 value)
{
    return value > 0 ? QString(u'+' + number(value)) : number(value);
}

QString TextFormat::percent(double fraction, int decimals)
{
    // Russian typography sets the percent sign apart from the number (no-break space); English
    // writes it on the number.
    const QString value = decimal(fraction * 100.0, decimals);
    return russian() ? QString(value + NoBreakSpace + u'%') : QString(value + u'%');
}

QString TextFormat::ratio(double value)
{
    return decimal(value, 1) + ratioSign();
}

QChar TextFormat::ratioSign()
{
    // The multiplication sign in Russian («2,6×»); English keeps the letter x it has always shown.
    return russian() ? QChar(0x00D7) : QChar(u'x');
}

QString TextFormat::money(Cents cents, const QString &currency)
{
    // Half away from zero, so −0.50 shows as −1 like 0.50 shows as 1.
    const qint64 units = cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
    return withCurrency(number(units), currency);
}

QString TextFormat::withCurrency(const QString &number, const QString &currency)
{
    if (currency.isEmpty())
        return number;
    // Russian keeps the number and its currency on one line (no-break space), as it writes them;
    // English generated text has always used a plain space ("120,000 USD").
    return number + (russian() ? NoBreakSpace : QChar(u' ')) + currencySign(currency);
}

QString TextFormat::currencySign(const QString &currency)
{
    if (currency == QLatin1String("RUB") && russian())
        return QStringLiteral("\u20BD");
    return currency;
}

} // namespace dmc
