#pragma once

#include "domain/Money.h"

#include <QString>

namespace dmc {

// A forecast call with the rep interned; amounts in reporting-currency cents.
struct DatasetForecastCall
{
    qint32 rep = -1;
    QString period; // "2026Q1"
    DayNumber weekStart = NoDay;
    Cents commit = 0;
    Cents bestCase = 0;
};

} // namespace dmc
