#pragma once

#include "SortableTableModel.h"
#include "analytics/numbers/DealChange.h"

#include <memory>
#include <vector>

namespace dmc {
class Dataset;
}

namespace dmc::ui {

// The deals behind the pipeline-change waterfall, optionally only those of some reasons.
class DealChangeModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Deal, Account, Rep, Reason, From, To, Delta, ColumnCount };

    explicit DealChangeModel(QObject *parent = nullptr);

    void setChanges(std::shared_ptr<const Dataset> dataset, std::vector<DealChange> changes, const QString &currency);
    // Shows only these reasons; empty shows every deal that moved.
    void setReasonFilter(std::vector<ChangeReason> reasons);
    const DealChange &change(int row) const { return m_changes[size_t(m_visible[size_t(row)])]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    void rebuildVisible();
    QString side(const DealChange &change, bool from) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<DealChange> m_changes;
    std::vector<int> m_visible;
    std::vector<ChangeReason> m_reasons;
    QString m_currency;
};

} // namespace dmc::ui
