#pragma once

#include "ExportCsv.h"
#include "analytics/risk/RiskResult.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// Risk hits as safe CSV (CsvWriter): one row per hit with rule, rep, deal, account, stage,
// category, amount, close date, the evidence sentence and, for snoozed hits, until + reason.
// In the output language's CSV format (ExportCsv): English keeps the stable column and category
// keys tools read; Russian names them.
class ExceptionsCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ExceptionsCsv)

public:
    // `withSnoozed` adds the hidden hits.
    static QString write(const RiskResult &result, bool withSnoozed = false);
    // The columns, shared with the agenda's CSV (which adds the DM's status and note).
    static QList<ExportCsv::Column> columns();
    // A hit's forecast category as the format writes it: the key, or the Russian name.
    static QString category(const std::optional<ForecastCategory> &category);
};

} // namespace dmc
