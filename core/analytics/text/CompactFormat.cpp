#include "CompactFormat.h"

#include "TextFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

QString CompactFormat::currencySymbol(const QString &currency)
{
    // Russian writes the currency after the number, the rouble as «₽» and others by ISO code
    // («1 250 000 ₽», «1 250 000 USD»); English keeps "$" for the dollar and the ISO code
    // otherwise, before the number ("$1.2M", "COP 1.2M").
    if (currency.isEmpty())
        return Translations::locale().currencySymbol();
    if (Translations::locale().language() == QLocale::Russian)
        return TextFormat::currencySign(currency);
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    return currency;
}

QString CompactFormat::placeCurrency(const QString &number, const QString &currency)
{
    const QString symbol = currencySymbol(currency);
    if (Translations::locale().language() == QLocale::Russian)
        return number + QChar(0x00A0) + symbol;
    // "$" sits on the number; an ISO code is a word and keeps a (no-break) space.
    const QString separator = symbol.size() > 1 ? QString(QChar(0x00A0)) : QString();
    if (number.startsWith(u'-') || number.startsWith(TextFormat::MinusSign))
        return TextFormat::MinusSign + symbol + separator + number.mid(1);
    return symbol + separator + number;
}

QString CompactFormat::money(Cents cents, const QString &currency)
{
    return placeCurrency(TextFormat::decimal(double(cents) / 100.0, 0), currency);
}

QString CompactFormat::compactMoney(Cents cents, const QString &currency)
{
    const QLocale locale = Translations::locale();
    const bool russian = locale.language() == QLocale::Russian;
    const double units = double(cents) / 100.0;
    const double magnitude = std::abs(units);
    // Russian business text gives millions to two decimals («1,25 млн ₽»), English to one ("$1.2M").
    auto scaled = [&](double value, int decimals) {
        QString text = locale.toString(value, 'f', decimals);
        if (russian && decimals > 1) {
            const QString zero = locale.zeroDigit();
            while (text.endsWith(zero))
                text.chop(zero.size());
            if (text.endsWith(locale.decimalPoint()))
                text.chop(locale.decimalPoint().size());
        }
        return text;
    };
    QString number;
    if (magnitude < 0.5)
        number = TextFormat::number(0);
    else if (magnitude >= 1e9)
        number = tr("%1B", "billions").arg(scaled(units / 1e9, russian ? 2 : 1));
    else if (magnitude >= 1e6)
        number =
            tr("%1M", "millions").arg(scaled(units / 1e6, magnitude >= 1e8 ? 0 : (russian && magnitude < 1e7 ? 2 : 1)));
    else if (magnitude >= 1e3)
        number = tr("%1K", "thousands").arg(locale.toString(units / 1e3, 'f', 0));
    else
        number = locale.toString(units, 'f', 0);
    return placeCurrency(TextFormat::withMinusSign(number), currency);
}

QString CompactFormat::moneyDelta(Cents delta, const QString &currency)
{
    if (delta == 0)
        return tr("no change");
    const QString magnitude = compactMoney(delta < 0 ? -delta : delta, currency);
    return (delta > 0 ? QString(QLatin1Char('+')) : QString(TextFormat::MinusSign)) + magnitude;
}

QString CompactFormat::ratio(double value)
{
    return TextFormat::ratio(value);
}

QString CompactFormat::ratioDelta(double delta)
{
    const double rounded = std::round(delta * 10.0) / 10.0;
    if (rounded == 0.0)
        return tr("no change");
    return (rounded > 0 ? QString(QLatin1Char('+')) : QString(TextFormat::MinusSign)) + ratio(std::abs(rounded));
}

} // namespace dmc
