#pragma once

#include <QString>

namespace dmc {

// Salesforce CurrencyType semantics: units of `code` per one unit of the reporting
// currency, so reporting amount = amount / rate. The reporting currency has rate 1.
struct CurrencyRate
{
    QString code;
    double rate = 1.0;
    bool isReporting = false;
};

} // namespace dmc
