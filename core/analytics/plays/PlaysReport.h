#pragma once

#include "ComplianceFigures.h"
#include "PartnerFigures.h"
#include "PlayDeal.h"
#include "PlayFigures.h"
#include "TaskGraph.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>

#include <vector>

namespace dmc {

// Plays and partners of one query (docs/definitions.md#plays-and-partners): the deals it reads,
// their attribution and the partner figures, the plays with their eligible deals, the compliance
// matrix and the task graph.
struct PlaysReport
{
    QDate asOf;
    FiscalPeriod period;
    Scope scope;
    int minimumN = 10;
    std::vector<PlayDeal> deals; // open at the as-of or decided in the period, by id
    PartnerFigures partners;
    std::vector<PlayFigures> plays; // by name
    ComplianceFigures compliance;
    TaskGraph tasks;
    bool hasData = false; // any partner, play, artifact or task row
};

} // namespace dmc
