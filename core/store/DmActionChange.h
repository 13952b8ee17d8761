#pragma once

#include <QString>

namespace dmc {

// One logged change of a DM action field (dm_action_history). For dm_action rows `field` is the
// column ("status", "note", ...) and actionId the dm_action id; for the other DM tables it is
// "follow_up.text" (actionId = follow-up id), "belief_rating[OPP,POSITION].rating" and
// "coaching_note[REP,WEEK].note" (actionId 0: those tables are keyed by their key columns).
struct DmActionChange
{
    qint64 actionId = 0;
    QString field;
    QString oldValue; // empty for a new row
    QString newValue;
    QString author;
    QString changedAt; // ISO UTC
};

} // namespace dmc
