#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace dmc {

// How generated sentences show numbers, money and dates: in the current language's locale
// (dmc::Translations::locale()), dates as 2026-09-01 in English and 01.09.2026 in Russian.
class TextFormat
{
public:
    static QString date(const QDate &date);
    static QString number(qint64 value);
    // A share as a percent: 0.12 -> "12%" (every percent formatter takes a fraction).
    static QString percent(double fraction, int decimals = 0);
    // "120,000 USD" in English; "120 000 USD", "1 250 000 ₽" in Russian (no-break spaces, the
    // currency after the number); cents only when there are some.
    static QString money(Cents cents, const QString &currency);
    // A formatted number followed by the currency as the current language writes it: "120,000 COP"
    // in English, "120 000 ₽" (no-break space) in Russian. Empty currency: the number alone.
    static QString withCurrency(const QString &number, const QString &currency);
    // How the current language writes a currency after a number: the ISO code, except the
    // rouble in Russian ("₽").
    static QString currencySign(const QString &currency);
    static QString dateIso(const QDate &date) { return date.toString(Qt::ISODate); }
};

} // namespace dmc
