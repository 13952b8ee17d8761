#pragma once

#include "analytics/capacity/CapacityReport.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "analytics/engine/Query.h"
#include "export/render/Report.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dmc {

class Dataset;

// The quarterly plan (docs/definitions.md#territory-and-capacity) as a Report in the current
// language: ramped capacity against the need by month for the period and the next, one column per
// plan (the data as imported, then each assumption set: the dock's chart as a table) with each
// plan's sentences and FRE arithmetic; the FRE and ramp loss per rep of every plan; coverage by
// segment beside the implied coverage; the pipeline mix; the territory balance with its indices and
// the accounts listed apart; ramp attainment by tenure month. It describes; it proposes nothing.
class QuarterlyPlanReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::QuarterlyPlanReport)

public:
    static Report build(const CapacityReport &capacity, const TerritoryBalance &balance, const Dataset &dataset,
                        const Query &query, const QDateTime &generatedAt);
};

} // namespace dmc
