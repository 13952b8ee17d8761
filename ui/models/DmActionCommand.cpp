#include "DmActionCommand.h"

#include "HistorySession.h"

namespace dmc::ui {

DmActionCommand::DmActionCommand(HistorySession *session, QList<qint64> entries, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_entries(std::move(entries))
{
}

void DmActionCommand::undo()
{
    auto reverts = m_session->revertAll(m_entries);
    if (!reverts)
        setObsolete(true);
    else
        m_entries = *reverts;
}

void DmActionCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    auto reverts = m_session->revertAll(m_entries);
    if (!reverts)
        setObsolete(true);
    else
        m_entries = *reverts;
}

} // namespace dmc::ui
