#pragma once

#include "store/ActiveSnooze.h"
#include "store/BeliefRating.h"
#include "store/CoachingNote.h"
#include "store/DmAction.h"
#include "store/DmActionChange.h"
#include "store/FollowUp.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlQuery;

#include <optional>
#include <vector>

namespace dmc {

class Database;

// The DM's own data beside the CRM data: exception statuses and snoozes, notes, follow-ups,
// belief ratings and coaching notes (tables dm_action, follow_up, belief_rating, coaching_note).
// Never touches a CRM table, so no import can change it.
//
// Every write runs in one transaction, logs each changed field (old -> new) to
// dm_action_history and bumps `version`. Writes are optimistic: the caller passes the version
// it read (0 for "I read no row"); if another writer got there first the write changes nothing
// and returns an Error of kind Conflict whose `current` holds the other writer's text.
class ActionStore
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ActionStore)

public:
    // `author` is recorded on every write (the user name, or the database role).
    ActionStore(Database &database, QString author);

    // While set (> 0), every write logs itself as the revert of audit entry `entryId`
    // (dm_action_history.reverts_id; AuditRevert sets it around one write). 0: a plain write.
    void setRevertOf(qint64 entryId) { m_revertOf = entryId; }

    // --- statuses, snoozes and notes on exceptions (ruleId "" = about the deal)
    Result<std::optional<DmAction>> action(const QString &opportunityId, const QString &ruleId) const;
    Result<std::vector<DmAction>> actions() const;
    // Creates (expectedVersion 0) or updates the row for (opportunityId, ruleId) with the
    // status, snooze and note of `action`. Snoozed needs a valid snoozeUntil.
    Result<DmAction> saveAction(const DmAction &action, int expectedVersion);
    Result<DmAction> setStatus(const QString &opportunityId, const QString &ruleId, DmActionStatus status,
                               int expectedVersion);
    Result<DmAction> snooze(const QString &opportunityId, const QString &ruleId, QDate until, const QString &reason,
                            int expectedVersion);
    Result<DmAction> setNote(const QString &opportunityId, const QString &ruleId, const QString &note,
                             int expectedVersion);
    Result<std::vector<DmActionChange>> history(qint64 actionId) const;
    Result<std::vector<DmActionChange>> historyOfField(const QString &field) const;

    // Snoozes in force on `asOf`: status snoozed and until >= asOf.
    Result<std::vector<ActiveSnooze>> activeSnoozes(QDate asOf) const;

    // --- follow-ups
    // A new follow-up (its id and version 1 come back).
    Result<FollowUp> addFollowUp(const FollowUp &followUp);
    Result<FollowUp> saveFollowUp(const FollowUp &followUp, int expectedVersion);
    Result<std::optional<FollowUp>> followUp(qint64 id) const;
    // Every follow-up of the reps (an empty list: of every rep), by due date.
    Result<std::vector<FollowUp>> followUps(const QStringList &repIds) const;
    // Open follow-ups due on or before `by` for the reps (an empty list: every rep), by due date.
    Result<std::vector<FollowUp>> followUpsDue(QDate by, const QStringList &repIds) const;

    // --- belief stacks
    Result<std::vector<BeliefRating>> beliefs(const QString &opportunityId) const; // by position
    Result<BeliefRating> saveBelief(const BeliefRating &belief, int expectedVersion);
    // Takes a belief off the deal's stack (the revert of its first rating), logged as its text and
    // rating going to nothing; a conflict when it changed since `expectedVersion`.
    Status removeBelief(const QString &opportunityId, int position, int expectedVersion);

    // --- coaching notes
    Result<std::optional<CoachingNote>> coachingNote(const QString &repId, QDate weekStart) const;
    Result<CoachingNote> saveCoachingNote(const CoachingNote &note, int expectedVersion);

private:
    Error conflict(const QString &what, const QString &current, const QString &otherAuthor) const;
    Error databaseError(const QString &what, const QSqlQuery *query = nullptr) const;
    bool logChange(qint64 actionId, const QString &field, const QString &oldValue, const QString &newValue,
                   const QString &when) const;

    Database &m_database;
    QString m_author;
    qint64 m_revertOf = 0;
};

} // namespace dmc
