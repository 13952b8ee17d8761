#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace dmc {

struct Account
{
    QString id;
    QString name;
    QString segment;
    QString industry;
    Cents arr = 0;
    QString currency; // currency of arr; empty means the reporting currency
    QDate renewalDate;
    QString executiveSponsor;
};

// One dated health score reading (0-100) for an account.
struct HealthReading
{
    QString accountId;
    QDate date;
    int score = 0;
};

} // namespace dmc
