#pragma once

#include "workspace/SavedView.h"

#include <QMenu>

#include <functional>

namespace dmc {
class Workspace;
}

namespace dmc::ui {

// View > Saved views: "Save current view…", then the DM's saved views (choosing one applies it),
// then "Delete saved view". The views are the DM's own on the open database (SavedViews): on a
// team database every login role has its own. Rebuilt each time it opens, so it always lists
// what the database holds.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT

public:
    // `current` gives the view the window shows now (name empty), for "Save current view…".
    SavedViewsMenu(Workspace *workspace, std::function<SavedView()> current, QWidget *parent = nullptr);

signals:
    void viewChosen(const dmc::SavedView &view);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void saveCurrent();
    void remove(const QString &name);

    Workspace *m_workspace;
    std::function<SavedView()> m_current;
};

} // namespace dmc::ui
