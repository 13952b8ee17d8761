#include "RampCurve.h"

namespace dmc {

RampCurve::RampCurve(QString role, std::vector<int> percents)
    : m_role(std::move(role))
    , m_percents(std::move(percents))
{
}

double RampCurve::fraction(int month) const
{
    if (month < 1 || month > length())
        return 1.0;
    return m_percents[size_t(month - 1)] / 100.0;
}

} // namespace dmc
