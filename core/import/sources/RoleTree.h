#pragma once

#include "RepPlacement.h"
#include "domain/Error.h"
#include "import/csv/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace dmc {

class ImportProfile;
class ImportSession;

// The role hierarchy of a Salesforce org (UserRole.csv: Id, Name, ParentRoleId), used to give
// reps the district and region the org has. A role without a parent is a top role (level 1).
class RoleTree
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RoleTree)

public:
    // The role's name chosen by a placement, and whether the owner's role sits too high for it
    // (role_level:3 for a level-2 role, parent_role for a top role): then the role's own name.
    struct Placed
    {
        QString name;
        bool ownRole = false;
    };

    // Reads the table (logical table "roles"). A parent that is not in the file, an id listed
    // twice or a role that is its own ancestor is a bad row, named by file, line and column.
    static Result<RoleTree> read(ImportSession &session, const CsvTable &table);

    bool contains(const QString &roleId) const { return m_roles.contains(roleId); }
    int size() const { return int(m_roles.size()); }
    // Role ids from the top role down to roleId; empty for an unknown role.
    QStringList chain(const QString &roleId) const;
    Placed place(const QString &roleId, const RepPlacement &placement) const;

private:
    struct Role
    {
        QString name;
        QString parentId;
    };
    QHash<QString, Role> m_roles;
};

} // namespace dmc
