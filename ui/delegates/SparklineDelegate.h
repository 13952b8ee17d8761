#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Paints a small line of health readings (0-100) inside a cell: no widget per row. Its colour
// says the sign of the change the model gives (red fell, blue rose, grey held or unknown), so it
// agrees with the number beside it.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SparklineDelegate(int readingsRole, int changeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    int m_changeRole;
};

} // namespace dmc::ui
