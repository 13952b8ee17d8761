#pragma once

#include <QString>

namespace dmc {

// One rung of the stage ladder: name, win probability (0-100), order, and whether it closes the deal.
struct Stage
{
    QString name;
    int probability = 0;
    int sortOrder = 0;
    bool isWon = false;
    bool isLost = false;
};

} // namespace dmc
