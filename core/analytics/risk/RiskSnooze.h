#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace dmc {

class Database;

// A DM's snooze of a risk hit (dm_action with status "snoozed"): hides the hit of `ruleId`
// (every rule when empty) on the deal at as-of dates up to and including `until` (the
// ActionStore's "active snooze": until >= as-of); the deal is untouched.
struct RiskSnooze
{
    QString opportunityId;
    QString ruleId;
    QDate until;
    QString reason;

    bool hides(const QString &opportunity, const QString &rule, const QDate &asOf) const
    {
        return opportunity == opportunityId && (ruleId.isEmpty() || ruleId == rule) && until.isValid() && asOf <= until;
    }

    // Every snooze stored in the database (dm_action rows with status "snoozed").
    static std::vector<RiskSnooze> loadAll(const Database &database);
};

} // namespace dmc
