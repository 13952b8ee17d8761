#pragma once

#include <QSortFilterProxyModel>

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

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortableTableModel *m_model = nullptr;
};

} // namespace dmc::ui
