#include "SparklineDelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace dmc::ui {

SparklineDelegate::SparklineDelegate(int readingsRole, int changeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(readingsRole)
    , m_changeRole(changeRole)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection
    const QList<int> scores = index.data(m_role).value<QList<int>>();
    if (scores.size() < 2)
        return;
    const QRectF area = QRectF(option.rect).adjusted(6, 5, -6, -5);
    // Scaled to the readings (and the reference at 60) so a change of a few points shows.
    const auto [low, high] = std::minmax_element(scores.cbegin(), scores.cend());
    const double bottom = std::min(*low, 60) - 5.0;
    const double top = std::max(*high, 60) + 5.0;
    auto y = [&](double score) { return area.bottom() - area.height() * (score - bottom) / (top - bottom); };
    QPainterPath path;
    for (int i = 0; i < scores.size(); ++i) {
        const QPointF point(area.left() + area.width() * i / (scores.size() - 1), y(scores.at(i)));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A faint line at 60, the default health threshold of the renewal filter, as a reference.
    painter->setPen(QPen(QColor(0xdd, 0xe2, 0xe9), 1, Qt::DotLine));
    const qreal reference = y(60);
    painter->drawLine(QPointF(area.left(), reference), QPointF(area.right(), reference));
    const QVariant change = index.data(m_changeRole);
    const int sign = change.isValid() ? (change.toInt() > 0) - (change.toInt() < 0) : 0;
    const QColor colour = sign < 0 ? QColor(0xc0, 0x56, 0x47)
        : sign > 0                 ? QColor(0x1f, 0x5f, 0xa8)
                                   : QColor(0x8a, 0x94, 0xa3);
    painter->setPen(QPen(colour, 1.6));
    painter->drawPath(path);
    painter->restore();
}

} // namespace dmc::ui
