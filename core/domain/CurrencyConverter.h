#pragma once

#include "CurrencyRate.h"
#include "Money.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// Turns amounts into the reporting currency. Rates are units of a currency per one unit of the
// rates' base (Salesforce's ConversionRate); the reporting currency's own rate, when listed, is
// that base's value, so reporting = amount * rate(reporting) / rate(currency). A currency with
// dated rates is converted at the rate holding on the deal's close date; before its first dated
// rate, and without a close date, at its undated rate (else the first, resp. the latest, dated one).
class CurrencyConverter
{
public:
    // The two rates one amount is converted with.
    struct Pair
    {
        double reporting = 1.0;
        double own = 1.0;
        bool isIdentity() const { return reporting == own; }
        Cents convert(Cents amount) const;
    };

    void setReportingCurrency(const QString &code);
    QString reportingCurrency() const { return m_reporting; }
    // Codes are upper-cased; a non-positive rate is ignored.
    void addRate(const CurrencyRate &rate);

    // Whether amounts in `code` can be converted (the reporting currency, or a code with a rate).
    bool knows(const QString &code) const;
    // Whether the conversion of `code` depends on the day (either side has dated rates).
    bool isDated(const QString &code) const;
    // The rates for `code` on `day` (NoDay: no close date); nullopt when the code has no rate.
    std::optional<Pair> pair(const QString &code, DayNumber day) const;
    // amount in `code` at `day`, in reporting cents; unchanged when the code has no rate.
    Cents toReporting(Cents amount, const QString &code, DayNumber day = NoDay) const;

private:
    std::optional<double> rateOf(const QString &code, DayNumber day) const;

    QString m_reporting = QStringLiteral("USD");
    QHash<QString, double> m_undated;
    // Per code, (start day, rate) sorted by start day.
    QHash<QString, std::vector<std::pair<DayNumber, double>>> m_dated;
};

} // namespace dmc
