#pragma once

#include "DockId.h"

#include <QDockWidget>

namespace dmc::ui {

// The dock that hosts one view. Its objectName is fixed and untranslated (layout state is
// keyed on it); its title follows the current language.
class ViewDock : public QDockWidget
{
    Q_OBJECT

public:
    ViewDock(DockId id, QWidget *content, QWidget *parent = nullptr);

    DockId id() const { return m_id; }

    static QString objectNameFor(DockId id); // "CockpitDock", "InspectionQueueDock", ...
    static QString titleFor(DockId id);      // translated

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DockId m_id;
};

} // namespace dmc::ui
