#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// A DM follow-up that is open and due on or before the as-of week's end (from the ActionStore).
struct FollowUpDue
{
    qint64 id = 0;
    QString repId;
    QString opportunityId;
    QString ruleId;
    QString text;
    QString owner;
    QDate dueDate;
    QString opportunityName; // the deal's name in the loaded data (empty: not in it)
};

} // namespace dmc
