#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace dmc {

// What a rep submitted on the weekly forecast call (week starts Monday).
struct ForecastCall
{
    QString repId;
    QString period;
    QDate weekStart;
    Cents commit = 0;
    Cents bestCase = 0;
};

} // namespace dmc
