#include "AssumptionSetCommand.h"

#include "CapacitySession.h"

namespace dmc::ui {

namespace {
QString nameOf(const std::optional<CapacityAssumptions> &set)
{
    return set ? set->name : QString();
}
} // namespace

AssumptionSetCommand::AssumptionSetCommand(CapacitySession *session, std::optional<CapacityAssumptions> before,
                                           std::optional<CapacityAssumptions> after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AssumptionSetCommand::undo()
{
    m_session->replaceSet(nameOf(m_after), m_before);
}

void AssumptionSetCommand::redo()
{
    m_session->replaceSet(nameOf(m_before), m_after);
}

} // namespace dmc::ui
