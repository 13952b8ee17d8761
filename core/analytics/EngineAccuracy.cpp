// Engine::accuracy: forecast accuracy (T-7 / T-14, WAPE) and slip rate of closed periods.
#include "Engine.h"

namespace dmc {

AccuracyResult Engine::accuracy(const Scope &scope, QList<FiscalPeriod> periods) const
{
    AccuracyResult result;
    result.scope = scope;
    Q_UNUSED(periods);
    return result;
}

} // namespace dmc
