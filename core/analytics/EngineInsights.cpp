// Engine::insights: outliers against the district, trends and dichotomies, described not judged.
#include "Engine.h"

namespace dmc {

std::vector<Insight> Engine::insights(const Query &query) const
{
    Q_UNUSED(query);
    return {};
}

} // namespace dmc
