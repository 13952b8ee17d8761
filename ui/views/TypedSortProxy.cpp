#include "TypedSortProxy.h"

#include "SortableTableModel.h"

namespace dmc::ui {

TypedSortProxy::TypedSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TypedSortProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<SortableTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
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
    const SortKey a = m_model->sortKey(left.row(), left.column());
    const SortKey b = m_model->sortKey(right.row(), right.column());
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
