#pragma once

#include <QString>

namespace dmc {

// A database transaction that rolls back unless commit() is called (scoped, like
// KMyMoney's MyMoneyDbTransaction): an early return or error can never half-write.
class Transaction
{
public:
    // DmTables: the transaction writes the DM's own tables; on an SQLite file it takes their file's
    // write lock at the start, so a second writer waits for the first instead of failing.
    enum class Writes : quint8 { Crm, DmTables };

    explicit Transaction(const QString &connectionName, Writes writes = Writes::Crm);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QString m_connectionName;
    bool m_active = false;
};

} // namespace dmc
