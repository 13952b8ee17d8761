#pragma once

#include <QString>

namespace dmc {

// A database transaction that rolls back unless commit() is called (scoped, like
// KMyMoney's MyMoneyDbTransaction): an early return or error can never half-write.
class Transaction
{
public:
    explicit Transaction(const QString &connectionName);
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
