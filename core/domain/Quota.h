#pragma once

#include "Money.h"

#include <QString>

namespace dmc {

// A rep's quota for one fiscal period ("2026Q1"), in the reporting currency.
struct Quota
{
    QString repId;
    QString period;
    Cents amount = 0;
};

} // namespace dmc
