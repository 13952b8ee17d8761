#pragma once

namespace dmc {

class Database;

// For the length of a bulk import, a WAL SQLite database keeps a rollback journal instead: in
// WAL every page of a fresh load is written twice (to the -wal file, then checkpointed into the
// database), about 1.5 s of a 100k-deal import. The rollback journal keeps the import atomic
// across a crash (a hot journal is rolled back on the next open). The switch needs the only
// connection to the file, so with a window or another process attached nothing changes; other
// drivers (PostgreSQL) are left alone. Create it outside any transaction and destroy it after
// the import's transaction ends: WAL comes back then (and on every writable open anyway).
class BulkJournal
{
public:
    explicit BulkJournal(Database &database);
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;

    // True while the database runs with the rollback journal.
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    bool m_active = false;
};

} // namespace dmc
