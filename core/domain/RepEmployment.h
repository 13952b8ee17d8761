#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// When a rep stops counting (a leaver's last day) and whether the rep is a planned hire who has
// not started (canonical reps.csv end_date and planned). Kept beside the rep, not in it.
struct RepEmployment
{
    QString repId;
    QDate endDate; // invalid: no end date
    bool planned = false;
};

} // namespace dmc
