#pragma once

#include "domain/Money.h"

#include <QDate>

namespace dmc {

// An open deal at the as-of that is older than twice the median won cycle (created -> close of the
// scope's won deals; of all won deals when the scope has none), or past its close date.
struct DeadwoodDeal
{
    qint32 opportunity = -1;
    qint32 rep = -1;
    Cents amount = 0;
    QDate closeDate;
    QDate createdDate;
    int ageDays = 0;            // as-of - created; -1 when created is unknown
    bool tooOld = false;        // ageDays > 2 x median won cycle
    bool pastClose = false;     // close date < as-of
    double medianCycleDays = 0; // the baseline used
};

} // namespace dmc
