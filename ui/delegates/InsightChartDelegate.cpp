#include "InsightChartDelegate.h"

#include "InsightModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace dmc::ui {

namespace {

const QColor primary(0x1f, 0x5f, 0xa8);
const QColor secondary(0x8a, 0x6d, 0x3b);
const QColor faint(0xb8, 0xc2, 0xcf);

void drawLine(QPainter *painter, const QRectF &area, const std::vector<double> &values,
              const std::optional<double> &reference, const QColor &colour)
{
    if (values.size() < 2)
        return;
    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    if (reference) {
        low = std::min(low, *reference);
        high = std::max(high, *reference);
    }
    if (high - low < 1e-9) {
        high += 1;
        low -= 1;
    }
    auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };
    if (reference) {
        painter->setPen(QPen(faint, 1, Qt::DotLine));
        painter->drawLine(QPointF(area.left(), y(*reference)), QPointF(area.right(), y(*reference)));
    }
    QPainterPath path;
    for (size_t i = 0; i < values.size(); ++i) {
        const QPointF point(area.left() + area.width() * double(i) / double(values.size() - 1), y(values[i]));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter->setPen(QPen(colour, 1.6));
    painter->drawPath(path);
    painter->setBrush(colour);
    painter->drawEllipse(path.currentPosition(), 2.2, 2.2);
    painter->setBrush(Qt::NoBrush);
}

void drawBars(QPainter *painter, const QRectF &area, const InsightChart &chart)
{
    if (chart.values.empty())
        return;
    const double high = std::max(*std::max_element(chart.values.begin(), chart.values.end()), 0.0);
    if (high <= 0)
        return;
    const double slot = area.width() / double(chart.values.size());
    const double width = std::max(1.5, slot * 0.7);
    for (size_t i = 0; i < chart.values.size(); ++i) {
        const double h = std::max(1.0, area.height() * std::max(chart.values[i], 0.0) / high);
        const QRectF bar(area.left() + slot * double(i) + (slot - width) / 2, area.bottom() - h, width, h);
        painter->fillRect(bar, int(i) == chart.highlight ? primary : faint);
    }
    if (chart.reference && *chart.reference > 0 && *chart.reference <= high) {
        const double y = area.bottom() - area.height() * *chart.reference / high;
        painter->setPen(QPen(secondary, 1, Qt::DotLine));
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
}

} // namespace

void InsightChartDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection
    const InsightChart chart = index.data(InsightModel::ChartRole).value<InsightChart>();
    const QRectF cell = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const QRectF area(cell.left(), cell.top(), cell.width(), std::min(cell.height(), 34.0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chart.kind == InsightChart::Kind::Series) {
        drawLine(painter, area, chart.values, chart.reference, primary);
        drawLine(painter, area, chart.values2, std::nullopt, secondary);
    } else if (chart.kind == InsightChart::Kind::Peers) {
        drawBars(painter, area, chart);
    }
    painter->restore();
}

QSize InsightChartDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return QSize(96, 46);
}

} // namespace dmc::ui
