#pragma once

namespace dmc {

class Database;

// SQLite settings for the length of a bulk canonical import (both can only change outside a
// transaction: create it before the import's transaction, destroy it after; other drivers,
// PostgreSQL, are left alone):
// - a WAL database keeps a rollback journal instead: in WAL every page of a fresh load is
//   written twice (to the -wal file, then checkpointed into the database), about 1.5 s of a
//   100k-deal import. The rollback journal keeps the import atomic across a crash (a hot journal
//   is rolled back on the next open). The switch needs the only connection to the file: with a
//   window or another process attached the file stays in WAL. WAL comes back at the end (and on
//   every writable open anyway);
// - foreign keys are not enforced on this connection: the canonical importer has already checked
//   every reference (rep, account, deal) against the export with file:line:column messages, and
//   the parent lookups SQLite would repeat cost about 1 s of a 100k-deal import. They are on
//   again at the end (and on every open).
class BulkLoad
{
public:
    explicit BulkLoad(Database &database);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // True while the database runs with the rollback journal.
    bool isActive() const { return m_journal; }

private:
    Database &m_database;
    bool m_journal = false;
    bool m_foreignKeysOff = false;
};

} // namespace dmc
