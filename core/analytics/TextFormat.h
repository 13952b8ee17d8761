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
    static QString percent(double value, int decimals = 0);    // "12%"
    // "120,000 USD" / "120 000 USD"; cents only when there are some.
    static QString money(Cents cents, const QString &currency);
    static QString dateIso(const QDate &date) { return date.toString(Qt::ISODate); }
};

} // namespace dmc
