#pragma once

#include "domain/CrmData.h"

#include <QDate>

namespace dmc {

// Snapshots for sources without history (Maven, canonical without snapshots.csv): one row per
// opportunity at one as-of date.
class SnapshotBuilder
{
public:
    // The latest date the data knows as a past event: created, stage entered and last activity
    // dates, and close dates of won or lost deals (open deals' close dates lie ahead). Null if none.
    static QDate latestDate(const CrmData &data);
    // The opportunity as it stands, as one snapshot row dated asOf.
    static SnapshotRow snapshotOf(const Opportunity &opportunity, QDate asOf);
    // Appends one snapshot of every opportunity at asOf.
    static void addSnapshot(CrmData &data, QDate asOf);
};

} // namespace dmc
