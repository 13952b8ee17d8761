#pragma once

#include "domain/Money.h"

namespace dmc {

// The waterfall of one forecast category (or of the total) between two snapshots. All movement
// amounts are positive. Leaving deals leave with their S0 amount, entering deals enter with their
// S1 amount; a deal in P at both dates books its amount change in its S0 category and then moves
// its S1 amount to its S1 category. Invariant, to the cent:
// opening + new + pulledIn + transferredIn + increased - decreased - pushedOut - transferredOut
//   - won - lost + categoryIn - categoryOut == closing.
struct ChangeBridge
{
    Cents opening = 0; // computed from S0 directly
    Cents newDeals = 0;
    Cents pulledIn = 0;
    Cents transferredIn = 0;
    Cents increased = 0;
    Cents decreased = 0;
    Cents pushedOut = 0;
    Cents transferredOut = 0;
    Cents won = 0;
    Cents lost = 0;
    Cents categoryIn = 0; // moved into this category (0 in the total)
    Cents categoryOut = 0;
    Cents closing = 0; // computed from S1 directly

    Cents expectedClosing() const
    {
        return opening + newDeals + pulledIn + transferredIn + increased - decreased - pushedOut - transferredOut - won
            - lost + categoryIn - categoryOut;
    }
    bool holds() const { return expectedClosing() == closing; }
    bool operator==(const ChangeBridge &other) const = default;
};

} // namespace dmc
