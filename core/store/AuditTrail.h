#pragma once

#include "store/AuditEntry.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>
#include <vector>

class QSqlQuery;

namespace dmc {

class Database;

// The audit trail (docs/definitions.md#audit-trail): every DM action as logged in
// dm_action_history (statuses, snoozes, notes, follow-ups, belief ratings, coaching notes,
// insight marks, assumption sets), one entry per write, and every import (import_log), newest
// first. Read-only: a revert is a new write (AuditRevert). On a team database the rows are those
// the login role may read (row-level security).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AuditTrail)

public:
    struct Filter
    {
        // The scope's reps: an entry about a deal counts for the deal's owner. Empty: every rep.
        // Entries about no rep (an assumption set, a district's insight, an import) are in every scope.
        QSet<QString> repIds;
        QString author;                // exact login / user name; empty: anyone
        std::optional<AuditKind> kind; // none: every kind
        QDate since;                   // first UTC day listed (invalid: from the start)
        QDate until;                   // last UTC day listed (invalid: to the end)
        QString text;                  // case-insensitive, in names, ids, authors, fields and values
    };
    struct Listing
    {
        std::vector<AuditEntry> entries; // newest first
        // DM actions whose deal (or rep) is no longer in the data: kept and listed apart, newest
        // first; the scope does not apply to them (they have no owner any more), the other filters do.
        std::vector<AuditEntry> orphans;
    };

    explicit AuditTrail(const Database &database);

    Result<Listing> list(const Filter &filter) const;
    // The DM action entry holding history row `historyId` (any row of its write); nullopt when
    // there is none (or it is not visible).
    Result<std::optional<AuditEntry>> entry(qint64 historyId) const;
    // The newest dm_action_history id (0 for none): what an edit is measured from.
    Result<qint64> latestHistoryId() const;
    // The DM action entries logged after history row `afterId` by `author` (empty: anyone), oldest
    // first: the writes one edit of the window made (the undo stack records them).
    Result<std::vector<AuditEntry>> entriesAfter(qint64 afterId, const QString &author) const;
    // The newest entry about the same row as `entry` that changed `field` (the entry itself when
    // nothing changed it since); nullopt when none is visible.
    Result<std::optional<AuditEntry>> latestChangeOf(const AuditEntry &entry, const QString &field) const;

private:
    Result<std::vector<AuditEntry>> readActions(qint64 afterId) const;
    Result<std::vector<AuditEntry>> readImports() const;
    void resolve(std::vector<AuditEntry> &entries) const;
    Error databaseError(const QString &what, const QSqlQuery &query) const;

    const Database &m_database;
};

} // namespace dmc
