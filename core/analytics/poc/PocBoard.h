#pragma once

#include "PocCohort.h"
#include "PocFigures.h"
#include "PocScorecard.h"
#include "PocSegmentFigures.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>

#include <vector>

namespace dmc {

// Every POC of a scope and period at the as-of with the scope's figures
// (docs/definitions.md#pocs; PocBoardBuilder).
struct PocBoard
{
    QDate asOf;
    FiscalPeriod period;
    Scope scope;
    int withinDays = 90;            // POC to won: the deal won within this many days of the POC's end
    std::vector<PocScorecard> pocs; // by start (planned ones last), then id
    PocFigures figures;
    std::vector<PocCohort> cohorts;          // every start quarter of the scope's POCs, oldest first
    std::vector<PocSegmentFigures> segments; // the board's started POCs by segment, by name ("" last)
};

} // namespace dmc
