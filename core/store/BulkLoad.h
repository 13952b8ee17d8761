#pragma once

namespace dmc {

class Database;

// SQLite settings for the length of a bulk canonical import (they can only change outside a
// transaction: create it before the import's transaction, destroy it after; other drivers,
// PostgreSQL, are left alone):
// - foreign keys are not enforced on this connection: the canonical importer has already checked
//   every reference (rep, account, deal) against the export with file:line:column messages, and
//   the parent lookups SQLite would repeat cost about 1 s of a 100k-deal import. They are on
//   again at the end (and on every open).
// - the file stays in WAL (it once switched to a rollback journal to write each page once):
//   with a rollback journal nobody can open the file while the import writes, and the window
//   must keep reading (docs/concurrency.md has the cost). At the end the WAL, as large as the
//   import, is checkpointed and truncated to nothing when no reader still uses it, so the disk
//   space comes back at once.
class BulkLoad
{
public:
    explicit BulkLoad(Database &database);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    Database &m_database;
    bool m_sqlite = false;
    bool m_foreignKeysOff = false;
};

} // namespace dmc
