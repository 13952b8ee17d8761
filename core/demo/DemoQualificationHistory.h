#pragma once

#include "domain/Opportunity.h"
#include "domain/QualificationState.h"

#include <QDate>
#include <QList>

#include <vector>

namespace dmc {

// The demo's qualification changes (docs/definitions.md#qualification-history): about a quarter
// of the open deals confirmed their champion, economic buyer or paper process, or started their
// security review, one to six weeks before the as-of. Each such deal gets two change points: the
// earlier values from its creation, the values of the last export from the change on. Its own
// random stream (from the seed), so the rest of the demo stays as it was for a seed.
class DemoQualificationHistory
{
public:
    // `created[i]` is the creation date of opportunities[i]; `open[i]` whether it is open and
    // not deleted; `snapshots` the demo's weekly dates, oldest first.
    static std::vector<QualificationRecord> build(const std::vector<Opportunity> &opportunities,
                                                  const std::vector<QDate> &created, const std::vector<bool> &open,
                                                  const QList<QDate> &snapshots, quint64 seed);
};

} // namespace dmc
