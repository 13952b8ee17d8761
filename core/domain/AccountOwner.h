#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// Who owns an account from a date on (canonical account_owners.csv): the territory assignment
// in force on a day is the row with the latest from date on or before it.
struct AccountOwner
{
    QString accountId;
    QString repId;
    QDate from;
};

} // namespace dmc
