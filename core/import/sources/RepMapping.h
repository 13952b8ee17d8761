#pragma once

#include "domain/Error.h"
#include "domain/Rep.h"
#include "import/csv/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

class ImportSession;

// A small reps.csv beside a CRM export (logical table "reps": id and / or name, district,
// region) that places deal owners in districts and regions. A row names a rep by id (the
// owner id of the export) or by full name (matched as RepNameId::key).
class RepMapping
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RepMapping)

public:
    // Reads the export's reps table when it has one and applies it to every rep; rows that
    // match no rep are named in a note.
    static std::optional<Error> placeReps(ImportSession &session, std::vector<Rep> &reps);

    static Result<RepMapping> read(ImportSession &session, const CsvTable &table);

    // Gives the rep the district and region of the row naming its id, else its name (a row
    // with an id is matched by the id only); a row matched by id that has a name renames the
    // rep. Returns whether a row matched.
    bool apply(Rep &rep);
    // Rows that matched no rep given to apply(), as written ("id" or "name"), in file order.
    QStringList unused() const;

private:
    struct Entry
    {
        QString id;
        QString name;
        QString district;
        QString region;
        bool used = false;
    };
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byName; // RepNameId::key
};

} // namespace dmc
