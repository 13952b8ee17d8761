#include "CurrencyCheck.h"

#include <QStringList>

#include <algorithm>
#include <climits>

namespace dmc {

CurrencyCheck::CurrencyCheck(const ImportProfile &profile, StoredCurrencies stored)
    : m_profile(profile)
    , m_stored(std::move(stored))
{
}

void CurrencyCheck::countRows(const QString &code, qint64 rows)
{
    const QString key = code.trimmed().toUpper();
    if (!key.isEmpty())
        m_rows[key] += rows;
}

void CurrencyCheck::addRates(const std::vector<CurrencyRate> &rates)
{
    for (const CurrencyRate &rate : rates)
        if (rate.rate > 0)
            m_rateCodes.insert(rate.code.trimmed().toUpper());
}

QString CurrencyCheck::reportingCurrency() const
{
    if (!m_marked.isEmpty())
        return m_marked;
    // A database with deals keeps its currency: another one would re-label the stored amounts.
    if (m_stored.hasDeals)
        return m_stored.reportingCurrency;
    if (m_profile.statesCurrency())
        return m_profile.currency();
    if (m_rows.size() == 1)
        return m_rows.constBegin().key();
    return m_stored.reportingCurrency;
}

bool CurrencyCheck::converts(const QString &code, const QString &reporting) const
{
    return code == reporting || m_rateCodes.contains(code) || m_stored.codesWithRates.contains(code);
}

QString CurrencyCheck::waysToGiveRates()
{
    return tr("give rates in the export's CurrencyType.csv or DatedConversionRate.csv (Salesforce; dated rates "
              "apply by close date), in currency_rates.csv (canonical), or in a file named with "
              "dmcockpit import ... --rates FILE");
}

std::optional<Error> CurrencyCheck::refusal(const QString &file) const
{
    return refusal(m_rows, file);
}

std::optional<Error> CurrencyCheck::refusal(const QHash<QString, qint64> &rows, const QString &file) const
{
    const QString reporting = reportingCurrency();
    QStringList codes = rows.keys();
    std::sort(codes.begin(), codes.end());
    QStringList missing;
    for (const QString &code : std::as_const(codes))
        if (!converts(code, reporting))
            missing << code;
    if (missing.isEmpty())
        return std::nullopt;

    auto listed = [&rows](const QStringList &list) {
        QStringList items;
        for (const QString &code : list)
            items << tr("%1 (%n row(s))", nullptr, int(std::min<qint64>(rows.value(code), INT_MAX))).arg(code);
        return items.join(QLatin1String(", "));
    };
    const bool noRates = m_rateCodes.isEmpty() && m_stored.codesWithRates.isEmpty();
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = file;
    const QString what = noRates && codes.size() > 1
        ? tr("amounts come in %n currencies and there are no exchange rates, so they are not added up: %1", nullptr,
             int(codes.size()))
              .arg(listed(codes))
        : tr("there is no exchange rate to %1 (the reporting currency) for %2").arg(reporting, listed(missing));
    error.message = tr("%1; %2").arg(what, waysToGiveRates());
    return error;
}

} // namespace dmc
