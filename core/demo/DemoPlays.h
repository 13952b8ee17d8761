#pragma once

#include "domain/Account.h"
#include "domain/Opportunity.h"
#include "domain/PlayRecords.h"

#include <QDate>

#include <vector>

namespace dmc {

// The demo's plays and partners: the partners the deals' partner column names (with capabilities,
// segments and contract vehicles), a partner row for each such deal dated so that lead source
// Partner reads as sourced and the others mostly as influenced, two plays with their steps, the
// compliance artifacts of the deals meeting the regulated-industries play and the tasks that carry
// out the steps, with a chain of dependent tasks on some open deals. Drawn from each deal's own
// seed, not the generator's stream, so every other value of the demo stays as it was.
class DemoPlays
{
public:
    static PlayRecords build(const std::vector<Opportunity> &opportunities, const std::vector<Account> &accounts,
                             QDate asOf);
};

} // namespace dmc
