#include "KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace dmc::ui {

KpiTile::KpiTile(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_delta(new QLabel(this))
{
    setObjectName(objectName);
    setProperty("kpiTile", true);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_caption->setObjectName(QStringLiteral("KpiCaption"));
    m_value->setObjectName(QStringLiteral("KpiValue"));
    m_detail->setObjectName(QStringLiteral("KpiDetail"));
    m_delta->setObjectName(QStringLiteral("KpiDelta"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    m_caption->setFont(captionFont);
    m_caption->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_detail->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    // Change and detail on lines of their own: side by side, a Russian detail («прогноз 8,2 млн USD»)
    // was cut off in a tile a quarter of the dock wide.
    layout->addWidget(m_delta);
    layout->addWidget(m_detail);
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption.toUpper());
    setAccessibleName(caption);
}

void KpiTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleDescription(detail.isEmpty() ? value : value + QStringLiteral(", ") + detail);
}

void KpiTile::setDelta(const QString &delta, Trend trend, bool favourable)
{
    QString arrow;
    QString colour = QStringLiteral("#5f6b7a");
    if (trend != Trend::Neutral) {
        arrow = trend == Trend::Up ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
        colour = favourable ? QStringLiteral("#1e7d4f") : QStringLiteral("#b4432f");
    }
    m_delta->setText(arrow + delta);
    m_delta->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

void KpiTile::setDrillable(bool drillable)
{
    m_drillable = drillable;
    setCursor(drillable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_drillable)
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && m_drillable) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace dmc::ui
