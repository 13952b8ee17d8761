#include "SavedViewsMenu.h"

#include "models/Workspace.h"
#include "store/Database.h"
#include "workspace/SavedViews.h"

#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>

namespace dmc::ui {

SavedViewsMenu::SavedViewsMenu(Workspace *workspace, std::function<SavedView()> current, QWidget *parent)
    : QMenu(parent)
    , m_workspace(workspace)
    , m_current(std::move(current))
{
    setObjectName(QStringLiteral("SavedViewsMenu"));
    setTitle(tr("Saved &views"));
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
}

void SavedViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("Saved &views"));
    QMenu::changeEvent(event);
}

void SavedViewsMenu::rebuild()
{
    clear();
    Database *database = m_workspace->database();
    QAction *save = addAction(tr("Save current view…"), this, &SavedViewsMenu::saveCurrent);
    save->setObjectName(QStringLiteral("SaveViewAction"));
    save->setEnabled(database && m_workspace->hasData() && m_workspace->canEdit());
    if (!database)
        return;
    const std::vector<SavedView> views = SavedViews(*database).views();
    addSeparator();
    if (views.empty()) {
        addAction(tr("No saved views"))->setEnabled(false);
        return;
    }
    for (const SavedView &view : views)
        addAction(view.name, this, [this, view] { emit viewChosen(view); });
    addSeparator();
    QMenu *remove = addMenu(tr("Delete saved view"));
    remove->setObjectName(QStringLiteral("DeleteViewMenu"));
    remove->setEnabled(m_workspace->canEdit());
    for (const SavedView &view : views)
        remove->addAction(view.name, this, [this, name = view.name] { this->remove(name); });
}

void SavedViewsMenu::saveCurrent()
{
    Database *database = m_workspace->database();
    if (!database)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save current view"),
                                               tr("The scope, the compare-to and the inspection queue's filters, "
                                                  "grouping and sort are kept under this name:"),
                                               QLineEdit::Normal, m_workspace->scopeLabel(), &ok);
    if (!ok)
        return;
    SavedView view = m_current();
    view.name = name;
    SavedViews views(*database);
    if (views.view(name)
        && QMessageBox::question(parentWidget(), tr("Save current view"),
                                 tr("A view named \"%1\" exists. Replace it?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    if (const Status saved = views.save(view); !saved)
        emit failed(saved.error().toString());
}

void SavedViewsMenu::remove(const QString &name)
{
    if (Database *database = m_workspace->database())
        if (const Status removed = SavedViews(*database).remove(name); !removed)
            emit failed(removed.error().toString());
}

} // namespace dmc::ui
