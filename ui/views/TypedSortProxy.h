#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace dmc::ui {

class SortableTableModel;

// Sorts a SortableTableModel by its typed keys (numbers before text, empty cells last).
// Filtering is left to subclasses' filterAcceptsRow reading typed data, never display strings.
class TypedSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TypedSortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Keeps only the source rows the predicate accepts (typed data, no strings); empty keeps all.
    void setRowFilter(std::function<bool(int sourceRow)> accepts);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SortableTableModel *m_model = nullptr;
    std::function<bool(int)> m_rowFilter;
};

} // namespace dmc::ui
