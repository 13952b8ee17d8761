#include "SelectionKeeper.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <iterator>
#include <utility>

namespace dmc::ui {

namespace {

// How many rows below the current one are remembered to find where to go on.
constexpr int RowsAfterCurrent = 200;

} // namespace

SelectionKeeper::SelectionKeeper(QTableView *table, RowKey key)
    : QObject(table)
    , m_table(table)
    , m_key(std::move(key))
{
    connect(table->model(), &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
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
        if (const QString key = m_key(row.row()); !key.isEmpty())
            m_selected << key;
    if (current.isValid()) {
        m_currentColumn = current.column();
        const int last = std::min(m_table->model()->rowCount(), current.row() + 1 + RowsAfterCurrent);
        for (int row = current.row(); row < last; ++row)
            if (const QString key = m_key(row); !key.isEmpty())
                m_currentAndAfter << key;
    }
    // Several resets in a row (one per hit a snooze stores) keep the place of the first: the
    // scroll bars move only once the rows are laid out again.
    if (!m_scrollPending) {
        m_horizontal = m_table->horizontalScrollBar()->value();
        m_vertical = m_table->verticalScrollBar()->value();
    }
    m_remembered = true;
}

void SelectionKeeper::restore()
{
    if (!m_remembered)
        return;
    m_remembered = false;
    const QAbstractItemModel *model = m_table->model();
    // Where the remembered keys are now (a few hundred at most): not a map of every row's key,
    // which cost more than the reset itself at 26k rows.
    QHash<QString, int> rowOf;
    for (const QString &key : std::as_const(m_selected))
        rowOf.insert(key, -1);
    for (const QString &key : std::as_const(m_currentAndAfter))
        rowOf.insert(key, -1);
    qsizetype missing = rowOf.size();
    for (int row = 0, rows = model->rowCount(); row < rows && missing > 0; ++row) {
        const auto found = rowOf.find(m_key(row));
        if (found != rowOf.end() && *found < 0) {
            *found = row;
            --missing;
        }
    }
    for (auto it = rowOf.begin(); it != rowOf.end();)
        it = *it < 0 ? rowOf.erase(it) : std::next(it);

    QItemSelection selection;
    for (const QString &key : std::as_const(m_selected))
        if (const auto row = rowOf.constFind(key); row != rowOf.constEnd())
            selection.select(model->index(*row, 0), model->index(*row, model->columnCount() - 1));
    int current = -1;
    for (const QString &key : std::as_const(m_currentAndAfter)) {
        if (const auto row = rowOf.constFind(key); row != rowOf.constEnd()) {
            current = *row;
            break;
        }
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    if (current >= 0) {
        const QModelIndex index = model->index(current, m_currentColumn);
        // The row that takes the place of a row that left is selected, as the DM goes on with it.
        if (selection.isEmpty())
            selection.select(model->index(current, 0), model->index(current, model->columnCount() - 1));
        selectionModel->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    // The scroll range is known once the view has laid out the new rows.
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        m_table->horizontalScrollBar()->setValue(m_horizontal);
        m_table->verticalScrollBar()->setValue(m_vertical);
    });
}

} // namespace dmc::ui
