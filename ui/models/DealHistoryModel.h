#pragma once

#include "SortableTableModel.h"

#include <QString>

#include <memory>
#include <vector>

namespace dmc {
class Dataset;
}

namespace dmc::ui {

// One deal's history across snapshots: stage, category, amount and close date per snapshot,
// newest first; a cell that differs from the snapshot before it is marked (bold). The last column
// lists the qualification changes (MEDDPICC, POC, reviews, next step) dated after the snapshot
// before and up to this one, each with its date.
class DealHistoryModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Snapshot, Stage, Category, Amount, CloseDate, Owner, Qualification, ColumnCount };

    explicit DealHistoryModel(QObject *parent = nullptr);

    void setDeal(std::shared_ptr<const Dataset> dataset, qint32 opportunity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    bool changed(int row, int column) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<quint32> m_rows;          // indices into Dataset::rows(), newest first
    std::vector<QString> m_qualification; // per row: the qualification changes it covers
};

} // namespace dmc::ui
