#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// A snoozed exception the analytics hide at an as-of date: rule `ruleId` on `opportunityId`
// is hidden through `until` (inclusive). ruleId "" snoozes every rule on the deal.
struct ActiveSnooze
{
    QString opportunityId;
    QString ruleId;
    QDate until;
    QString reason;
};

} // namespace dmc
