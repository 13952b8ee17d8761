#pragma once

#include "PocDurationStats.h"

#include <QString>

namespace dmc {

// Duration and overrun of the started POCs of one account segment.
struct PocSegmentFigures
{
    QString segment; // "" for deals without an account segment
    PocDurationStats duration;
    PocDurationStats overrun;
};

} // namespace dmc
