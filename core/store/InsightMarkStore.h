#pragma once

#include "store/DmActionChange.h"
#include "store/InsightMark.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class QSqlQuery;

namespace dmc {

class Database;

// The DM's marks on insights (table insight_mark), written like the other DM actions: one
// transaction per write, each changed field logged to dm_action_history ("insight_mark.status",
// "insight_mark.note", "insight_mark.recorded" with the mark's id), optimistic versions (pass
// the version read, 0 for none; a lost race returns an Error of kind Conflict and saves nothing).
// Never touches a CRM table.
class InsightMarkStore
{
    Q_DECLARE_TR_FUNCTIONS(dmc::InsightMarkStore)

public:
    InsightMarkStore(Database &database, QString author);

    // While set (> 0), every write logs itself as the revert of audit entry `entryId` (AuditRevert).
    void setRevertOf(qint64 entryId) { m_revertOf = entryId; }

    Result<std::vector<InsightMark>> marks() const;
    Result<std::optional<InsightMark>> mark(const QString &key) const;
    // Creates (expectedVersion 0) or updates the mark of `mark.key`; a dismissal needs a note.
    Result<InsightMark> save(const InsightMark &mark, int expectedVersion);
    Result<std::vector<DmActionChange>> history(qint64 markId) const;

private:
    Error databaseError(const QString &what, const QSqlQuery *query = nullptr) const;
    bool logChange(qint64 markId, const QString &field, const QString &oldValue, const QString &newValue,
                   const QString &when) const;

    Database &m_database;
    QString m_author;
    qint64 m_revertOf = 0;
};

} // namespace dmc
