// The window shell: docks, layout save / restore, run-time language switch, opening a database.
#include "CockpitController.h"
#include "MainWindow.h"
#include "QueryBar.h"
#include "Settings.h"
#include "ViewDock.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
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
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
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
        const QStringList expected{
            QStringLiteral("CockpitDock"),          QStringLiteral("InspectionQueueDock"),
            QStringLiteral("DealDetailDock"),       QStringLiteral("PipelineChangesDock"),
            QStringLiteral("CoachingPackDock"),     QStringLiteral("RenewalWatchlistDock"),
            QStringLiteral("ForecastAccuracyDock"), QStringLiteral("RiskFiltersDock")};
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
    }

    void layoutRoundTripsThroughSettings()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.dock(DockId::ForecastAccuracy)->close();
            window.dock(DockId::RiskFilters)->setFloating(true);
            window.close();     // saves the layout
        }
        QCOMPARE(Settings::windowLayoutVersion().value(), Settings::layoutVersion);
        QVERIFY(!Settings::windowLayout().value().isEmpty());
        {
            MainWindow window;
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
        QSignalSpy loaded(window.controller(), &CockpitController::loadFinished);
        QVERIFY(window.openDatabase(path));
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("district.db")));
        QCOMPARE(Settings::recentDatabases().value().value(0), QFileInfo(path).absoluteFilePath());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
