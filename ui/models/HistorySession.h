#pragma once

#include "store/AuditEntry.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class AuditTrailModel;

// The audit trail for the window (store/AuditTrail): the entries of the current scope's reps
// with the dock's filters, the orphans apart, read again after every write, undo and load; and
// the undo steps of the DM's own edits (DmActionCommand on the workspace's undo stack), each
// undone and redone through the same revert as the dock's Revert. No widgets.
class HistorySession : public QObject
{
    Q_OBJECT

public:
    explicit HistorySession(Workspace *workspace);

    AuditTrailModel *entriesModel() const { return m_entries; }
    AuditTrailModel *orphansModel() const { return m_orphans; }

    // The filters (AuditTrail::Filter): text anywhere, one kind (none: all), one author ("": all).
    void setText(const QString &text);
    void setKind(std::optional<AuditKind> kind);
    void setAuthor(const QString &author);
    QString text() const { return m_text; }
    std::optional<AuditKind> kind() const { return m_kind; }
    QString author() const { return m_author; }
    // Who wrote the entries listed without the author filter (for the author picker), by name.
    const QStringList &authors() const { return m_authors; }

    // Reads the trail again for the current scope and filters; changed() follows.
    void refresh();
    // Reverts entry `entryId` (the dock's Revert) and pushes it as an undo step. False, after
    // failed() with the reason (a conflict names the other writer), when nothing was written.
    bool revert(qint64 entryId);
    // Reverts `entries` newest first; the reverts' ids, oldest first. nullopt after failed() when
    // one was refused (those before it stay reverted: each is its own logged write).
    std::optional<QList<qint64>> revertAll(const QList<qint64> &entries);
    // An edit of the window was stored: one undo step for its entries.
    void recordEdit(const QList<qint64> &entries, const QString &text);

signals:
    void changed();
    void failed(const QString &message);

private:
    Workspace *m_workspace;
    AuditTrailModel *m_entries;
    AuditTrailModel *m_orphans;
    QString m_text;
    std::optional<AuditKind> m_kind;
    QString m_author;
    QStringList m_authors;
};

} // namespace dmc::ui
