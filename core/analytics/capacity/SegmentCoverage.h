#pragma once

#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalCalendar.h"

#include <optional>
#include <vector>

namespace dmc {

// Coverage by account segment (docs/definitions.md#coverage-by-segment): the segment's open
// pipeline closing in the period ÷ its remaining target, beside the coverage its trailing
// four-quarter win rate implies (1 ÷ win rate), with the counts behind that win rate.
struct SegmentCoverage
{
    static constexpr int TrailingQuarters = 4;

    struct Row
    {
        QString segment; // "" = no segment
        int openDeals = 0;
        Cents openPipeline = 0;
        double targetShare = 0; // the segment's share of the trailing quarters' won amount
        Cents remainingTarget = 0;
        std::optional<double> coverage; // none when the remaining target is 0
        int decided = 0;                // trailing four quarters
        int won = 0;
        Cents wonAmount = 0;
        std::optional<double> winRate;         // none without a decided deal
        std::optional<double> impliedCoverage; // 1 ÷ win rate; none without a won deal
        std::vector<qint32> openDealIndices;   // the drill
    };

    FiscalPeriod period;
    FiscalPeriod trailingFirst, trailingLast;
    Cents need = 0;
    Cents wonSoFar = 0;
    Cents remaining = 0;   // max(0, need − won so far)
    std::vector<Row> rows; // by segment name, "no segment" last

    static SegmentCoverage build(const Dataset &dataset, const FiscalCalendar &calendar, const FiscalPeriod &period,
                                 const Scope &scope, const QDate &asOf, Cents need);
};

} // namespace dmc
