#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace dmc {

// A rep's quota for one fiscal period ("2026Q1"). Stored in the reporting currency: an importer
// may hand over several rows of one rep and period in their own currencies, which the import
// converts (at the rate of `rateDate`) and adds up before storing.
struct Quota
{
    QString repId;
    QString period;
    Cents amount = 0;
    QString currency; // as read; empty: the reporting currency
    QDate rateDate;   // the day whose dated rate converts the amount; null: the undated rate
};

} // namespace dmc
