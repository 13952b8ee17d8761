#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dmc {

// Pieces every insight sentence shares, in the current language: counts of days and weeks,
// signed percent changes, "75th percentile", "from A to B" of money. Descriptive only.
class InsightText
{
    Q_DECLARE_TR_FUNCTIONS(dmc::InsightText)

public:
    static QString days(qint64 count);                          // "41 days"
    static QString weeks(qint64 count);                         // "6 weeks"
    static QString deals(qint64 count);                         // "4 deals"
    static QString dealsOf(qint64 part, qint64 total);          // "2 of 4 deals"
    static QString weeksOf(qint64 part, qint64 total);          // "5 of the 6 weeks"
    static QString percentile(int percent);                     // "75th percentile"
    static QString ratio(double value);                         // 0.52 -> "52%"
    static QString signedPercent(double change);                // 0.18 -> "+18%", -0.2 -> "-20%"
    static QString money(Cents cents, const QString &currency); // whole units: "120,000 USD"
    static QString signedMoney(Cents cents, const QString &currency);
    static QString decimal(double value, int decimals = 1);
    static QString dateRange(const QDate &from, const QDate &to); // "2026-06-15 – 2026-12-07"
    // Relative change from `before` to `after` (0 when before is 0).
    static double change(double before, double after);
};

} // namespace dmc
