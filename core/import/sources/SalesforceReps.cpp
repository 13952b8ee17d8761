#include "SalesforceReps.h"

#include "RepMapping.h"
#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/Latin1.h"

#include <QSet>

namespace dmc {

namespace {
using latin1::s;

// Names in a note: the first ten, then how many more.
QString listed(const QStringList &names)
{
    constexpr qsizetype shown = 10;
    if (names.size() <= shown)
        return names.join(QLatin1String(", "));
    return QCoreApplication::translate("dmc::SalesforceReps", "%1 and %n more", nullptr, int(names.size() - shown))
        .arg(names.first(shown).join(QLatin1String(", ")));
}
} // namespace

std::optional<Error> SalesforceReps::readUsers(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    const bool byRole = profile.districtFrom().usesRoles() || profile.regionFrom().usesRoles();
    auto users = session.table(s("users"), byRole);
    if (!users)
        return users.error();
    if (byRole) {
        auto roles = session.table(s("roles"), true);
        if (!roles)
            return roles.error();
        auto tree = RoleTree::read(session, **roles);
        if (!tree)
            return tree.error();
        m_roles = std::move(*tree);
    }
    if (!*users)
        return std::nullopt;

    RowReader row(**users, profile, s("users"));
    if (auto missing = row.missingColumn(byRole ? QStringList{s("id"), s("role_id")} : QStringList{s("id")}))
        return *missing;
    const bool hasActive = row.has(s("is_active"));
    return session.forEachRow(**users, row, [&](const CsvTable::Row &) {
        User user;
        Rep &rep = user.rep;
        rep.id = row.required(s("id"));
        rep.name = row.text(s("name"));
        if (rep.name.isEmpty())
            rep.name = QString(row.text(s("first_name")) + u' ' + row.text(s("last_name"))).trimmed();
        if (rep.name.isEmpty())
            rep.name = rep.id;
        rep.district = row.id(s("district"));
        rep.region = row.id(s("region"));
        // The hire date, from the field the profile names (Salesforce has no standard one).
        rep.rampStart = row.date(s("ramp_start"));
        user.roleId = row.id(s("role_id"));
        user.active = !hasActive || row.boolean(s("is_active"));
        if (row.ok() && m_roles && !user.roleId.isEmpty() && !m_roles->contains(user.roleId))
            row.fail(s("role_id"),
                     tr("role \"%1\" is not in %2").arg(user.roleId, profile.fileNames(s("roles")).value(0)));
        if (row.ok() && m_userIndex.contains(rep.id))
            row.fail(s("id"), tr("user \"%1\" is listed twice").arg(rep.id));
        if (row.ok()) {
            m_userIndex.insert(rep.id, qsizetype(m_users.size()));
            m_users.push_back(user);
        }
    });
}

Result<std::vector<Rep>> SalesforceReps::repsFor(ImportSession &session, const std::vector<Opportunity> &opportunities)
{
    const ImportProfile &profile = session.profile();
    QSet<QString> owners;
    for (const Opportunity &o : opportunities)
        owners.insert(o.ownerId);

    std::vector<Rep> reps;
    QStringList notOwners;
    QStringList inactive;
    QStringList withoutRole;
    QStringList districtOwnRole;
    QStringList regionOwnRole;
    for (const User &user : m_users) {
        if (!owners.contains(user.rep.id)) {
            notOwners << user.rep.name;
            continue;
        }
        Rep rep = user.rep;
        if (!user.active)
            inactive << rep.name;
        if (m_roles) {
            if (user.roleId.isEmpty())
                withoutRole << rep.name;
            for (const auto &[placement, field, ownRole] :
                 {std::tuple{profile.districtFrom(), &rep.district, &districtOwnRole},
                  std::tuple{profile.regionFrom(), &rep.region, &regionOwnRole}}) {
                if (!placement.usesRoles())
                    continue;
                const RoleTree::Placed placed = m_roles->place(user.roleId, placement);
                *field = placed.name;
                if (placed.ownRole)
                    *ownRole << rep.name;
            }
        }
        reps.push_back(rep);
    }
    // Owners missing from User.csv (or no User.csv): a rep named by its id.
    QSet<QString> known;
    for (const Rep &rep : reps)
        known.insert(rep.id);
    for (const Opportunity &o : opportunities) {
        if (known.contains(o.ownerId))
            continue;
        known.insert(o.ownerId);
        Rep rep;
        rep.id = o.ownerId;
        rep.name = o.ownerId;
        reps.push_back(rep);
    }

    if (auto error = RepMapping::placeReps(session, reps))
        return *error;

    if (!notOwners.isEmpty())
        session.addNote(tr("%n users own no opportunity and are not reps: %1", nullptr, int(notOwners.size()))
                            .arg(listed(notOwners)));
    if (!inactive.isEmpty())
        session.addNote(tr("inactive users kept as reps for their deals: %1").arg(listed(inactive)));
    if (!withoutRole.isEmpty())
        session.addNote(
            tr("deal owners without a role (no district or region from roles): %1").arg(listed(withoutRole)));
    if (!districtOwnRole.isEmpty())
        session.addNote(tr("district_from \"%1\" lies above the roles of %2: their own role is their district")
                            .arg(profile.districtFrom().key(), listed(districtOwnRole)));
    if (!regionOwnRole.isEmpty())
        session.addNote(tr("region_from \"%1\" lies above the roles of %2: their own role is their region")
                            .arg(profile.regionFrom().key(), listed(regionOwnRole)));
    return reps;
}

} // namespace dmc
