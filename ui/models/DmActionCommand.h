#pragma once

#include <QList>
#include <QUndoCommand>

namespace dmc::ui {

class HistorySession;

// One edit of the DM's actions in this session as an undo step. The edit is already stored when
// the step is pushed (its audit entries); undo reverts them, newest first, and redo reverts those
// reverts, each through AuditRevert, so every step is a logged write and a newer change by
// someone else refuses it (the step is then dropped from the stack).
class DmActionCommand : public QUndoCommand
{
public:
    DmActionCommand(HistorySession *session, QList<qint64> entries, const QString &text);

    void undo() override;
    void redo() override;

private:
    HistorySession *m_session;
    QList<qint64> m_entries; // the writes in force: the edit, or the last redo's reverts
    bool m_stored = true;    // the first redo() finds the edit stored already
};

} // namespace dmc::ui
