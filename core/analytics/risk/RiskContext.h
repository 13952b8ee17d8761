#pragma once

#include "RuleSet.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/SnapshotRecord.h"
#include "analytics/poc/PocChecklist.h"

#include <QDate>

#include <span>

namespace dmc {

// What a risk evaluator sees for one open deal at one as-of snapshot: its row there, its
// snapshot history up to that row, the latest imported record, the rule set and the POC
// checklist (the database's definition of ready; the POC rows are in data.pocs()).
struct RiskContext
{
    const Dataset &data;
    const RuleSet &rules;
    int dateIndex; // the as-of snapshot
    QDate asOf;
    DayNumber asOfDay;
    const SnapshotRecord &row;        // the deal at the as-of snapshot
    const Opportunity &opportunity;   // the imported record, MEDDPICC / POC / reviews as of the as-of
    std::span<const quint32> history; // indices into data.rows(), oldest first, ending at `row`
    const PocChecklist &pocChecklist;

    const SnapshotRecord &historyRow(size_t i) const { return data.rows()[history[i]]; }
    int parameter(const char *rule, const char *key) const
    {
        return rules.parameter(QLatin1String(rule), QLatin1String(key));
    }
};

} // namespace dmc
