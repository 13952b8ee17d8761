// Engine::exceptions: the rule engine over the query's scope and as-of.
#include "Engine.h"

#include "analytics/risk/RiskEngine.h"

namespace dmc {

RiskResult Engine::exceptions(const Query &query, const QString &onlyRule) const
{
    const RiskEngine risk(*m_dataset, m_settings.rules, m_settings.pocChecklist);
    return risk.evaluate(query.asOf, query.scope, m_settings.snoozes, onlyRule);
}

RiskCounts Engine::exceptionCounts(const Query &query) const
{
    const RiskEngine risk(*m_dataset, m_settings.rules, m_settings.pocChecklist);
    return risk.count(query.asOf, query.scope, m_settings.snoozes);
}

} // namespace dmc
