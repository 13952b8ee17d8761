#pragma once

#include "analytics/capacity/CapacityReport.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// `dmcockpit capacity --csv`: one row per assumption set and month (the chart's data) with the
// month's capacity, need, FRE, ramp loss and reps, in the output language's CSV format (ExportCsv).
class CapacityCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CapacityCsv)

public:
    static QString write(const CapacityReport &report);
    // The set's name for a person: the DM's name, or "As imported" for the data itself.
    static QString setName(const CapacityAssumptions &set);
};

} // namespace dmc
