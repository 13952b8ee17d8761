#pragma once

#include "ChangeReason.h"
#include "domain/ForecastCategory.h"
#include "domain/Money.h"

#include <QDate>

#include <optional>

namespace dmc {

// One deal's line in the pipeline changes between S0 and S1. "from" is the deal at S0, "to" at
// S1; a side is empty (stage -1, no category) when the deal is absent there.
struct DealChange
{
    qint32 opportunity = -1; // index into Dataset::opportunities()
    qint32 rep = -1;         // owner at S1, else at S0
    ChangeReason reason = ChangeReason::Unchanged;
    bool removed = false;  // Lost because the deal is absent at S1 (deleted in the CRM)
    bool reopened = false; // New because it was closed / omitted at S0
    qint32 fromStage = -1;
    qint32 toStage = -1;
    std::optional<ForecastCategory> fromCategory;
    std::optional<ForecastCategory> toCategory;
    Cents fromAmount = 0;
    Cents toAmount = 0;
    QDate fromClose;
    QDate toClose;
    // The signed change of the deal's open pipeline in P (closing part - opening part).
    Cents delta = 0;

    bool operator==(const DealChange &other) const = default;
};

} // namespace dmc
