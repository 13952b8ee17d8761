#pragma once

#include "Agenda.h"
#include "analytics/risk/RiskResult.h"
#include "store/DmAction.h"

#include <vector>

namespace dmc {

// Adds the risk engine's result to an agenda: per rep the visible exceptions with their
// evidence, the snoozed ones apart (with reason and end date) and the questions for the call;
// and the filters the data cannot feed, with the reason.
class AgendaRisks
{
public:
    static void apply(Agenda &agenda, const RiskResult &risks, int questionsPerRep = 6);
    static Agenda::ExceptionLine exceptionLine(const RiskHit &hit, const QString &currency);
    // The DM's status and note on each exception of the agenda: the action on the hit (deal and rule), else the
    // one on the deal (rule ""), as a snooze on the deal covers every rule. A hit a snooze hides reads snoozed.
    static void applyActions(Agenda &agenda, const std::vector<DmAction> &actions);
    // The same for one list of exceptions (a deal's or an account's brief).
    static void applyActions(std::vector<Agenda::ExceptionLine> &lines, const std::vector<DmAction> &actions);
};

} // namespace dmc
