#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// How the cockpit's tiles, chart labels and the coaching pack's numbers write amounts: compact
// money ("$1.2M", "$845K"; Russian «1,25 млн USD», «845 тыс. ₽»), signed changes and coverage
// ratios, in the current language's locale (Translations::locale()). One format, so the pack
// and the cockpit read the same.
class CompactFormat
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CompactFormat)

public:
    // "$1,234,567", "COP 1,234,567", Russian «1 234 567 ₽»: whole units (cents are noise on a cockpit).
    static QString money(Cents cents, const QString &currency);
    // "$1.2M", "$845K", "COP 1.2M", Russian «1,25 млн ₽».
    static QString compactMoney(Cents cents, const QString &currency);
    // "+$120K" / "−$40K" (minus sign) / "no change".
    static QString moneyDelta(Cents delta, const QString &currency);
    // 2.43 -> "2.4x"; Russian «2,4×» (TextFormat::ratio).
    static QString ratio(double value);
    // "+0.3x" / "−0.2x" / "no change" (to one decimal, as ratio() shows them).
    static QString ratioDelta(double delta);
    // The currency as the views write it: "$" for USD in English, «₽» for RUB in Russian, else
    // the ISO code.
    static QString currencySymbol(const QString &currency);
    // A formatted number with its currency: "$" on the number, an ISO code before it in English,
    // the currency after it in Russian (no-break spaces).
    static QString placeCurrency(const QString &number, const QString &currency);
};

} // namespace dmc
