#pragma once

#include "domain/CapacityAssumptions.h"

#include <QUndoCommand>

#include <optional>

namespace dmc::ui {

class CapacitySession;

// One edit of the DM's assumption sets as an undo step: the set before (none: it did not exist)
// and after (none: it was deleted). Creating, renaming, deleting and every field edit are this
// one command; redo and undo write through the session, which stores the set at once.
class AssumptionSetCommand : public QUndoCommand
{
public:
    AssumptionSetCommand(CapacitySession *session, std::optional<CapacityAssumptions> before,
                         std::optional<CapacityAssumptions> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    CapacitySession *m_session;
    std::optional<CapacityAssumptions> m_before;
    std::optional<CapacityAssumptions> m_after;
};

} // namespace dmc::ui
