#include "CurrencyConverter.h"

#include <algorithm>
#include <cmath>

namespace dmc {

Cents CurrencyConverter::Pair::convert(Cents amount) const
{
    // amount * 1 / rate is exactly amount / rate: databases without a listed reporting rate
    // convert to the cent as they always did.
    return isIdentity() ? amount : Cents(std::llround(double(amount) * reporting / own));
}

void CurrencyConverter::setReportingCurrency(const QString &code)
{
    if (!code.trimmed().isEmpty())
        m_reporting = code.trimmed().toUpper();
}

void CurrencyConverter::addRate(const CurrencyRate &rate)
{
    const QString code = rate.code.trimmed().toUpper();
    if (code.isEmpty() || !(rate.rate > 0))
        return;
    if (!rate.startDate.isValid()) {
        m_undated.insert(code, rate.rate);
        return;
    }
    auto &ranges = m_dated[code];
    const auto day = DayNumber(rate.startDate.toJulianDay());
    const auto at = std::lower_bound(ranges.begin(), ranges.end(), day,
                                     [](const auto &range, DayNumber d) { return range.first < d; });
    if (at != ranges.end() && at->first == day)
        at->second = rate.rate;
    else
        ranges.insert(at, {day, rate.rate});
}

bool CurrencyConverter::knows(const QString &code) const
{
    const QString key = code.trimmed().toUpper();
    return key.isEmpty() || key == m_reporting || m_undated.contains(key) || m_dated.contains(key);
}

bool CurrencyConverter::isDated(const QString &code) const
{
    const QString key = code.trimmed().toUpper();
    return m_dated.contains(key) || (m_dated.contains(m_reporting) && key != m_reporting);
}

std::optional<double> CurrencyConverter::rateOf(const QString &code, DayNumber day) const
{
    if (const auto dated = m_dated.constFind(code); dated != m_dated.constEnd() && !dated->empty()) {
        const auto &ranges = *dated;
        const auto undated = m_undated.constFind(code);
        const auto after = day == NoDay
            ? ranges.begin()
            : std::upper_bound(ranges.begin(), ranges.end(), day,
                               [](DayNumber d, const auto &range) { return d < range.first; });
        if (after != ranges.begin())
            return std::prev(after)->second; // the range holding the day
        // No close date, or a day before the first range: the undated rate where there is one,
        // else the latest dated rate (no date) or the first one (an earlier day).
        if (undated != m_undated.constEnd())
            return *undated;
        return day == NoDay ? ranges.back().second : ranges.front().second;
    }
    if (const auto undated = m_undated.constFind(code); undated != m_undated.constEnd())
        return *undated;
    return std::nullopt;
}

std::optional<CurrencyConverter::Pair> CurrencyConverter::pair(const QString &code, DayNumber day) const
{
    const QString key = code.trimmed().toUpper();
    if (key.isEmpty() || key == m_reporting)
        return Pair{};
    const auto own = rateOf(key, day);
    if (!own)
        return std::nullopt;
    // The reporting currency's rate is 1 unless the table lists it (a table on another base).
    return Pair{rateOf(m_reporting, day).value_or(1.0), *own};
}

Cents CurrencyConverter::toReporting(Cents amount, const QString &code, DayNumber day) const
{
    const auto rates = pair(code, day);
    return rates ? rates->convert(amount) : amount;
}

} // namespace dmc
