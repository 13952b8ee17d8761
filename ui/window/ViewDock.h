#pragma once

#include "DockId.h"

#include <QDockWidget>

#include <functional>

namespace dmc::ui {

// The dock that hosts one view. Its objectName is fixed and untranslated (layout state is
// keyed on it); its title follows the current language.
//
// The view is built when it is first needed: when the dock comes into sight, or when content()
// asks for it. Building the dozen views behind the tabs took half the window's start, before the
// data could be computed; the window builds them one at a time after the first paint instead.
class ViewDock : public QDockWidget
{
    Q_OBJECT

public:
    using ContentFactory = std::function<QWidget *()>;

    ViewDock(DockId id, ContentFactory createContent, QWidget *parent = nullptr);

    DockId id() const { return m_id; }
    // The view, built now if it was not yet.
    QWidget *content();
    bool hasContent() const { return !m_createContent; }

    static QString objectNameFor(DockId id); // "CockpitDock", "InspectionQueueDock", ...
    static QString titleFor(DockId id);      // translated

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DockId m_id;
    ContentFactory m_createContent; // empty once the view is built
};

} // namespace dmc::ui
