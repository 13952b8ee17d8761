#include "TypedSortProxy.h"

#include "SortableTableModel.h"

#include <algorithm>

namespace dmc::ui {

TypedSortProxy::TypedSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TypedSortProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropKeys();
    m_model = qobject_cast<SortableTableModel *>(model);
    if (m_model) {
        // Connected before QSortFilterProxyModel's own handlers, which sort the changed rows.
        m_sourceConnections << connect(m_model, &QAbstractItemModel::dataChanged, this, &TypedSortProxy::updateKeys);
        for (const auto signal : {&QAbstractItemModel::modelAboutToBeReset, &QAbstractItemModel::modelReset})
            m_sourceConnections << connect(m_model, signal, this, &TypedSortProxy::dropKeys);
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                                  &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            m_sourceConnections << connect(m_model, signal, this, &TypedSortProxy::dropKeys);
        m_sourceConnections << connect(m_model, &QAbstractItemModel::rowsMoved, this, &TypedSortProxy::dropKeys);
        m_sourceConnections << connect(m_model, &QAbstractItemModel::columnsMoved, this, &TypedSortProxy::dropKeys);
        m_sourceConnections << connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                       &TypedSortProxy::dropKeys);
        m_sourceConnections << connect(m_model, &QAbstractItemModel::layoutChanged, this, &TypedSortProxy::dropKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

const SortKey &TypedSortProxy::keyOf(int row, int column) const
{
    const int rows = m_model->rowCount();
    if (column != m_keysColumn || m_keys.size() != size_t(rows)) {
        m_keys.clear();
        m_keys.reserve(size_t(rows));
        for (int r = 0; r < rows; ++r)
            m_keys.push_back(m_model->sortKey(r, column));
        m_keysColumn = column;
    }
    return m_keys[size_t(row)];
}

void TypedSortProxy::updateKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_keys.empty() || m_keysColumn < topLeft.column() || m_keysColumn > bottomRight.column())
        return;
    const int last = std::min(bottomRight.row(), int(m_keys.size()) - 1);
    for (int row = std::max(topLeft.row(), 0); row <= last; ++row)
        m_keys[size_t(row)] = m_model->sortKey(row, m_keysColumn);
}

void TypedSortProxy::dropKeys()
{
    m_keys.clear();
    m_keysColumn = -1;
}

void TypedSortProxy::setRowFilter(std::function<bool(int)> accepts)
{
    m_rowFilter = std::move(accepts);
    invalidate(); // not invalidateFilter(): quadratic when a filter widens (Qt 6.4)
}

bool TypedSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() || !m_rowFilter || m_rowFilter(sourceRow);
}

bool TypedSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const SortKey &a = keyOf(left.row(), left.column());
    const SortKey &b = keyOf(right.row(), right.column());
    // Empty cells sort after everything in ascending order.
    if (a.index() != b.index()) {
        if (std::holds_alternative<std::monostate>(a))
            return false;
        if (std::holds_alternative<std::monostate>(b))
            return true;
        return a.index() < b.index();
    }
    if (const double *x = std::get_if<double>(&a))
        return *x < std::get<double>(b);
    if (const QString *x = std::get_if<QString>(&a))
        return QString::localeAwareCompare(*x, std::get<QString>(b)) < 0;
    return false;
}

} // namespace dmc::ui
