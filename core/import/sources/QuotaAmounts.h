#pragma once

#include "domain/CurrencyConverter.h"
#include "domain/Quota.h"

#include <vector>

namespace dmc {

// An import's quotas as stored: each row in the reporting currency (at the rate holding on its
// rate date, see CurrencyConverter), then the rows of one rep and period added up, in the order
// each pair first appears (Salesforce's monthly ForecastingQuota rows make one quarter).
class QuotaAmounts
{
public:
    static std::vector<Quota> inReportingCurrency(const std::vector<Quota> &quotas, const CurrencyConverter &converter);
};

} // namespace dmc
