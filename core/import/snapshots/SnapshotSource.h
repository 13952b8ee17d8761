#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace dmc {

class Database;
class SnapshotObserver;

// Snapshot rows too many to hold (millions at company scale), written by Importer inside its
// transaction once the deals are stored: a canonical snapshots file streamed row by row
// (SnapshotStream) or weeks replayed from a CRM's change history (HistorySnapshots).
class SnapshotSource
{
public:
    virtual ~SnapshotSource() = default;

    // Writes every row into the database; call inside the import's transaction, after the deals.
    // `observer`, when given, sees each row as it is stored.
    virtual Status run(Database &database, SnapshotObserver *observer) = 0;
    // Rows the source will write, about (chooses the bulk paths).
    virtual qint64 expectedRows() const = 0;
    virtual qint64 rowsStored() const = 0;
    // Rows with an amount per currency code that the deals' own currencies do not already
    // account for (upper case), for the import's currency check once the source has run.
    virtual QHash<QString, qint64> currencyRows() const = 0;
    // The latest as-of date written.
    virtual QDate latest() const = 0;
    // The same, when the source knows it before run() (a replayed history does; a file read as
    // it streams does not: null).
    virtual QDate latestBeforeRun() const { return {}; }
};

} // namespace dmc
