#pragma once

#include "analytics/plays/PlaysReport.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// Deal tasks per owner role: open, overdue and the longest chain of open dependent tasks ending
// with the role, against its deal's close date (docs/definitions.md#task-graph).
class RoleTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Role, Open, Overdue, Chain, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const PlaysReport &report);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RoleTasks> m_roles;
    QStringList m_chainDeals; // the deal id of each role's longest chain
};

} // namespace dmc::ui
