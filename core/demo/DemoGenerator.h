#pragma once

#include "DemoOptions.h"
#include "domain/CrmData.h"

#include <QList>

namespace dmc {

// Makes the demo district: a deterministic CRM history (reps, quotas, accounts with health
// readings, deals with MEDDPICC / POC / reviews, weekly snapshots with realistic movement and
// forecast calls) from a seed. Same options -> same data, whatever the day or machine.
// Every risk filter (docs/definitions.md#risk-filters) has hits at the last snapshot.
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options = {});

    CrmData generate() const;

    // The Mondays the snapshots are taken, oldest first; the last is options.lastSnapshot.
    QList<QDate> snapshotDates() const;
    const DemoOptions &options() const { return m_options; }

private:
    DemoOptions m_options;
};

} // namespace dmc
