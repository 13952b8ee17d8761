#include "DocumentLabels.h"

#include <QLabel>

namespace dmc::ui {

QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    return label;
}

QLabel *textLabel(QWidget *parent, bool quiet)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    if (quiet)
        label->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    return label;
}

} // namespace dmc::ui
