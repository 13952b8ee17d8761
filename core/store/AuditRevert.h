#pragma once

#include "store/AuditEntry.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace dmc {

class Database;

// Reverts one DM action of the audit trail: writes the values before it back as a new write,
// logged by the current user and linked to the reverted entry (dm_action_history.reverts_id);
// the trail itself is never rewritten or shortened. Goes through the DM stores' optimistic
// versions: when a field of the entry was changed since, nothing is written and the Conflict
// names who changed it. Imports are CRM data and are never reverted.
class AuditRevert
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AuditRevert)

public:
    AuditRevert(Database &database, QString author);

    // Reverts the entry holding dm_action_history row `entryId`; returns the revert's own entry.
    Result<AuditEntry> revert(qint64 entryId);
    Result<AuditEntry> revert(const AuditEntry &entry);

    // What an entry is about, for messages: the deal's name (or id), the rep's, the set's.
    static QString describe(const AuditEntry &entry);

private:
    // The stored row the entry is about, as logged field -> value; nullopt when it is gone.
    struct Current
    {
        QHash<QString, QString> values;
        int version = 0;
        QString author;
    };
    Result<std::optional<Current>> current(const AuditEntry &entry) const;
    Status write(const AuditEntry &entry, const std::optional<Current> &current);
    Error conflict(const AuditEntry &entry, const QString &field, const QString &currentValue) const;

    Database &m_database;
    QString m_author;
};

} // namespace dmc
