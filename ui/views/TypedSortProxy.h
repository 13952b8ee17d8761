#pragma once

#include "SortKey.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

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
    // The sort column's key of a source row. A sort asks for two keys per comparison, O(n log n)
    // times; each is built once here (a QString copy, a stage label looked up) and kept until the
    // source changes: a changed cell updates its key, any other change drops them all.
    const SortKey &keyOf(int row, int column) const;
    void updateKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void dropKeys();

    SortableTableModel *m_model = nullptr;
    std::function<bool(int)> m_rowFilter;
    mutable std::vector<SortKey> m_keys; // by source row, for m_keysColumn
    mutable int m_keysColumn = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace dmc::ui
