#include "FittedTableView.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace dmc::ui {

FittedTableView::FittedTableView(QWidget *parent)
    : QTableView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Row heights follow wrapped text, column widths the header: either changes the height asked for.
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

void FittedTableView::setMaximumVisibleRows(int rows)
{
    m_maximumRows = rows;
    updateGeometry();
}

void FittedTableView::setFitWidth(bool fit)
{
    m_fitWidth = fit;
    setSizePolicy(fit ? QSizePolicy::Fixed : QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateGeometry();
}

void FittedTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { updateGeometry(); });
    updateGeometry();
}

int FittedTableView::fittedHeight() const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    const int shown = m_maximumRows > 0 ? std::min(rows, m_maximumRows) : rows;
    int height = 0;
    for (int row = 0; row < shown; ++row)
        height += verticalHeader()->sectionSize(row);
    if (shown == 0)
        height = verticalHeader()->defaultSectionSize();
    if (!horizontalHeader()->isHidden())
        height += horizontalHeader()->sizeHint().height();
    const bool scrollsSideways = horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOn
        || (horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded && horizontalScrollBar()->maximum() > 0);
    if (scrollsSideways)
        height += horizontalScrollBar()->sizeHint().height();
    return height + 2 * frameWidth();
}

int FittedTableView::naturalWidth() const
{
    int width = 2 * frameWidth();
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    for (int column = 0; column < columns; ++column) {
        if (!isColumnHidden(column))
            width += std::max(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    }
    if (verticalScrollBar()->maximum() > 0)
        width += verticalScrollBar()->sizeHint().width();
    return width;
}

QSize FittedTableView::sizeHint() const
{
    const QSize hint = QTableView::sizeHint();
    return {m_fitWidth ? naturalWidth() : hint.width(), fittedHeight()};
}

QSize FittedTableView::minimumSizeHint() const
{
    const QSize hint = QTableView::minimumSizeHint();
    return {m_fitWidth ? naturalWidth() : hint.width(), fittedHeight()};
}

} // namespace dmc::ui
