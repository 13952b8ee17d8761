#pragma once

#include "domain/CapacityAssumptions.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class QSqlQuery;

namespace dmc {

class Database;

// The DM's named capacity assumption sets (table capacity_assumption_set), kept with the DM's
// actions: never written by an import, never a CRM table. On a team database each login role
// sees and writes only its own sets. Every save and removal logs its changed fields to
// dm_action_history (the audit trail). Optimistic versions like the other DM actions: pass the
// version read (0 for a new set); a lost race returns an Error of kind Conflict and saves nothing.
class AssumptionSetStore
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AssumptionSetStore)

public:
    struct Stored
    {
        CapacityAssumptions set;
        qint64 id = 0;
        QString author;
        QString updatedAt;
        int version = 0;
    };

    AssumptionSetStore(Database &database, QString author);

    // While set (> 0), every write logs itself as the revert of audit entry `entryId` (AuditRevert).
    void setRevertOf(qint64 entryId) { m_revertOf = entryId; }

    Result<std::vector<Stored>> sets() const; // by name
    // Creates (expectedVersion 0) or replaces the set named `set.name`. `renamedFrom` names the set
    // this one was saved as before when the DM renames it.
    Result<Stored> save(const CapacityAssumptions &set, int expectedVersion, const QString &renamedFrom = {});
    Status remove(const QString &name);

    // The hires and leavers as the stored JSON, and back (also the command line's --set file).
    static QString changesJson(const CapacityAssumptions &set);
    static bool readChangesJson(const QString &json, CapacityAssumptions &set);

private:
    Error databaseError(const QString &what, const QSqlQuery *query = nullptr) const;
    Result<std::optional<Stored>> find(const QString &name) const;
    // Logs each field that differs (dm_action_history "capacity_assumption_set.<field>", the set's
    // id); `before` null for a new set, `after` null for a removal.
    bool logChanges(qint64 id, const CapacityAssumptions *before, const CapacityAssumptions *after,
                    const QString &when) const;

    Database &m_database;
    QString m_author;
    qint64 m_revertOf = 0;
};

} // namespace dmc
