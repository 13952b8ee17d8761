#pragma once

#include "ForecastCategory.h"
#include "Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

// The state of one deal at one weekly snapshot (as-of date). Every number the
// product computes for a past as-of date comes from these rows, so it is reproducible.
struct SnapshotRow
{
    QDate asOf;
    QString opportunityId;
    QString ownerId;
    QString stage;
    ForecastCategory category = ForecastCategory::Pipeline;
    std::optional<Cents> amount;
    QString currency;
    QDate closeDate;
    QDate stageEnteredDate; // when the deal entered `stage` (null if unknown)
    QDate lastActivityDate; // null if unknown
};

} // namespace dmc
