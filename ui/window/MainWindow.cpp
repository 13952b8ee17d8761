#include "MainWindow.h"

#include "Format.h"
#include "DatabaseSettings.h"
#include "DistrictAgendaRunner.h"
#include "ImportRunner.h"
#include "CapacitySession.h"
#include "InsightsSession.h"
#include "QueryBar.h"
#include "SavedViewsMenu.h"
#include "Settings.h"
#include "ViewDock.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "demo/DemoDatabase.h"
#include "dialogs/ExportPreviewDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/StageLabelsDialog.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "export/ExportFileName.h"
#include "export/agenda/AgendaBuilder.h"
#include "export/agenda/AgendaExporter.h"
#include "export/agenda/AgendaReport.h"
#include "export/capacity/QuarterlyPlanExporter.h"
#include "export/capacity/QuarterlyPlanReport.h"
#include "export/pack/PackExporter.h"
#include "export/pack/PackReport.h"
#include "export/render/HtmlRenderer.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "store/DatabaseIdentity.h"
#include "store/TermLabelStore.h"
#include "views/CoachingPackView.h"
#include "views/CockpitView.h"
#include "views/DealDetailView.h"
#include "views/EmptyState.h"
#include "views/ForecastAccuracyView.h"
#include "views/InsightsView.h"
#include "views/InspectionQueueView.h"
#include "views/PipelineChangesView.h"
#include "views/HistoryView.h"
#include "views/PlaysPartnersView.h"
#include "views/PocBoardView.h"
#include "views/QuarterlyReviewView.h"
#include "views/TerritoryCapacityView.h"
#include "views/RenewalWatchlistView.h"
#include "views/RiskFiltersView.h"
#include "workspace/DmActions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>
#include <QTabBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace dmc::ui {

namespace {

int indexOf(DockId id)
{
    return static_cast<int>(id);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_queryBar(new QueryBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    resize(1500, 920);
    // The views out of sight are built while nothing else needs the cores: not while the data
    // loads (its image is read on both), nor between a computation's start and its results'
    // first paint, which they would delay.
    connect(m_workspace, &Workspace::computeStarted, this, [this] { m_viewsWaitForResults = true; });
    // After a load that failed no computation follows: the views are built from here.
    connect(m_workspace, &Workspace::loadFinished, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::buildNextView); });
    connect(m_workspace, &Workspace::resultsSettled, this, [this] {
        m_viewsWaitForResults = false;
        QTimer::singleShot(0, this, &MainWindow::buildNextView);
    });

    createActions();
    createMenus();
    createDocks();

    m_mainToolBar = new QToolBar(this);
    m_mainToolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_mainToolBar->setMovable(false);
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->addAction(m_openAction);
    m_mainToolBar->addAction(m_importAction);
    m_mainToolBar->addAction(m_exportAgendaAction);
    m_languageButton = new QToolButton(this);
    m_languageButton->setObjectName(QStringLiteral("LanguageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setMenu(m_languageMenu);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addWidget(m_languageButton);
    addToolBar(Qt::TopToolBarArea, m_mainToolBar);
    addToolBar(Qt::TopToolBarArea, m_queryBar);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("StatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("DatabaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("BusyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: loading and recomputing have no known length
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    arrangeDefaultLayout();
    m_defaultLayout = saveState(Settings::layoutVersion);
    restoreSavedLayout();

    connect(m_queryBar, &QueryBar::scopeChosen, m_workspace, &Workspace::setScope);
    connect(m_queryBar, &QueryBar::periodChosen, m_workspace, &Workspace::setPeriod);
    connect(m_queryBar, &QueryBar::asOfChosen, m_workspace, &Workspace::setAsOf);
    connect(m_queryBar, &QueryBar::compareRuleChosen, m_workspace, &Workspace::setCompareRule);
    connect(m_workspace, &Workspace::choicesChanged, this, [this] {
        m_queryBar->setScopes(m_workspace->scopeTree(), m_workspace->scopeKey());
        m_queryBar->setPeriods(m_workspace->periods(), m_workspace->periodKey());
        m_queryBar->setSnapshots(m_workspace->snapshotDates(), m_workspace->asOf(), m_workspace->compareRule());
    });
    connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_workspace, &Workspace::scopeChosen, this,
            [](const QString &key) { Settings::lastScope().setValue(key); });
    // What the DM sets up on a database comes back when that database opens again.
    connect(m_workspace, &Workspace::compareRuleChosen, this, [this](const CompareToRule &rule) {
        if (m_workspace->database())
            DatabaseSettings(m_workspace->databaseLocation()).compareRule().setValue(rule.key());
    });
    connect(m_workspace, &Workspace::packRepChosen, this, [this](const QString &repId) {
        if (m_workspace->database())
            DatabaseSettings(m_workspace->databaseLocation()).packRep().setValue(repId);
    });
    if (auto *queue = queueView())
        connect(queue, &InspectionQueueView::choicesChanged, this, &MainWindow::saveQueueChoices);
    connect(m_workspace, &Workspace::drillRequested, this, [this] {
        dock(DockId::InspectionQueue)->show();
        dock(DockId::InspectionQueue)->raise();
    });
    connect(m_workspace, &Workspace::dealSelected, this, [this] {
        if (dock(DockId::DealDetail)->isHidden())
            dock(DockId::DealDetail)->show();
        dock(DockId::DealDetail)->raise();
    });
    if (auto *cockpit = qobject_cast<CockpitView *>(dock(DockId::Cockpit)->content()))
        connect(cockpit, &CockpitView::insightsRequested, this, [this] {
            // The line counts the new ones among the capped list: the dock opens on that list.
            if (auto *view = qobject_cast<InsightsView *>(dock(DockId::Insights)->content()))
                view->showCappedList();
            dock(DockId::Insights)->show();
            dock(DockId::Insights)->raise();
        });
    connect(m_workspace, &Workspace::failed, this,
            [this](const QString &message) { QMessageBox::critical(this, tr("DM Cockpit"), message); });

    retranslateUi();
    QTimer::singleShot(0, this, &MainWindow::buildNextView);
}

MainWindow::~MainWindow() = default;

ViewDock *MainWindow::dock(DockId id) const
{
    return m_docks[indexOf(id)];
}

InspectionQueueView *MainWindow::queueView() const
{
    return qobject_cast<InspectionQueueView *>(dock(DockId::InspectionQueue)->content());
}

// One view per turn of the event loop, so that a loaded result waits for one view at most.
void MainWindow::buildNextView()
{
    if (m_workspace->isLoading() || m_viewsWaitForResults)
        return; // the end of the load or the settle of the results resumes
    const auto unbuilt =
        std::ranges::find_if(m_docks, [](const ViewDock *viewDock) { return !viewDock->hasContent(); });
    if (unbuilt == m_docks.end())
        return;
    (*unbuilt)->content();
    QTimer::singleShot(0, this, &MainWindow::buildNextView);
}

bool MainWindow::openDatabase(const QString &location)
{
    const DatabaseSettings remembered(location);
    m_workspace->setPreferredScope(Settings::lastScope().value());
    m_workspace->setPreferredCompareRule(CompareToRule::parse(remembered.compareRule().value()));
    m_workspace->setPreferredPackRep(remembered.packRep().value());
    Status opened = m_workspace->open(location);
    if (!opened && opened.error().kind == Error::Kind::Damaged && !Database::latestBackup(location).isEmpty()) {
        if (!offerLatestBackup(location, opened.error().toString()))
            return false;
        opened = m_workspace->open(location);
    }
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open database"), opened.error().toString());
        return false;
    }
    Settings::addRecentDatabase(location);
    remembered.rememberLocation();
    restoreQueueChoices();
    rebuildRecentMenu();
    updateTitleAndStatus();
    return true;
}

void MainWindow::restoreQueueChoices()
{
    auto *queue = queueView();
    if (!queue)
        return;
    const DatabaseSettings remembered(m_workspace->databaseLocation());
    InspectionQueueView::Choices choices;
    const QStringList hidden = remembered.queueHiddenRules().value();
    choices.hiddenRules = QSet<QString>(hidden.begin(), hidden.end());
    choices.groupBy = remembered.queueGroupBy().value();
    choices.sortColumn = remembered.queueSortColumn().value();
    choices.sortOrder =
        remembered.queueSortOrder().value() == int(Qt::AscendingOrder) ? Qt::AscendingOrder : Qt::DescendingOrder;
    queue->setChoices(choices);
}

void MainWindow::saveQueueChoices()
{
    auto *queue = queueView();
    if (!queue || !m_workspace->database())
        return;
    const DatabaseSettings remembered(m_workspace->databaseLocation());
    const InspectionQueueView::Choices choices = queue->choices();
    QStringList hidden(choices.hiddenRules.begin(), choices.hiddenRules.end());
    hidden.sort();
    // Called on every sort and chip toggle: the file is written once, and only for a change.
    QSettings settings;
    remembered.queueHiddenRules().setValue(settings, hidden);
    remembered.queueGroupBy().setValue(settings, choices.groupBy);
    remembered.queueSortColumn().setValue(settings, choices.sortColumn);
    remembered.queueSortOrder().setValue(settings, int(choices.sortOrder));
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    view.scopeKey = m_workspace->scopeKey();
    view.compareRule = m_workspace->compareRule();
    if (auto *queue = queueView()) {
        const InspectionQueueView::Choices choices = queue->choices();
        view.hiddenRules = QStringList(choices.hiddenRules.begin(), choices.hiddenRules.end());
        view.hiddenRules.sort();
        view.grouping = SavedView::QueueGrouping(choices.groupBy);
        view.sortColumn = choices.sortColumn;
        view.sortAscending = choices.sortOrder == Qt::AscendingOrder;
    }
    return view;
}

void MainWindow::applyView(const SavedView &view)
{
    if (auto *queue = queueView()) {
        InspectionQueueView::Choices choices;
        choices.hiddenRules = QSet<QString>(view.hiddenRules.begin(), view.hiddenRules.end());
        choices.groupBy = int(view.grouping);
        choices.sortColumn = view.sortColumn;
        choices.sortOrder = view.sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder;
        queue->setChoices(choices);
        saveQueueChoices();
    }
    m_workspace->setCompareRule(view.compareRule);
    const std::function<bool(const ScopeNode &)> holds = [&](const ScopeNode &node) {
        return node.key == view.scopeKey || std::any_of(node.children.begin(), node.children.end(), holds);
    };
    if (!holds(m_workspace->scopeTree())) {
        QMessageBox::information(this, tr("DM Cockpit"),
                                 tr("The view \"%1\" looks at a scope this data does not hold; the scope "
                                    "stays as it is.")
                                     .arg(view.name));
        return;
    }
    m_workspace->setScope(view.scopeKey);
    m_queryBar->setScopes(m_workspace->scopeTree(), m_workspace->scopeKey());
}

QString MainWindow::defaultDatabase()
{
    const QStringList recent = Settings::recentDatabases().value();
    if (!recent.isEmpty() && (Database::isServerLocation(recent.first()) || QFileInfo::exists(recent.first())))
        return recent.first();
    return demoDatabase();
}

QString MainWindow::demoDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

bool MainWindow::openDefaultDatabase()
{
    const QString location = defaultDatabase();
    const QString demo = demoDatabase();
    if (location != demo)
        return openDatabase(location);
    QDir().mkpath(QFileInfo(demo).absolutePath());
    if (!QFileInfo::exists(demo)) {
        // First start: the embedded demo district, so the cockpit opens on real-looking data.
        auto database = Database::open(demo);
        const auto created =
            database ? DemoDatabase::create(**database, DemoOptions{}) : Result<qint64>(database.error());
        if (!created) {
            if (database)
                database.value().reset();
            QFile::remove(demo); // no half-made demo left to open next time
            QMessageBox::critical(this, tr("Cannot create the demo database"), created.error().toString());
            return false;
        }
    }
    return openDatabase(demo);
}

QString MainWindow::startLanguage()
{
    const QString remembered = Settings::language().value();
    return Translations::availableLanguages().contains(remembered) ? remembered : Translations::systemLanguage();
}

void MainWindow::switchLanguage(const QString &language)
{
    if (!Translations::install(language))
        return;
    Settings::language().setValue(language);
    // Installing a translator posts LanguageChange to every widget; each one retranslates itself.
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, Settings::layoutVersion);
    for (ViewDock *dock : m_docks)
        dock->setFloating(false);
    dock(DockId::Cockpit)->raise();
    dock(DockId::InspectionQueue)->raise();
}

bool MainWindow::event(QEvent *event)
{
    // QMainWindow makes a tab bar for each group of tabbed docks when it first needs one, and elides
    // its titles: ten docks below the cockpit read "C…", "I…" at 1600 px. Whole titles, with scroll
    // arrows when they do not fit.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            tabs->setElideMode(Qt::ElideNone);
            tabs->setUsesScrollButtons(true);
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut, QStyle::StandardPixmap icon) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        return action;
    };
    m_newAction = make("NewDatabaseAction", QKeySequence::New, QStyle::SP_FileIcon);
    m_openAction = make("OpenDatabaseAction", QKeySequence::Open, QStyle::SP_DialogOpenButton);
    m_connectTeamAction = make("ConnectTeamDatabaseAction", QKeySequence(), QStyle::SP_DriveNetIcon);
    m_importAction = make("ImportAction", QKeySequence(Qt::CTRL | Qt::Key_I), QStyle::SP_ArrowDown);
    m_exportAgendaAction = make("ExportAgendaAction", QKeySequence(Qt::CTRL | Qt::Key_E), QStyle::SP_DialogSaveButton);
    m_exportByDistrictAction = make("ExportAgendaByDistrictAction", QKeySequence(), QStyle::SP_CustomBase);
    m_exportPackAction =
        make("ExportCoachingPackAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStyle::SP_CustomBase);
    m_exportPlanAction = make("ExportQuarterlyPlanAction", QKeySequence(), QStyle::SP_CustomBase);
    m_quitAction = make("QuitAction", QKeySequence::Quit, QStyle::SP_CustomBase);
    m_resetLayoutAction = make("ResetLayoutAction", QKeySequence(), QStyle::SP_CustomBase);
    m_stageLabelsAction = make("StageLabelsAction", QKeySequence(), QStyle::SP_CustomBase);
    m_aboutAction = make("AboutAction", QKeySequence(), QStyle::SP_CustomBase);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Edit > Undo / Redo step through the DM's edits in this session (notes, statuses, snoozes,
    // follow-ups, ratings, coaching notes, reverts, assumption sets); each undo is a logged
    // revert (HistorySession). The texts name the step, as KDE applications do.
    m_undoAction = make("UndoAction", QKeySequence::Undo, QStyle::SP_ArrowBack);
    m_redoAction = make("RedoAction", QKeySequence::Redo, QStyle::SP_ArrowForward);
    QUndoStack *undo = m_workspace->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_redoAction->setEnabled(undo->canRedo());
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("EnglishAction"));
    m_englishAction->setData(QStringLiteral("en"));
    m_russianAction = new QAction(m_languageGroup);
    m_russianAction->setObjectName(QStringLiteral("RussianAction"));
    m_russianAction->setData(QStringLiteral("ru"));
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });

    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_connectTeamAction, &QAction::triggered, this, &MainWindow::connectToTeamDatabase);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::runImport);
    connect(m_exportAgendaAction, &QAction::triggered, this, &MainWindow::exportAgenda);
    connect(m_exportByDistrictAction, &QAction::triggered, this, &MainWindow::exportAgendaByDistrict);
    connect(m_exportPackAction, &QAction::triggered, this, &MainWindow::exportPack);
    connect(m_exportPlanAction, &QAction::triggered, this, &MainWindow::exportQuarterlyPlan);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_stageLabelsAction, &QAction::triggered, this, &MainWindow::editStageLabels);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("FileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectTeamAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("RecentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAgendaAction);
    m_fileMenu->addAction(m_exportByDistrictAction);
    m_fileMenu->addAction(m_exportPackAction);
    m_fileMenu->addAction(m_exportPlanAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("EditMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("ViewMenu"));
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("GoMenu"));
    m_languageMenu = new QMenu(this);
    m_languageMenu->setObjectName(QStringLiteral("LanguageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("HelpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createDocks()
{
    for (DockId id : allDockIds)
        m_docks[indexOf(id)] = new ViewDock(
            id, [this, id] { return createView(id); }, this);
    for (DockId id : allDockIds) {
        ViewDock *viewDock = dock(id);
        QAction *toggle = viewDock->toggleViewAction();
        m_viewMenu->addAction(toggle);
        // Ctrl+1..9 and Ctrl+0 (the tenth) bring a view to the front (showing it if it was
        // closed); the View menu entries above show or hide it. Views after the tenth have no
        // digit left: the Go menu brings them forward.
        auto *show = new QAction(this);
        show->setObjectName(ViewDock::objectNameFor(id) + QStringLiteral("ShowAction"));
        if (indexOf(id) < 10) {
            const Qt::Key key = indexOf(id) < 9 ? static_cast<Qt::Key>(Qt::Key_1 + indexOf(id)) : Qt::Key_0;
            show->setShortcut(QKeySequence(Qt::CTRL | key));
        }
        connect(show, &QAction::triggered, this, [viewDock] {
            viewDock->show();
            viewDock->raise();
            if (QWidget *content = viewDock->content())
                content->setFocus(Qt::ShortcutFocusReason);
        });
        m_goMenu->addAction(show);
        m_showDockActions[indexOf(id)] = show;
    }
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("FindAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        ViewDock *queueDock = dock(DockId::InspectionQueue);
        queueDock->show();
        queueDock->raise();
        if (auto *queue = queueView())
            queue->focusSearch();
    });
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findAction);
    m_goMenu->addAction(m_queryBar->previousWeekAction());
    m_goMenu->addAction(m_queryBar->nextWeekAction());
    m_goMenu->addActions(m_queryBar->pickerActions());
    m_viewMenu->addSeparator();
    m_savedViewsMenu = new SavedViewsMenu(
        m_workspace, [this] { return currentView(); }, this);
    connect(m_savedViewsMenu, &SavedViewsMenu::viewChosen, this, &MainWindow::applyView);
    connect(m_savedViewsMenu, &SavedViewsMenu::failed, this,
            [this](const QString &message) { QMessageBox::critical(this, tr("DM Cockpit"), message); });
    m_viewMenu->addMenu(m_savedViewsMenu);
    m_viewMenu->addMenu(m_languageMenu);
    m_viewMenu->addAction(m_stageLabelsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);
}

QWidget *MainWindow::createView(DockId id)
{
    switch (id) {
    case DockId::Cockpit: return new CockpitView(m_workspace);
    case DockId::InspectionQueue: return new InspectionQueueView(m_workspace);
    case DockId::DealDetail: return new DealDetailView(m_workspace);
    case DockId::PipelineChanges: return new PipelineChangesView(m_workspace);
    case DockId::ForecastAccuracy: return new ForecastAccuracyView(m_workspace);
    case DockId::RiskFilters: return new RiskFiltersView(m_workspace);
    case DockId::RenewalWatchlist: return new RenewalWatchlistView(m_workspace);
    case DockId::CoachingPack: return new CoachingPackView(m_workspace);
    case DockId::Insights: return new InsightsView(m_workspace);
    case DockId::QuarterlyReview: return new QuarterlyReviewView(m_workspace);
    case DockId::PocBoard: return new PocBoardView(m_workspace);
    case DockId::TerritoryCapacity: {
        auto *view = new TerritoryCapacityView(m_workspace);
        connect(view, &TerritoryCapacityView::exportRequested, this, &MainWindow::exportQuarterlyPlan);
        return view;
    }
    case DockId::PlaysPartners: return new PlaysPartnersView(m_workspace);
    case DockId::History: return new HistoryView(m_workspace);
    default: break;
    }
    auto *placeholder = new EmptyState;
    placeholder->setMessage(ViewDock::titleFor(id), tr("This view is not available yet."));
    return placeholder;
}

void MainWindow::arrangeDefaultLayout()
{
    // The cockpit large on the left with the other analyses tabbed behind it; the queue
    // and the selected deal on the right, where the DM works through exceptions.
    addDockWidget(Qt::LeftDockWidgetArea, dock(DockId::Cockpit));
    addDockWidget(Qt::RightDockWidgetArea, dock(DockId::InspectionQueue));
    splitDockWidget(dock(DockId::InspectionQueue), dock(DockId::DealDetail), Qt::Vertical);
    // The insights tabbed beside the cockpit: a click on one drills the queue and selects the
    // deal on the right, both in sight.
    for (DockId id : {DockId::Insights, DockId::PipelineChanges, DockId::CoachingPack, DockId::RenewalWatchlist,
                      DockId::ForecastAccuracy, DockId::QuarterlyReview, DockId::PocBoard, DockId::TerritoryCapacity,
                      DockId::PlaysPartners})
        tabifyDockWidget(dock(DockId::Cockpit), dock(id));
    tabifyDockWidget(dock(DockId::DealDetail), dock(DockId::RiskFilters));
    tabifyDockWidget(dock(DockId::DealDetail), dock(DockId::History));
    dock(DockId::Cockpit)->raise();
    dock(DockId::DealDetail)->raise();
    resizeDocks({dock(DockId::Cockpit), dock(DockId::InspectionQueue)}, {860, 640}, Qt::Horizontal);
    resizeDocks({dock(DockId::InspectionQueue), dock(DockId::DealDetail)}, {520, 340}, Qt::Vertical);
}

void MainWindow::restoreSavedLayout()
{
    const QByteArray geometry = Settings::windowGeometry().value();
    // First start: the whole screen, maximized so that the window manager frames it inside the
    // screen (the bare available area put the title bar above it and the status bar below the
    // screen's edge); the geometry is what a screen without a window manager shows.
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            setGeometry(screen->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    // A layout saved by another version of the dock set is dropped: the defaults fit better.
    if (Settings::windowLayoutVersion().value() == Settings::layoutVersion) {
        const QByteArray layout = Settings::windowLayout().value();
        if (!layout.isEmpty())
            restoreState(layout, Settings::layoutVersion);
    }
}

void MainWindow::saveLayout()
{
    Settings::windowGeometry().setValue(saveGeometry());
    Settings::windowLayout().setValue(saveState(Settings::layoutVersion));
    Settings::windowLayoutVersion().setValue(Settings::layoutVersion);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    retranslateUndo();
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_mainToolBar->setWindowTitle(tr("Main"));

    m_newAction->setText(tr("&New database..."));
    m_newAction->setToolTip(tr("Create an empty database file"));
    m_openAction->setText(tr("&Open database..."));
    m_openAction->setToolTip(tr("Open a DM Cockpit database (Ctrl+O)"));
    m_connectTeamAction->setText(tr("Connect to &team database..."));
    m_connectTeamAction->setToolTip(tr("Open a region's shared PostgreSQL database"));
    m_importAction->setText(tr("&Import..."));
    m_importAction->setToolTip(tr("Import CRM export files into this database (Ctrl+I)"));
    m_exportAgendaAction->setText(tr("Export &agenda..."));
    m_exportAgendaAction->setToolTip(tr("Export the forecast-call agenda for the current scope (Ctrl+E)"));
    m_exportByDistrictAction->setText(tr("Export agenda by &district..."));
    m_exportByDistrictAction->setToolTip(tr("Save the agenda of each district of the current scope as its own PDF "
                                            "in a folder"));
    m_exportPackAction->setText(tr("Export &coaching pack..."));
    m_exportPackAction->setToolTip(tr("Export the coaching pack of the selected rep (Ctrl+Shift+E)"));
    m_exportPlanAction->setText(tr("Export &quarterly plan..."));
    m_exportPlanAction->setToolTip(tr("Export the quarterly plan of the current scope and period: capacity against "
                                      "the need per assumption set, coverage, territory balance"));
    m_quitAction->setText(tr("&Quit"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_resetLayoutAction->setToolTip(tr("Put every view back in its default place"));
    m_stageLabelsAction->setText(tr("&Stage labels..."));
    m_stageLabelsAction->setToolTip(tr("The Russian and English labels of the database's stages"));
    m_aboutAction->setText(tr("&About DM Cockpit"));
    m_findAction->setText(tr("&Find in the inspection queue"));
    // Language names are shown in their own language, whatever the current one.
    m_englishAction->setText(tr("English", "language name in English, keep as is"));
    m_russianAction->setText(tr("Русский", "language name in Russian, keep as is"));
    for (QAction *action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == Translations::currentLanguage());
        if (action->isChecked())
            m_languageButton->setText(action->text());
    }
    m_languageButton->setToolTip(tr("Language of the whole window; switches at once"));
    m_languageButton->setAccessibleName(tr("Language"));
    for (DockId id : allDockIds) {
        QAction *show = m_showDockActions[indexOf(id)];
        show->setText(tr("Go to %1").arg(ViewDock::titleFor(id)));
        dock(id)->toggleViewAction()->setToolTip(tr("Show or hide %1").arg(ViewDock::titleFor(id)));
    }
    rebuildRecentMenu();
    updateTitleAndStatus();
    m_workspace->retranslate();
}

void MainWindow::retranslateUndo()
{
    const QUndoStack *undo = m_workspace->undoStack();
    m_undoAction->setText(undo->canUndo() ? tr("&Undo: %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(undo->canRedo() ? tr("Re&do: %1").arg(undo->redoText()) : tr("Re&do"));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentDatabases().value();
    for (const QString &location : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this, [this, location] { openDatabase(location); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::updateTitleAndStatus()
{
    const QString location = m_workspace->databaseLocation();
    if (location.isEmpty()) {
        m_busy->hide();
        setWindowTitle(tr("DM Cockpit"));
        m_statusLabel->setText(tr("No database open. Open one with Ctrl+O or create one with Ctrl+N."));
        m_databaseLabel->clear();
        m_databaseLabel->setToolTip(QString());
        m_importAction->setEnabled(true);
        return;
    }
    const DatabaseIdentity &identity = m_workspace->identity();
    QString name = QFileInfo(location).fileName(); // a team database: its name, the URL's path
    if (identity.readOnly)
        name = tr("%1 [read-only]").arg(name);
    const QDate asOf = m_workspace->asOf();
    setWindowTitle(
        asOf.isValid()
            ? tr("%1 - as of %2 - DM Cockpit").arg(name, Translations::locale().toString(asOf, QLocale::LongFormat))
            : tr("%1 - DM Cockpit").arg(name));
    m_statusLabel->setText(statusText());
    // Which database and role, always in view: a DM must know whose numbers these are and
    // whether a note typed now can be saved.
    QString where =
        identity.team ? identity.describe() : (identity.readOnly ? tr("Local file, read-only") : tr("Local file"));
    QString why;
    if (identity.readOnly)
        why = tr("Nothing can be saved: statuses, notes, follow-ups and ratings are shown, not edited.");
    else if (identity.role == DatabaseIdentity::Role::RegionalVp)
        why = tr("The region's deals are read-only; your own notes are saved.");
    else if (identity.role == DatabaseIdentity::Role::NoAccess)
        why = tr("This database role is not mapped to a district or region, so it sees no deals.");
    m_databaseLabel->setText(where);
    m_databaseLabel->setToolTip(why.isEmpty() ? QDir::toNativeSeparators(location)
                                              : QDir::toNativeSeparators(location) + QLatin1Char('\n') + why);
    QFont font = m_databaseLabel->font();
    font.setBold(identity.readOnly);
    m_databaseLabel->setFont(font);
    m_importAction->setEnabled(m_workspace->canImport());
    m_busy->setVisible(m_workspace->isLoading() || m_workspace->isComputing());
}

QString MainWindow::statusText() const
{
    if (!m_workspace->database())
        return tr("No database open. Open one with Ctrl+O or create one with Ctrl+N.");
    if (m_workspace->isLoading())
        return tr("Loading %1...").arg(m_workspace->databaseLocation());
    const Dataset *dataset = m_workspace->dataset();
    if (!dataset)
        return tr("The data of this database could not be loaded.");
    if (dataset->snapshotCount() == 0)
        return tr("This database holds no snapshots yet. Import a CRM export with Ctrl+I.");
    const QString deals = tr("%n deals", nullptr, int(dataset->opportunities().size()));
    const QString reps = tr("%n reps", nullptr, int(dataset->reps().size()));
    const QString snapshots = tr("%n snapshots", nullptr, dataset->snapshotCount());
    QString text = tr("%1, %2, %3 from %4 to %5")
                       .arg(deals, reps, snapshots, Format::date(dataset->snapshotDates().first()),
                            Format::date(dataset->snapshotDates().last()));
    if (m_workspace->isComputing())
        text += QStringLiteral("  ·  ") + tr("computing...");
    return text;
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString location = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                          tr("DM Cockpit databases (*.db *.sqlite);;All files (*)"));
    if (!location.isEmpty())
        openDatabase(location);
}

void MainWindow::chooseDatabaseToCreate()
{
    QString location =
        QFileDialog::getSaveFileName(this, tr("New database"), QString(), tr("DM Cockpit databases (*.db)"));
    if (location.isEmpty())
        return;
    if (QFileInfo(location).suffix().isEmpty())
        location += QStringLiteral(".db");
    openDatabase(location);
}

void MainWindow::connectToTeamDatabase()
{
    QString previous;
    for (const QString &location : Settings::recentDatabases().value()) {
        if (Database::isServerLocation(location)) {
            previous = location;
            break;
        }
    }
    TeamDatabaseDialog dialog(previous, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.location());
}

bool MainWindow::offerLatestBackup(const QString &location, const QString &problem)
{
    const QString backup = Database::latestBackup(location);
    const QFileInfo backupInfo(backup);
    QMessageBox box(QMessageBox::Warning, tr("Cannot open database"), problem, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("RestoreBackupBox"));
    box.setInformativeText(
        tr("The latest backup of this database is %1, saved %2. Restoring it puts it in place of the "
           "damaged file, which is kept beside it with \".damaged\" and the date in its name. What "
           "changed after the backup is not in it.")
            .arg(QDir::toNativeSeparators(backup),
                 Translations::locale().toString(backupInfo.lastModified(), QLocale::ShortFormat)));
    QPushButton *restore = box.addButton(tr("&Restore backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("RestoreBackupButton"));
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const auto restored = Database::restoreBackup(backup, location);
    if (!restored) {
        QMessageBox::critical(this, tr("Cannot restore the backup"), restored.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Backup restored; the damaged file is kept as %1.")
                                 .arg(QDir::toNativeSeparators(restored.value())),
                             10000);
    return true;
}

void MainWindow::runImport()
{
    if (!m_workspace->database()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a database first (Ctrl+O / Ctrl+N)."));
        return;
    }
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    auto *runner = new ImportRunner(this);
    QProgressDialog *progress =
        workProgress(QStringLiteral("ImportProgress"), tr("Importing"), tr("Starting the import..."), tr("Cancel"));
    progress->setRange(0, 100);
    connect(progress, &QProgressDialog::canceled, runner, &ImportRunner::cancel);
    connect(runner, &ImportRunner::progress, progress, [progress](int percent, const QString &what) {
        progress->setValue(percent);
        progress->setLabelText(what);
    });
    connect(runner, &ImportRunner::finished, this,
            [this, runner, progress](bool ok, const QString &summary, const Error &error) {
                progress->close();
                progress->deleteLater();
                runner->deleteLater();
                if (ok) {
                    QMessageBox::information(this, tr("Import finished"), summary);
                    m_workspace->reload();
                    return;
                }
                if (error.kind == Error::Kind::Cancelled) {
                    QMessageBox::information(this, tr("Import cancelled"),
                                             tr("The import was cancelled. Nothing was changed."));
                    return;
                }
                QStringList lines{tr("The import stopped. Nothing was changed in the database."), QString()};
                if (!error.file.isEmpty())
                    lines << tr("File: %1").arg(QDir::toNativeSeparators(error.file));
                if (error.line > 0)
                    lines << tr("Line: %1").arg(error.line);
                if (error.column > 0)
                    lines << tr("Column: %1").arg(error.column);
                lines << tr("Reason: %1").arg(error.message);
                QMessageBox box(QMessageBox::Warning, tr("Import failed"), lines.join(QLatin1Char('\n')),
                                QMessageBox::Ok, this);
                box.setObjectName(QStringLiteral("ImportErrorBox"));
                box.exec();
            });
    progress->show();
    runner->start(m_workspace->databaseLocation(), dialog.profile(), dialog.paths(), dialog.asOf(), dialog.lenient());
}

void MainWindow::exportAgenda()
{
    const auto engine = m_workspace->engine();
    if (!engine || !m_workspace->asOf().isValid()) {
        QMessageBox::information(this, tr("Export agenda"), tr("Open a database with snapshots first."));
        return;
    }
    const auto options = agendaOptions(tr("Export agenda"));
    if (!options)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto agenda = std::make_shared<Agenda>(
        AgendaBuilder::build(*engine, m_workspace->query(), m_workspace->cockpit().followUps, *options));
    const QString html = HtmlRenderer::render(AgendaReport::build(*agenda), HtmlRenderer::Target::TextDocument);
    QApplication::restoreOverrideCursor();
    const QString name = ExportFileName::agenda(agenda->asOf, agenda->scopeKey, QStringLiteral("pdf"));
    ExportPreviewDialog dialog(
        tr("Forecast-call agenda"), html,
        {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Csv}, name,
        [agenda](ExportFormat format) {
            // The paper of the command line's default: Letter in English, A4 in Russian.
            return format == ExportFormat::Csv
                ? AgendaExporter::exceptionsCsv(*agenda)
                : AgendaExporter::render(*agenda, format,
                                         PdfRenderer::defaultPageSize(Translations::currentLanguage()));
        },
        this);
    dialog.exec();
    // Half a minute: long enough to read the path after the dialog closes; the status line comes back after.
    if (!dialog.savedPath().isEmpty())
        statusBar()->showMessage(tr("Agenda saved to %1")
                                     .arg(QDir::toNativeSeparators(QFileInfo(dialog.savedPath()).absoluteFilePath())),
                                 30000);
}

void MainWindow::exportAgendaByDistrict()
{
    const auto engine = m_workspace->engine();
    if (!engine || !m_workspace->asOf().isValid()) {
        QMessageBox::information(this, tr("Export agenda by district"), tr("Open a database with snapshots first."));
        return;
    }
    const Query query = m_workspace->query();
    if (query.scope.kind == Scope::Kind::Rep) {
        QMessageBox::information(this, tr("Export agenda by district"),
                                 tr("The scope is one rep: pick a region, a district or all reps in the toolbar "
                                    "first."));
        return;
    }
    auto options = agendaOptions(tr("Export agenda by district"));
    if (!options)
        return;
    // Qt's own dialog rather than the platform's: the same on every desktop, and a test can answer it.
    QFileDialog chooser(this, tr("Folder for the district agendas"));
    chooser.setObjectName(QStringLiteral("DistrictAgendaFolderDialog"));
    chooser.setFileMode(QFileDialog::Directory);
    chooser.setOptions(QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;

    DistrictAgendaRunner::Job job;
    job.engine = engine;
    job.query = query;
    job.followUps = m_workspace->cockpit().followUps;
    job.options = std::move(*options);
    job.pageSize = PdfRenderer::defaultPageSize(Translations::currentLanguage());
    job.folder = chooser.selectedFiles().constFirst();
    const QString folder = QDir::toNativeSeparators(job.folder);

    auto *runner = new DistrictAgendaRunner(this);
    QProgressDialog *progress = workProgress(QStringLiteral("DistrictAgendaProgress"), tr("Export agenda by district"),
                                             tr("Starting..."), tr("Stop"));
    progress->setRange(0, 0);
    connect(progress, &QProgressDialog::canceled, runner, &DistrictAgendaRunner::cancel);
    connect(runner, &DistrictAgendaRunner::progress, progress,
            [progress](int written, int total, const QString &district) {
                progress->setRange(0, total);
                progress->setValue(written);
                progress->setLabelText(tr("District %1 (%2 of %3)").arg(district).arg(written + 1).arg(total));
            });
    connect(runner, &DistrictAgendaRunner::finished, this,
            [this, runner, progress, folder](const QStringList &files, int total, bool stopped, const QString &error) {
                progress->close();
                progress->deleteLater();
                runner->deleteLater();
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Export agenda by district"), error);
                    return;
                }
                const QString saved = stopped
                    ? tr("Stopped: %1 of %n district agenda(s) saved to %2", nullptr, total)
                          .arg(files.size())
                          .arg(folder)
                    : tr("%n district agenda(s) saved to %1", nullptr, int(files.size())).arg(folder);
                statusBar()->showMessage(saved, 30000);
            });
    progress->show();
    runner->start(std::move(job));
}

std::optional<AgendaBuilder::Options> MainWindow::agendaOptions(const QString &title)
{
    auto actions = m_workspace->actions()->hitActions();
    if (!actions) {
        QMessageBox::warning(this, title, actions.error().toString());
        return std::nullopt;
    }
    AgendaBuilder::Options options;
    options.insightMarks = m_workspace->insights()->marks();
    options.hitActions = std::move(*actions);
    return options;
}

QProgressDialog *MainWindow::workProgress(const QString &objectName, const QString &title, const QString &label,
                                          const QString &cancelText)
{
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setLabelText(label);
    progress->setCancelButtonText(cancelText);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

void MainWindow::exportPack()
{
    const auto engine = m_workspace->engine();
    const CoachingPackData pack = m_workspace->pack();
    if (!engine || pack.repId.isEmpty()) {
        QMessageBox::information(this, tr("Export coaching pack"),
                                 tr("Pick a rep in the Coaching pack view first (Ctrl+5)."));
        dock(DockId::CoachingPack)->show();
        dock(DockId::CoachingPack)->raise();
        return;
    }
    const double target = engine->settings().coverageTarget;
    const QDateTime now = QDateTime::currentDateTime();
    const QString html = HtmlRenderer::render(PackReport::build(pack, engine->dataset(), target, now),
                                              HtmlRenderer::Target::TextDocument);
    ExportPreviewDialog dialog(
        tr("Coaching pack: %1").arg(pack.repName), html,
        {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Csv},
        ExportFileName::pack(pack.asOf, pack.repId, QStringLiteral("pdf")),
        [engine, pack, target, now](ExportFormat format) {
            return PackExporter::render(pack, engine->dataset(), target, format, PdfRenderer::PageSize::A4, now);
        },
        this);
    dialog.exec();
    if (!dialog.savedPath().isEmpty())
        statusBar()->showMessage(tr("Coaching pack saved to %1")
                                     .arg(QDir::toNativeSeparators(QFileInfo(dialog.savedPath()).absoluteFilePath())),
                                 30000);
}

void MainWindow::exportQuarterlyPlan()
{
    const auto engine = m_workspace->engine();
    const Query query = m_workspace->query();
    if (!engine || !query.asOf.isValid() || !query.period.isValid()) {
        QMessageBox::information(this, tr("Export quarterly plan"), tr("Open a database with snapshots first."));
        return;
    }
    // The document is the Territory and capacity dock's report; the session builds it on its
    // worker when no view has, and the export follows once it is there.
    CapacitySession *session = m_workspace->capacity();
    if (!session->error().isEmpty() && !session->isComputing()) {
        QMessageBox::warning(this, tr("Export quarterly plan"), session->error());
        return;
    }
    if (!session->isCurrent()) {
        if (!m_planExportPending) {
            m_planExportPending = true;
            connect(
                session, &CapacitySession::capacityChanged, this,
                [this] {
                    m_planExportPending = false;
                    CapacitySession *built = m_workspace->capacity();
                    if (built->isCurrent())
                        QTimer::singleShot(0, this, &MainWindow::exportQuarterlyPlan);
                    else if (!built->error().isEmpty())
                        QMessageBox::warning(this, tr("Export quarterly plan"), built->error());
                },
                Qt::SingleShotConnection);
        }
        statusBar()->showMessage(tr("Building the quarterly plan…"), 10000);
        session->requestReport();
        return;
    }
    const auto report = std::make_shared<const CapacityReport>(*session->report());
    const auto balance = std::make_shared<const TerritoryBalance>(session->balance());
    const QDateTime now = QDateTime::currentDateTime();
    const QString html =
        HtmlRenderer::render(QuarterlyPlanReport::build(*report, *balance, engine->dataset(), query, now),
                             HtmlRenderer::Target::TextDocument);
    ExportPreviewDialog dialog(
        tr("Quarterly plan: %1, %2").arg(query.scope.displayName(engine->dataset()), query.period.label()), html,
        {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown},
        ExportFileName::quarterlyPlan(query.asOf, query.scope.key(), query.period.key(), QStringLiteral("pdf")),
        [engine, report, balance, query, now](ExportFormat format) {
            // The paper of the command line's default: Letter in English, A4 in Russian.
            return QuarterlyPlanExporter::render(*report, *balance, engine->dataset(), query, format,
                                                 PdfRenderer::defaultPageSize(Translations::currentLanguage()), now);
        },
        this);
    dialog.exec();
    if (!dialog.savedPath().isEmpty())
        statusBar()->showMessage(tr("Quarterly plan saved to %1")
                                     .arg(QDir::toNativeSeparators(QFileInfo(dialog.savedPath()).absoluteFilePath())),
                                 30000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DM Cockpit"),
                       tr("<h3>DM Cockpit %1</h3><p>Path to plan, coverage and risk for a sales district, "
                          "from your CRM exports.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::editStageLabels()
{
    if (!m_workspace->database() || !m_workspace->hasData()) {
        QMessageBox::information(this, tr("Stage labels"), tr("Open a database with data first."));
        return;
    }
    QStringList stages;
    for (const Stage &stage : m_workspace->engine()->dataset().stages())
        stages << stage.name;
    TermLabelStore store(*m_workspace->database());
    auto labels = store.labels();
    if (!labels) {
        QMessageBox::critical(this, tr("Stage labels"), labels.error().toString());
        return;
    }
    const bool editable = m_workspace->canImport();
    StageLabelsDialog dialog(stages, labels.value(), editable, this);
    if (dialog.exec() != QDialog::Accepted || !editable)
        return;
    for (const TermLabel &label : dialog.labels()) {
        if (Status saved = store.setLabel(label); !saved) {
            QMessageBox::critical(this, tr("Stage labels"), saved.error().toString());
            break;
        }
    }
    // The load sequence installs the labels; every text is composed again with them.
    m_workspace->reload();
}

} // namespace dmc::ui
