#include "Theme.h"

#include "SortArrowStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace dmc::ui {

void Theme::apply(QApplication &app)
{
    app.setStyle(new SortArrowStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QPalette palette;
    const QColor window(0xf4, 0xf6, 0xf9);
    const QColor text(0x1f, 0x2a, 0x37);
    const QColor accent(0x1f, 0x5f, 0xa8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0xdc, 0xe8, 0xf7));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::ToolTipBase, Qt::white);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa3));
    palette.setColor(QPalette::Mid, QColor(0xc9, 0xcf, 0xd8));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xb0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xb0));
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(
        "QMainWindow::separator { background: #e3e7ed; width: 4px; height: 4px; }"
        "QDockWidget { titlebar-close-icon: none; }"
        "QDockWidget::title { background: #eef1f5; padding: 5px 8px; border-bottom: 1px solid #dde2e9; }"
        "QToolBar { background: #ffffff; border: none; border-bottom: 1px solid #dde2e9; spacing: 6px; padding: 3px; }"
        "QTabBar::tab { padding: 5px 12px; border: none; background: #eef1f5; color: #4a5566; }"
        "QTabBar::tab:selected { background: #ffffff; color: #1f2a37; border-bottom: 2px solid #1f5fa8; }"
        "QFrame[kpiTile=\"true\"] { background: #ffffff; border: 1px solid #dde2e9; border-radius: 6px; }"
        "QFrame[kpiTile=\"true\"]:hover { border-color: #1f5fa8; }"
        "QFrame[kpiTile=\"true\"]:focus { border: 1px solid #1f5fa8; }"
        "QFrame[kpiTile=\"true\"] QLabel { border: none; background: transparent; }"
        "QTableView { border: 1px solid #dde2e9; gridline-color: #eef1f5; }"
        "QHeaderView::section { background: #f7f9fb; border: none; border-bottom: 1px solid #dde2e9;"
        " padding: 4px 6px; color: #4a5566; font-weight: 600; }"
        "QGroupBox { border: 1px solid #dde2e9; border-radius: 6px; margin-top: 14px; background: #ffffff; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #4a5566; }"
        "QStatusBar { background: #ffffff; border-top: 1px solid #dde2e9; color: #4a5566; }"
        "QScrollArea > QWidget > QWidget { background: transparent; }"));
}

} // namespace dmc::ui
