#pragma once

#include "analytics/risk/RiskResult.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// Risk hits as safe CSV (CsvWriter): one row per hit with rule, rep, deal, account, stage,
// category, amount, close date, the evidence sentence and, for snoozed hits, until + reason.
class ExceptionsCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ExceptionsCsv)

public:
    // Header row with stable, untranslated column keys (for tools); `withSnoozed` adds the hidden hits.
    static QString write(const RiskResult &result, bool withSnoozed = false);
};

} // namespace dmc
