#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace dmc {

// How generated text shows numbers, money and dates: in the current language's locale
// (dmc::Translations::locale()), dates as 2026-09-01 in English and 01.09.2026 in Russian.
// One format per language everywhere (sentences, tables, documents, the command line): a
// negative number with the minus sign U+2212 ("−24", never the hyphen), Russian units and
// percents after a no-break space («38 %», «120 000 USD»), English percents on the number
// ("38%"), coverage to one decimal ("2.6x", Russian «2,6×»).
class TextFormat
{
public:
    static constexpr QChar MinusSign{0x2212}; // never the hyphen before a negative number

    static QString date(const QDate &date);
    static QString number(qint64 value);
    // A decimal to `decimals` places; never "−0".
    static QString decimal(double value, int decimals);
    // "+5", "−5", "0".
    static QString signedNumber(qint64 value);
    // A share as a percent: 0.12 -> "12%", Russian «12 %» (every percent formatter takes a fraction).
    static QString percent(double fraction, int decimals = 0);
    // A multiple such as coverage, to one decimal: 2.63 -> "2.6x", Russian «2,6×».
    static QString ratio(double value);
    // The sign written after a multiple: "x" in English, «×» in Russian (chart axes use it too).
    static QChar ratioSign();
    // "120,000 USD" in English; "120 000 USD", "1 250 000 ₽" in Russian (no-break spaces, the
    // currency after the number); whole units (rounded half away from zero), as the documents say.
    static QString money(Cents cents, const QString &currency);
    // A formatted number followed by the currency as the current language writes it: "120,000 COP"
    // in English, "120 000 ₽" (no-break space) in Russian. Empty currency: the number alone.
    static QString withCurrency(const QString &number, const QString &currency);
    // How the current language writes a currency after a number: the ISO code, except the
    // rouble in Russian ("₽").
    static QString currencySign(const QString &currency);
    // `text` with a leading hyphen-minus (as QLocale writes it) replaced by U+2212.
    static QString withMinusSign(const QString &text);
    // `text` with its first letter in upper case: a sentence, a heading or a list item that starts
    // with a word written in lower case elsewhere (Russian month names, metric names).
    static QString capitalized(QString text);
    static QString dateIso(const QDate &date) { return date.toString(Qt::ISODate); }
};

} // namespace dmc
