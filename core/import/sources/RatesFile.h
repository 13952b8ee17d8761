#pragma once

#include "domain/CurrencyRate.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dmc {

// A rates file named on the command line (`dmcockpit import ... --rates FILE`): CSV with the
// canonical columns code, rate and optional start_date, is_reporting, or Salesforce's IsoCode,
// ConversionRate, StartDate, IsCorporate (CurrencyType.csv and DatedConversionRate.csv as
// downloaded). A row with a start date is a dated rate. Read strictly: the first bad row is
// the error, naming file, line and column.
class RatesFile
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RatesFile)

public:
    struct Rates
    {
        std::vector<CurrencyRate> rates;
        QString reportingCurrency; // the row marked is_reporting / IsCorporate, if any
        qint64 rows = 0;
    };

    static Result<Rates> read(const QString &path);
};

} // namespace dmc
