#pragma once

#include "DockId.h"

#include "export/agenda/AgendaBuilder.h"
#include "workspace/SavedView.h"

#include <QMainWindow>

#include <array>
#include <optional>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;
class QProgressBar;
class QToolButton;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class QueryBar;
class SavedViewsMenu;
class InspectionQueueView;
class ViewDock;

// The cockpit window: one dock per view, a toolbar for scope / period / as-of, menus for
// databases, import and export. It hands the workspace to the views; it computes nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file or a postgresql:// team database. A damaged file with a backup beside it
    // gets the offer to restore that backup (the damaged file is kept, renamed).
    bool openDatabase(const QString &location);
    // The last database used, or the demo database (created on first start).
    bool openDefaultDatabase();
    // What openDefaultDatabase() opens: the most recent database that still exists, else the demo.
    static QString defaultDatabase();

    Workspace *workspace() const { return m_workspace; }
    ViewDock *dock(DockId id) const;
    QueryBar *queryBar() const { return m_queryBar; }

    void switchLanguage(const QString &language);
    void resetLayout();
    // The first-start language (system locale) or the remembered one.
    static QString startLanguage();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Where the built-in demo database lives (created on first start).
    static QString demoDatabase();
    void createActions();
    void createMenus();
    void createDocks();
    QWidget *createView(DockId id);
    void buildNextView();
    InspectionQueueView *queueView() const; // built now if it was not yet
    void arrangeDefaultLayout();
    void restoreSavedLayout();
    void saveLayout();
    void restoreQueueChoices();
    void saveQueueChoices();
    // The scope, compare-to and queue set-up shown now, and putting a saved one in place.
    SavedView currentView() const;
    void applyView(const SavedView &view);
    void retranslateUi();
    void retranslateUndo();
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    QString statusText() const;
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void connectToTeamDatabase();
    bool offerLatestBackup(const QString &location, const QString &problem);
    void showAbout();
    void runImport();
    void exportAgenda();
    void exportAgendaByDistrict();
    // The DM's statuses, notes and insight marks an agenda carries; nullopt after a warning titled `title`.
    std::optional<AgendaBuilder::Options> agendaOptions(const QString &title);
    // A window-modal progress dialog for work running off the GUI thread: it stays open until closed.
    QProgressDialog *workProgress(const QString &objectName, const QString &title, const QString &label,
                                  const QString &cancelText);
    void exportPack();
    void exportQuarterlyPlan();
    void editStageLabels();

    Workspace *m_workspace;
    QueryBar *m_queryBar;
    SavedViewsMenu *m_savedViewsMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    std::array<ViewDock *, allDockIds.size()> m_docks{};
    bool m_viewsWaitForResults = false;
    std::array<QAction *, allDockIds.size()> m_showDockActions{};
    QByteArray m_defaultLayout;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_databaseLabel = nullptr; // which database, in which role; says read-only
    QProgressBar *m_busy = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolButton *m_languageButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectTeamAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAgendaAction = nullptr;
    QAction *m_exportByDistrictAction = nullptr;
    QAction *m_exportPackAction = nullptr;
    QAction *m_exportPlanAction = nullptr;
    bool m_planExportPending = false; // File > Export quarterly plan waits for the capacity report
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_stageLabelsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_russianAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace dmc::ui
