#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Paints a POC's time line inside a cell on the scale every row shares: the planned days as a
// light bar, the actual days (so far, for a running POC) as a darker bar over it, the days past the
// planned end in orange, and the as-of as a vertical line. No widget per row.
class PocTimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PocTimelineDelegate(int timelineRole, int overrunRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    int m_overrunRole;
};

} // namespace dmc::ui
