#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

// One rep's forecast accuracy for one closed period.
// F at T-7 / T-14 (days before the period's last day) is the rep's called commit of the latest
// forecast call with week start on or before that day (calls are full-period numbers, like
// Won + Commit), else the commit forecast (Won + Commit) of the latest snapshot on or before it.
// A = Won in P at the period-end snapshot (the first snapshot on or after the period's last day).
struct AccuracyRow
{
    qint32 rep = -1;
    QString repId;
    QString name;
    QString district;
    Cents actual = 0;
    std::optional<Cents> forecastT7; // none when no call and no snapshot on or before T-7
    std::optional<Cents> forecastT14;
    bool t7FromCall = false;
    bool t14FromCall = false;
    std::optional<double> ratioT7; // F / A; none when A is 0 or F unknown
    std::optional<double> ratioT14;
};

} // namespace dmc
