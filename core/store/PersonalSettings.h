#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace dmc {

class Database;

// One person's own settings beside the database's shared ones (table dm_setting): on a team
// database, the settings of the login role, which no other role reads or writes (row-level
// security; the database stamps the author); on a file, those of its one user. A DM action
// table: no import touches it. A file from before schema 14 holds none (read-only: not migrated).
class PersonalSettings
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PersonalSettings)

public:
    explicit PersonalSettings(const Database &database);

    std::optional<QString> value(const QString &key) const;
    // The keys starting with `prefix` and their values, by key.
    std::vector<std::pair<QString, QString>> values(const QString &prefix) const;
    Status setValue(const QString &key, const QString &value);
    // Removing a key that is not there is not an error.
    Status remove(const QString &key);

private:
    // Whose rows this connection reads: the login role on a team database, "" on a file.
    QString ownRows() const;

    const Database &m_database;
};

} // namespace dmc
