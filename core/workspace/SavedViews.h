#pragma once

#include "domain/Error.h"
#include "workspace/SavedView.h"

#include <QCoreApplication>

#include <vector>

namespace dmc {

class Database;

// The DM's saved views on a database, each the DM's own setting "view:NAME" (PersonalSettings):
// on a team database every login role has its own, which no other role sees.
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SavedViews)

public:
    explicit SavedViews(const Database &database);

    // By name, as the DM wrote them.
    std::vector<SavedView> views() const;
    std::optional<SavedView> view(const QString &name) const;
    // Creates or replaces the view of that name. A name is 1 to 80 characters, not only spaces.
    Status save(const SavedView &view);
    Status remove(const QString &name);

private:
    const Database &m_database;
};

} // namespace dmc
