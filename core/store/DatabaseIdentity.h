#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

class Database;

// Which database a connection uses and in which role: what the window shows in its title /
// status bar and after File > Connect to team database. On a team database (PostgreSQL) the
// role is read from the database itself (dm_user and the table privileges), so it is the role
// the row-level security policies enforce, not one the client claims.
struct DatabaseIdentity
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DatabaseIdentity)

public:
    enum class Role : quint8 {
        LocalFile,       // an SQLite file: one user, everything
        Owner,           // owns the team database: imports, sees every district
        DistrictManager, // sees and annotates their district
        RegionalVp,      // reads the region, writes only their own notes
        NoAccess         // a role dm_user does not list: sees nothing
    };

    bool team = false; // PostgreSQL team database
    QString location;  // the file path, or postgresql://user@host:port/database (no password)
    QString userName;  // the database role (team) or the system user (file): DM action author
    Role role = Role::LocalFile;
    QString district;       // DistrictManager
    QString region;         // DistrictManager, RegionalVp
    bool readOnly = false;  // the connection writes nothing at all
    bool canImport = false; // may write CRM data (local writable file, or team owner)

    static Result<DatabaseIdentity> read(const Database &database);

    QString roleName() const; // translated: "District manager"
    QString describe()
        const; // translated sentence: "Team database sales on db.example:5432 as dm_east (District manager, East)"
};

} // namespace dmc
