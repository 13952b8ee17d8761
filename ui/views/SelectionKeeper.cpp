#include "SelectionKeeper.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace dmc::ui {

namespace {

// How many rows below the current one are remembered to find where to go on.
constexpr int RowsAfterCurrent = 200;

} // namespace

SelectionKeeper::SelectionKeeper(QTableView *table, QSortFilterProxyModel *proxy, RowKey key)
    : QObject(table)
    , m_table(table)
    , m_proxy(proxy)
    , m_key(std::move(key))
{
    // The proxy resets in its own slot on the source's signals, connected before these.
    connect(proxy->sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(proxy->sourceModel(), &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { rememberRowAfter(first, last); });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &SelectionKeeper::moveToRowAfter);
}

void SelectionKeeper::rememberRowAfter(int first, int last)
{
    m_rowAfterRemoval.clear();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.row() >= first && current.row() <= last && last + 1 < m_proxy->rowCount()) {
        m_rowAfterRemoval = keyAt(last + 1);
        m_currentColumn = current.column();
    }
}

void SelectionKeeper::moveToRowAfter()
{
    if (m_rowAfterRemoval.isEmpty())
        return;
    const QString key = std::exchange(m_rowAfterRemoval, QString());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (keyAt(row) == key) {
            m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, m_currentColumn),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

QString SelectionKeeper::keyAt(int proxyRow) const
{
    return m_key(m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row());
}

void SelectionKeeper::remember()
{
    m_selected.clear();
    m_currentAndAfter.clear();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && !m_table->selectionModel()->hasSelection()) {
        m_remembered = false;
        return;
    }
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        m_selected << keyAt(row.row());
    if (current.isValid()) {
        m_currentColumn = current.column();
        const int last = std::min(m_proxy->rowCount(), current.row() + 1 + RowsAfterCurrent);
        for (int row = current.row(); row < last; ++row)
            m_currentAndAfter << keyAt(row);
    }
    m_horizontal = m_table->horizontalScrollBar()->value();
    m_vertical = m_table->verticalScrollBar()->value();
    m_remembered = true;
}

void SelectionKeeper::restore()
{
    if (!m_remembered)
        return;
    m_remembered = false;
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rowOf.insert(keyAt(row), row);

    QItemSelection selection;
    for (const QString &key : std::as_const(m_selected))
        if (const auto row = rowOf.constFind(key); row != rowOf.constEnd())
            selection.select(m_proxy->index(*row, 0), m_proxy->index(*row, m_proxy->columnCount() - 1));
    int current = -1;
    for (const QString &key : std::as_const(m_currentAndAfter)) {
        if (const auto row = rowOf.constFind(key); row != rowOf.constEnd()) {
            current = *row;
            break;
        }
    }
    QItemSelectionModel *model = m_table->selectionModel();
    if (current >= 0) {
        const QModelIndex index = m_proxy->index(current, m_currentColumn);
        // The row that takes the place of a row that left is selected, as the DM goes on with it.
        if (selection.isEmpty())
            selection.select(m_proxy->index(current, 0), m_proxy->index(current, m_proxy->columnCount() - 1));
        model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    // The scroll range is known once the view has laid out the new rows.
    const int horizontal = m_horizontal;
    const int vertical = m_vertical;
    QTimer::singleShot(0, m_table, [table = m_table, horizontal, vertical] {
        table->horizontalScrollBar()->setValue(horizontal);
        table->verticalScrollBar()->setValue(vertical);
    });
}

} // namespace dmc::ui
