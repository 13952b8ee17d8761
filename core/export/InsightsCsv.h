#pragma once

#include "analytics/insights/Insight.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dmc {

class Dataset;

// The insights as CSV (CsvWriter: spreadsheet-safe), one row per insight in list order with its
// rank (empty for a dismissed one), whether the cap shows it, its state, the rule, subject,
// stake, text, baseline and the ids of the deals and the snapshot dates behind it. In the output
// language's CSV format (ExportCsv): English keeps the stable keys, Russian names them.
class InsightsCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::InsightsCsv)

public:
    static QString write(const std::vector<Insight> &insights, const Dataset &dataset, int cap);

private:
    static QString subjectName(Insight::Subject subject);
};

} // namespace dmc
