#pragma once

#include <QString>

namespace dmc {

// One step of a role's ramp curve (canonical ramp_curves.csv): in tenure month `month` (from 1) a
// rep of `role` counts as `percent` of a fully ramped rep. After the role's last month: 100.
struct RampCurvePoint
{
    QString role;
    int month = 1;
    int percent = 100;
};

} // namespace dmc
