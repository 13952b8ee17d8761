#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Paints an insight's small chart inside its cell (InsightModel::ChartRole): a series of one or
// two lines over dates, each scaled to itself, with a dotted reference line; or the peers' values
// as bars with the subject's bar drawn darker. Neutral colours: the chart shows, it does not grade.
class InsightChartDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dmc::ui
