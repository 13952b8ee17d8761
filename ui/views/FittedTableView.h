#pragma once

#include <QTableView>

namespace dmc::ui {

// A table that asks its layout for the height of its rows (up to a cap) instead of scrolling
// inside a page that already scrolls: a short table shows whole, rows that wrap grow it. With
// fitWidth it also asks for the width of its columns, so a narrow table leaves the rest of the
// row to its neighbour.
class FittedTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FittedTableView(QWidget *parent = nullptr);

    // At most this many rows tall (0: every row); the rest scroll.
    void setMaximumVisibleRows(int rows);
    void setFitWidth(bool fit);

    // The width that shows every visible column at its content's width, without scrolling.
    int naturalWidth() const;

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int fittedHeight() const;

    int m_maximumRows = 0;
    bool m_fitWidth = false;
};

} // namespace dmc::ui
