#pragma once

#include "domain/Money.h"

#include <QDate>

namespace dmc {

// An open deal at the as-of that is older than twice the median won cycle (of the scope's
// district history; of the whole data set when the scope has no won deals), or past its close date.
struct DeadwoodDeal
{
    qint32 opportunity = -1;
    qint32 rep = -1;
    Cents amount = 0;
    QDate closeDate;
    QDate createdDate;
    int ageDays = 0;                    // as-of - created; -1 when created is unknown
    bool tooOld = false;                // ageDays > 2 x median won cycle
    bool pastClose = false;             // close date < as-of
    double medianCycleDays = 0;         // the baseline used
};

} // namespace dmc
