#pragma once

#include "Agenda.h"
#include "analytics/risk/RiskResult.h"

namespace dmc {

// Adds the risk engine's result to an agenda: per rep the visible exceptions with their
// evidence, the snoozed ones apart (with reason and end date) and the questions for the call;
// and the filters the data cannot feed, with the reason.
class AgendaRisks
{
public:
    static void apply(Agenda &agenda, const RiskResult &risks, int questionsPerRep = 6);
    static Agenda::ExceptionLine exceptionLine(const RiskHit &hit, const QString &currency);
};

} // namespace dmc
