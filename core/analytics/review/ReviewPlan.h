#pragma once

#include "BookingsFactors.h"
#include "domain/Opportunity.h"

#include <QString>

#include <map>

namespace dmc {

// The planned decided deals, won deals and bookings of the reviewed period and scope, the
// baseline of `--baseline plan:FILE` (docs/definitions.md#plan-baseline). A plan lists no deals.
struct ReviewPlan
{
    QString file; // as the messages name it
    BookingsFactors total;
    std::map<DealType, BookingsFactors> byDealType; // the types the plan has a row for
};

} // namespace dmc
