#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace dmc {

class Database;

// A persisted columnar image of a Dataset (derived, disposable, never user data): the snapshot
// rows, offsets and history as raw arrays, the strings through one shared table. Building a
// Dataset from the row tables costs seconds at 3M+ snapshot rows; reading the image back costs
// a fraction of that. Files live in CacheFolder("datasets"), one per database file.
//
// A stamp ties an image to the data it came from: format and schema versions, the database's
// id and CRM generation (CrmWriter bumps it with every CRM write), the reporting currency and
// the latest snapshot date. Any mismatch, truncation or inconsistent index makes read()
// return nothing; the caller loads from SQL and writes a fresh image (atomically). Only SQLite
// files that CrmWriter has written (they carry an id and a generation) are cached; a
// PostgreSQL team database is not (other clients write it, and row-level security shapes what
// each role reads).
class DatasetCache
{
public:
    struct Stamp
    {
        QString file;    // the image's path
        QByteArray text; // what must match
    };

    // The stamp for the database's current data, or nothing when it is not cacheable. A scope
    // other than all names the image of that scope's slice (DatasetSlice), a file of its own.
    static std::optional<Stamp> stampOf(const Database &database, const Scope &scope = Scope::all());
    // Removes the images of the database's scopes: after an import every one of them is stale,
    // and a scope asked for again is cut again.
    static void removeScopeImages(const Database &database);
    static std::shared_ptr<Dataset> read(const Stamp &stamp);
    static bool write(const Stamp &stamp, const Dataset &dataset); // failure is never an error

    // From now on, the texts of an image read point into its mapping instead of being copied, and
    // the mapping stays until the process exits (turning it off keeps what was kept): 300k texts at
    // 100k deals cost no allocation and no copy. The commands and the window turn it on; an
    // import in the window then keeps the replaced image's file mapped until the window closes.
    static void setTextsInPlace(bool inPlace);

    static constexpr quint32 FormatVersion = 12;
};

} // namespace dmc
