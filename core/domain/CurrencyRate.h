#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// Salesforce CurrencyType semantics: units of `code` per one unit of the reporting
// currency, so reporting amount = amount / rate. The reporting currency has rate 1.
// A rate with a start date is a dated rate (Salesforce's DatedConversionRate): it holds from
// that date until the next dated rate of the same currency, and converts a deal by its close date.
struct CurrencyRate
{
    QString code;
    double rate = 1.0;
    bool isReporting = false;
    QDate startDate; // null: the currency's undated rate
};

} // namespace dmc
