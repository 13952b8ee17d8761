#pragma once

#include <QString>

#include <optional>

namespace dmc {

// Where an importer takes a rep's district or region from (profile keys `district_from`,
// `region_from`): the users file's own column, the owner's role, its parent role, or the role
// at a level of the role tree counted from the top (1 = the top role).
struct RepPlacement
{
    enum class Source { Column, Role, ParentRole, RoleLevel };

    Source source = Source::Column;
    int level = 0; // RoleLevel only, >= 1

    // "column", "role", "parent_role" or "role_level:N"; nullopt for anything else.
    static std::optional<RepPlacement> parse(const QString &text);
    QString key() const;
    bool usesRoles() const { return source != Source::Column; }
};

} // namespace dmc
