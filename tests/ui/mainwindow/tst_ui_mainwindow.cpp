// The window shell: docks, layout save / restore, run-time language switch, opening a database.
#include "fixtures/DemoDistrict.h"

#include "Workspace.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "store/DatabaseSummary.h"
#include "window/ImportRunner.h"
#include "window/MainWindow.h"
#include "window/QueryBar.h"
#include "window/Settings.h"
#include "window/ViewDock.h"
#include "views/QuarterlyReviewView.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dmc;
using namespace dmc::ui;

namespace {

// Marks every translated string, so a test sees which texts went through tr() again.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void cleanup() { QSettings().clear(); }

    void everyDockExistsWithItsObjectName()
    {
        MainWindow window;
        const QStringList expected{QStringLiteral("CockpitDock"),          QStringLiteral("InspectionQueueDock"),
                                   QStringLiteral("DealDetailDock"),       QStringLiteral("PipelineChangesDock"),
                                   QStringLiteral("CoachingPackDock"),     QStringLiteral("RenewalWatchlistDock"),
                                   QStringLiteral("ForecastAccuracyDock"), QStringLiteral("RiskFiltersDock"),
                                   QStringLiteral("InsightsDock"),         QStringLiteral("QuarterlyReviewDock"),
                                   QStringLiteral("PocBoardDock"),         QStringLiteral("TerritoryCapacityDock"),
                                   QStringLiteral("PlaysPartnersDock"),    QStringLiteral("HistoryDock")};
        const auto docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), expected.size());
        for (const QString &name : expected) {
            auto *dock = window.findChild<QDockWidget *>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY(!dock->windowTitle().isEmpty());
            QCOMPARE(window.dockWidgetArea(dock) != Qt::NoDockWidgetArea, true);
        }
        QCOMPARE(window.dock(DockId::Cockpit)->windowTitle(), QStringLiteral("Cockpit"));
        QCOMPARE(window.dock(DockId::RiskFilters)->windowTitle(), QStringLiteral("Risk filters"));
        QCOMPARE(window.dock(DockId::Insights)->windowTitle(), QStringLiteral("Insights"));
        QCOMPARE(window.dock(DockId::QuarterlyReview)->windowTitle(), QStringLiteral("Quarterly review"));
        QCOMPARE(window.dock(DockId::TerritoryCapacity)->windowTitle(), QStringLiteral("Territory and capacity"));
    }

    // The views behind the tabs are not built with the window: the ones in sight are built when
    // the window shows, a dock brought forward builds its view before it paints, and the event
    // loop builds the rest.
    void viewsOutOfSightAreBuiltWhenNeeded()
    {
        MainWindow window;
        auto built = [&window] {
            QStringList names;
            for (DockId id : allDockIds)
                if (window.dock(id)->hasContent())
                    names << window.dock(id)->objectName();
            return names;
        };
        // The window listens to these two views.
        QCOMPARE(built(), (QStringList{QStringLiteral("CockpitDock"), QStringLiteral("InspectionQueueDock")}));
        window.show(); // no event loop turn yet: only the docks in sight build their views
        QCOMPARE(built(),
                 (QStringList{QStringLiteral("CockpitDock"), QStringLiteral("InspectionQueueDock"),
                              QStringLiteral("DealDetailDock")}));
        ViewDock *review = window.dock(DockId::QuarterlyReview);
        review->raise();
        QVERIFY(review->hasContent());
        QVERIFY(qobject_cast<QuarterlyReviewView *>(review->widget()));
        QTRY_COMPARE(built().size(), int(allDockIds.size()));
    }

    // Building a view takes the GUI thread for up to a tenth of a second: none is built from the
    // start of the load to the settle after the first results' paint.
    void noViewIsBuiltWhileDataLoadsAndResultsAreComputed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.db"));
        QCOMPARE(test::createDemoDistrict(path), QString());
        MainWindow window;
        auto builtCount = [&window] {
            return std::ranges::count_if(allDockIds, [&window](DockId id) { return window.dock(id)->hasContent(); });
        };
        Workspace *workspace = window.workspace();
        QList<qsizetype> atStart;
        QList<qsizetype> atSettle;
        connect(workspace, &Workspace::loadStarted, this, [&] { atStart << builtCount(); });
        connect(workspace, &Workspace::resultsSettled, this, [&] { atSettle << builtCount(); });
        QSignalSpy settled(workspace, &Workspace::resultsSettled);
        QVERIFY(window.openDatabase(path));
        QVERIFY(settled.wait(30000));
        QCOMPARE(atStart.size(), 1);
        QCOMPARE(atSettle, atStart);
        QTRY_COMPARE(builtCount(), qsizetype(allDockIds.size()));
    }

    void goShortcutsBringEachDockForward()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ViewDock *renewals = window.dock(DockId::RenewalWatchlist);
        renewals->close();
        QVERIFY(renewals->isHidden());
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QVERIFY(!renewals->isHidden());
        QVERIFY(renewals->isVisible());
        // The ninth, the Insights dock, on Ctrl+9.
        ViewDock *insights = window.dock(DockId::Insights);
        insights->close();
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QVERIFY(insights->isVisible());
        // The tenth, the Quarterly review, on Ctrl+0.
        ViewDock *review = window.dock(DockId::QuarterlyReview);
        review->close();
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(review->isVisible());
        // The eleventh, the POC board: no digit left, its Go menu action brings it forward.
        ViewDock *pocs = window.dock(DockId::PocBoard);
        pocs->close();
        auto *goToPocs = window.findChild<QAction *>(QStringLiteral("PocBoardDockShowAction"));
        QVERIFY(goToPocs);
        QVERIFY(goToPocs->shortcut().isEmpty());
        goToPocs->trigger();
        QVERIFY(pocs->isVisible());
        // The twelfth, Territory & capacity, likewise.
        ViewDock *capacity = window.dock(DockId::TerritoryCapacity);
        capacity->close();
        auto *goToCapacity = window.findChild<QAction *>(QStringLiteral("TerritoryCapacityDockShowAction"));
        QVERIFY(goToCapacity);
        goToCapacity->trigger();
        QVERIFY(capacity->isVisible());
        // Edit > Undo and Redo: nothing to undo on a fresh window.
        auto *undo = window.findChild<QAction *>(QStringLiteral("UndoAction"));
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    }

    // The docks tabbed below the cockpit show their whole titles, with scroll arrows when they do
    // not fit; QMainWindow's own tab bars elided them to "C…" and "I…" at 1600 px.
    void tabbedDocksShowWholeTitles()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabBar *below = nullptr;
        for (QTabBar *tabs : window.findChildren<QTabBar *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->tabText(i) == window.dock(DockId::Cockpit)->windowTitle())
                    below = tabs;
        QVERIFY(below);
        QVERIFY(below->count() >= 10);
        QCOMPARE(below->elideMode(), Qt::ElideNone);
        QVERIFY(below->usesScrollButtons());
        for (int i = 0; i < below->count(); ++i)
            QVERIFY2(below->tabRect(i).width() >= below->fontMetrics().horizontalAdvance(below->tabText(i)),
                     qPrintable(below->tabText(i)));
    }

    void layoutRoundTripsThroughSettings()
    {
        {
            MainWindow window;
            // First start: maximized, so the window manager's frame and the status bar fit the screen.
            QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.dock(DockId::ForecastAccuracy)->close();
            window.dock(DockId::RiskFilters)->setFloating(true);
            window.close(); // saves the layout
        }
        QCOMPARE(Settings::windowLayoutVersion().value(), Settings::layoutVersion);
        QVERIFY(!Settings::windowLayout().value().isEmpty());
        {
            MainWindow window;
            QVERIFY(window.windowState().testFlag(Qt::WindowMaximized)); // kept by saveGeometry()
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.dock(DockId::ForecastAccuracy)->isHidden());
            QVERIFY(window.dock(DockId::RiskFilters)->isFloating());
            QVERIFY(!window.dock(DockId::Cockpit)->isHidden());

            window.resetLayout();
            QVERIFY(!window.dock(DockId::ForecastAccuracy)->isHidden());
            QVERIFY(!window.dock(DockId::RiskFilters)->isFloating());
            QCOMPARE(window.dockWidgetArea(window.dock(DockId::Cockpit)), Qt::LeftDockWidgetArea);
            QCOMPARE(window.dockWidgetArea(window.dock(DockId::InspectionQueue)), Qt::RightDockWidgetArea);
        }
        // A layout saved by another dock-set version is ignored.
        Settings::windowLayoutVersion().setValue(Settings::layoutVersion - 1);
        {
            MainWindow window;
            QVERIFY(!window.dock(DockId::ForecastAccuracy)->isHidden());
        }
    }

    void languageSwitchRetranslatesDocksMenusAndToolbar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *fileMenu = window.findChild<QMenu *>(QStringLiteral("FileMenu"));
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(window.dock(DockId::Cockpit)->windowTitle(), QStringLiteral("<<Cockpit>>"));
        QCOMPARE(window.dock(DockId::DealDetail)->windowTitle(), QStringLiteral("<<Deal detail>>"));
        QCOMPARE(fileMenu->title(), QStringLiteral("<<&File>>"));
        QCOMPARE(window.dock(DockId::Cockpit)->toggleViewAction()->text(), QStringLiteral("<<Cockpit>>"));
        auto *period = window.queryBar()->findChild<QComboBox *>(QStringLiteral("PeriodCombo"));
        QVERIFY(period);
        QCOMPARE(period->accessibleName(), QStringLiteral("<<Fiscal period>>"));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(window.dock(DockId::Cockpit)->windowTitle(), QStringLiteral("Cockpit"));

        // The toolbar's language choice installs the catalogue and is remembered.
        auto *russian = window.findChild<QAction *>(QStringLiteral("RussianAction"));
        QVERIFY(russian);
        russian->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(Translations::currentLanguage(), QStringLiteral("ru"));
        QCOMPARE(Settings::language().value(), QStringLiteral("ru"));
        QCOMPARE(MainWindow::startLanguage(), QStringLiteral("ru"));
        QVERIFY(russian->isChecked());
        QCOMPARE(window.dock(DockId::Cockpit)->windowTitle(),
                 QCoreApplication::translate("dmc::ui::ViewDock", "Cockpit"));
        window.switchLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.dock(DockId::Cockpit)->windowTitle(), QStringLiteral("Cockpit"));
    }

    void openingADatabaseNamesItInTheTitle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.db"));
        MainWindow window;
        QSignalSpy loaded(window.workspace(), &Workspace::loadFinished);
        QVERIFY(window.openDatabase(path));
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("district.db")));
        QCOMPARE(Settings::recentDatabases().value().value(0), QFileInfo(path).absoluteFilePath());
    }

    void importRunsOffTheGuiThreadAndReportsFileLineAndReason()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        auto write = [&](const char *name, const QByteArray &text) {
            QFile file(folder + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write("reps.csv", "id,name,district,region\nr1,Ann Archer,East,North\n");
        write("opportunities.csv",
              "id,owner_id,name,stage,category,amount,close_date\n"
              "o1,r1,Deal one,Proposal,commit,1000,2026-12-15\n"
              "o2,r1,Deal two,Proposal,pipeline,12x,2026-12-20\n");
        const QString path = dir.filePath(QStringLiteral("import.db"));
        QVERIFY(Database::open(path).ok());

        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        runner.start(path, QStringLiteral("canonical"), {folder}, QDate(2026, 12, 7), false);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const Error error = finished.at(0).at(2).value<Error>();
        QVERIFY2(error.file.endsWith(QStringLiteral("opportunities.csv")), qPrintable(error.toString()));
        QCOMPARE(error.line, qint64(3));
        QVERIFY(!error.message.isEmpty());
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE(DatabaseSummary::read(**db)->opportunities, qint64(0)); // nothing half-imported
        }

        write("opportunities.csv",
              "id,owner_id,name,stage,category,amount,close_date\n"
              "o1,r1,Deal one,Proposal,commit,1000,2026-12-15\n"
              "o2,r1,Deal two,Proposal,pipeline,1200,2026-12-20\n");
        finished.clear();
        runner.start(path, QStringLiteral("canonical"), {folder}, QDate(2026, 12, 7), false);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).value<Error>().toString()));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(DatabaseSummary::read(**db)->opportunities, qint64(2));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
