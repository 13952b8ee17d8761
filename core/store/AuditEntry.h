#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// What an audit entry is about (docs/definitions.md#audit-trail).
enum class AuditKind : quint8 {
    Action,        // a status, snooze or note on an exception or a deal (dm_action)
    FollowUp,      // follow_up
    Belief,        // a belief rating (belief_rating)
    CoachingNote,  // coaching_note
    InsightMark,   // insight_mark
    AssumptionSet, // capacity_assumption_set
    Import,        // an import or the demo (import_log): listed, never reverted
};

QString auditKindKey(AuditKind kind); // "action" | "follow_up" | "belief" | "coaching_note" | ...
std::optional<AuditKind> auditKindFromKey(const QString &key);

// One field of an entry: its stored value before and after (empty before a new row's first write).
struct AuditChange
{
    QString field; // the column: "note", "status", "snooze_until", "text", "rating", ...
    QString oldValue;
    QString newValue;
    friend bool operator==(const AuditChange &, const AuditChange &) = default;
};

// One write of the trail: a DM action (the fields one write changed together, logged in
// dm_action_history) or an import (import_log). Who, when, what it is about, each field from -> to.
struct AuditEntry
{
    // A DM action: the id of the first dm_action_history row of its write (what `revert` takes);
    // an import: the import_log id.
    qint64 id = 0;
    AuditKind kind = AuditKind::Action;
    QString author;
    QString changedAt; // ISO UTC
    qint64 rowId = 0;  // the DM table's row id (dm_action, follow_up, insight_mark, assumption set); 0 if keyed
    QString opportunityId;
    QString opportunityName; // empty when the deal is not in the data (or not visible)
    QString ruleId;
    QString repId;    // the rep it is about: the deal's owner, the follow-up's or coaching note's rep
    QString repName;  // empty when the rep is not in the data
    QDate weekStart;  // a coaching note's week
    int position = 0; // a belief's position in the stack
    QString subject;  // an insight mark's key, an assumption set's name, an import's profile
    std::vector<AuditChange> changes;
    std::vector<qint64> historyRows; // a DM action: its dm_action_history ids (the first is `id`)
    qint64 revertsId = 0;            // a revert: the entry it reverted
    // The deal (or the rep) it is about is no longer in the data: listed apart, kept.
    bool orphan = false;

    bool isRevertible() const { return kind != AuditKind::Import; }
    // The change of `field`, or null.
    const AuditChange *change(const QString &field) const
    {
        for (const AuditChange &c : changes) {
            if (c.field == field)
                return &c;
        }
        return nullptr;
    }
};

} // namespace dmc
