#include "QuotaAmounts.h"

#include <QHash>

namespace dmc {

std::vector<Quota> QuotaAmounts::inReportingCurrency(const std::vector<Quota> &quotas,
                                                     const CurrencyConverter &converter)
{
    std::vector<Quota> result;
    QHash<QString, size_t> indexOf; // "rep|period" -> index in result
    for (const Quota &quota : quotas) {
        const DayNumber day = quota.rateDate.isValid() ? DayNumber(quota.rateDate.toJulianDay()) : NoDay;
        const Cents amount =
            quota.currency.isEmpty() ? quota.amount : converter.toReporting(quota.amount, quota.currency, day);
        const QString key = quota.repId + u'|' + quota.period;
        if (const auto it = indexOf.constFind(key); it != indexOf.constEnd()) {
            result[*it].amount += amount;
            continue;
        }
        indexOf.insert(key, result.size());
        result.push_back(Quota{quota.repId, quota.period, amount, {}, {}});
    }
    return result;
}

} // namespace dmc
