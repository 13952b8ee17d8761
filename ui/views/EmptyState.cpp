#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dmc::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("EmptyState"));
    m_headline->setObjectName(QStringLiteral("EmptyStateHeadline"));
    m_hint->setObjectName(QStringLiteral("EmptyStateHint"));
    for (QLabel *label : {m_headline, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    m_headline->setFont(font);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    layout->addStretch(3);
}

void EmptyState::setMessage(const QString &headline, const QString &hint)
{
    m_headline->setText(headline);
    m_hint->setText(hint);
}

QString EmptyState::headline() const
{
    return m_headline->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

} // namespace dmc::ui
