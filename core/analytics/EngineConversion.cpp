// Engine::conversion and Engine::deadwood: stage conversion and cycle length from the history.
#include "Engine.h"

namespace dmc {

StageConversion Engine::conversion(const Scope &scope, QDate asOf) const
{
    StageConversion result;
    result.scope = scope;
    result.asOf = asOf;
    return result;
}

std::vector<DeadwoodDeal> Engine::deadwood(const Query &query) const
{
    Q_UNUSED(query);
    return {};
}

} // namespace dmc
