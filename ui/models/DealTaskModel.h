#pragma once

#include "analytics/plays/PlaysReport.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The task graph of the deals, a simple dependency view: per deal its tasks, each under the task it
// waits for (indented), with role, due and done dates and whether it is open or overdue at the as-of.
class DealTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Deal, Task, Role, Due, Done, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const PlaysReport &report);
    void retranslate();
    qint32 opportunityAt(int row) const;
    int depthAt(int row) const { return m_rows[size_t(row)].depth; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        TaskState task;
        PlayDeal deal;
        int depth = 0; // how many tasks it waits for in a row
    };
    std::vector<Row> m_rows;
};

} // namespace dmc::ui
