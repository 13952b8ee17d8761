#include "Transaction.h"

#include <QSqlDatabase>

namespace dmc {

Transaction::Transaction(const QString &connectionName)
    : m_connectionName(connectionName)
{
    m_active = QSqlDatabase::database(m_connectionName, false).transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connectionName, false).rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return QSqlDatabase::database(m_connectionName, false).commit();
}

} // namespace dmc
