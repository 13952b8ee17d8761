#pragma once

#include "domain/Opportunity.h"
#include "domain/PocRecords.h"

#include <QDate>

#include <vector>

namespace dmc {

// The demo's POC records (pocs.csv and its child files) for every deal whose POC fields say it has
// one: the same status, start, planned end and last check-in as the deal's poc_* fields, with a
// checklist, criteria, weekly check-ins and mutual action plan tasks around them. Drawn from each
// deal's own seed, not the generator's stream, so every other value of the demo stays as it was.
class DemoPocs
{
public:
    static PocRecords build(const std::vector<Opportunity> &opportunities, QDate asOf);
};

} // namespace dmc
