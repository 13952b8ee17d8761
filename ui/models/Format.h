#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dmc::ui {

// How the views show numbers, money and dates: always through the current language's QLocale.
// Money and ratios are CompactFormat's, the one format the coaching pack's exports share.
class Format
{
public:
    // "$1,234,567", "COP 1,234,567", Russian «1 234 567 ₽» (whole units; cents are noise on a
    // cockpit) in the reporting currency.
    static QString money(Cents cents, const QString &currency);
    // "$1.2M", "$845K", "COP 1.2M", Russian «1,25 млн ₽»: for tiles and chart labels.
    static QString compactMoney(Cents cents, const QString &currency);
    // "+$120K" / "-$40K" / "no change"
    static QString moneyDelta(Cents delta, const QString &currency);
    static QString percent(double share, int decimals = 0); // 0.42 -> "42%"
    static QString ratio(double value);                     // 2.43 -> "2.4x"
    static QString date(QDate date);                        // short locale date
    static QString number(qint64 value);
    // The currency as the views write it: "$" for USD in English, «₽» for RUB in Russian, else
    // the ISO code.
    static QString currencySymbol(const QString &currency);
    // A formatted number with its currency: "$" on the number, an ISO code before it in English,
    // the currency after it in Russian (no-break spaces).
    static QString placeCurrency(const QString &number, const QString &currency);
};

} // namespace dmc::ui
