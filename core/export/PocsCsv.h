#pragma once

#include "analytics/poc/PocBoard.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// The POC board as CSV (CsvWriter: spreadsheet-safe), one row per POC in board order: its deal,
// dates, days, checklist, criteria, check-ins and tasks by side, and its facts. In the output
// language's CSV format (ExportCsv): English keeps the stable keys, Russian names them.
class PocsCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocsCsv)

public:
    static QString write(const PocBoard &board);
};

} // namespace dmc
