#pragma once

#include <QProxyStyle>

namespace dmc::ui {

// Sort arrows as spreadsheet users read them: ▲ for ascending (A to Z, low to high), ▼ for
// descending. QHeaderView hands an ascending column to the style as SortDown, which Fusion draws
// as ▼ on Linux; this style swaps the two before Fusion draws them.
class SortArrowStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace dmc::ui
