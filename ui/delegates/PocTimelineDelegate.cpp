#include "PocTimelineDelegate.h"

#include <QDate>
#include <QPainter>

namespace dmc::ui {

PocTimelineDelegate::PocTimelineDelegate(int timelineRole, int overrunRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(timelineRole)
    , m_overrunRole(overrunRole)
{
}

QSize PocTimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(220, 22));
}

void PocTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection
    const QVariantList dates = index.data(m_role).toList();
    if (dates.size() < 6)
        return;
    const QDate start = dates[0].toDate(), plannedEnd = dates[1].toDate(), end = dates[2].toDate();
    const QDate asOf = dates[3].toDate(), first = dates[4].toDate(), last = dates[5].toDate();
    if (!first.isValid() || !last.isValid() || first >= last)
        return;
    const QRectF area = QRectF(option.rect).adjusted(6, 0, -6, 0);
    const double span = double(first.daysTo(last));
    auto x = [&](const QDate &date) { return area.left() + area.width() * double(first.daysTo(date)) / span; };
    const double middle = area.center().y();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // Planned: start to planned end, light.
    if (start.isValid() && plannedEnd.isValid()) {
        painter->setBrush(QColor(0xc9, 0xd6, 0xea));
        painter->drawRoundedRect(QRectF(QPointF(x(start), middle - 6), QPointF(x(plannedEnd), middle + 6)), 2, 2);
    }
    // Actual: start to the end (or the as-of), darker and thinner; the part past the planned end orange.
    if (start.isValid() && end.isValid() && end >= start) {
        const QDate withinPlan = plannedEnd.isValid() && plannedEnd < end ? plannedEnd : end;
        painter->setBrush(QColor(0x2f, 0x5d, 0x9e));
        painter->drawRect(
            QRectF(QPointF(x(start), middle - 3), QPointF(std::max(x(withinPlan), x(start) + 1), middle + 3)));
        if (index.data(m_overrunRole).toBool() && plannedEnd.isValid()) {
            painter->setBrush(QColor(0xd9, 0x7a, 0x1e));
            painter->drawRect(QRectF(QPointF(x(plannedEnd), middle - 3), QPointF(x(end), middle + 3)));
        }
    }
    // The as-of ("today" of the query) across the cell.
    if (asOf.isValid() && asOf >= first && asOf <= last) {
        painter->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5));
        painter->drawLine(QPointF(x(asOf), option.rect.top() + 2), QPointF(x(asOf), option.rect.bottom() - 2));
    }
    painter->restore();
}

} // namespace dmc::ui
