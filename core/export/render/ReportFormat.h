#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

// How exported documents show values, in the current language's locale
// (dmc::Translations::locale()). Tables show whole currency units without the code; the
// document header names the reporting currency once. Dates as in generated sentences:
// 2026-11-16 in English, 16.11.2026 in Russian.
class ReportFormat
{
public:
    static QString money(Cents cents); // "1,250,000" (rounded to whole units)
    // "1,250,000 USD"; Russian "1 250 000 ₽" (TextFormat::withCurrency).
    static QString moneyWithCurrency(Cents cents, const QString &currency);
    static QString signedMoney(Cents cents); // "+20,000", "−5,000", "0"
    static QString date(const QDate &date);  // "-" when invalid
    static QString number(qint64 value);
    static QString signedNumber(qint64 value);
    static QString ratio(double value);       // coverage "2.4x", Russian «2,4×» (TextFormat::ratio)
    static QString signedRatio(double value); // "+0.3x"
    static QString percent(double fraction);  // 0.42 -> "42%", Russian «42 %» (TextFormat::percent)
    // A cell with no value (a rate of nothing decided, a term a split does not have): an en dash.
    static QString none();
    static QString percentOr(const std::optional<double> &fraction); // percent, or none()
};

} // namespace dmc
