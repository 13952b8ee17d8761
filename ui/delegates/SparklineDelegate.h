#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Paints a small line of health readings (0-100) inside a cell: no widget per row.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SparklineDelegate(int readingsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace dmc::ui
