#pragma once

#include "RoleTree.h"
#include "domain/Error.h"
#include "domain/Opportunity.h"
#include "domain/Rep.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace dmc {

class ImportSession;

// The reps of a Salesforce export: the owners of its opportunities, as User.csv names them,
// placed in districts and regions by the users' columns or by the role tree (UserRole.csv,
// profile keys district_from / region_from), then by reps.csv when the export has one. Users
// who own no opportunity (integration and system users, Automated Process) are not reps;
// inactive users who own deals are, so their history stays.
class SalesforceReps
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SalesforceReps)

public:
    // Reads User.csv, and UserRole.csv when a placement uses roles (then both are required).
    std::optional<Error> readUsers(ImportSession &session);
    // One rep per owner: User.csv's order, then owners User.csv lacks (named by their id).
    // Describes what it left out or placed by fallback in the session's notes.
    Result<std::vector<Rep>> repsFor(ImportSession &session, const std::vector<Opportunity> &opportunities);

private:
    struct User
    {
        Rep rep;
        QString roleId;
        bool active = true;
    };
    std::vector<User> m_users;
    QHash<QString, qsizetype> m_userIndex;
    std::optional<RoleTree> m_roles;
};

} // namespace dmc
