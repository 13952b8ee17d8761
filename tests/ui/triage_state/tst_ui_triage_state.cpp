// What a DM sets up on a database comes back when the window opens it again, with the same
// QSettings: the inspection queue's chips, Group by and sort, the coaching pack's rep (the pack
// itself, not its empty state) and the compare-to rule; a second database keeps its own.
// The small fixture (tests/fixtures/small/README.md) as of S4 Apr 6 2026 has 10 hits (as
// `dmcockpit exceptions` lists them, with either compare-to): stale stage 3 (D05, D09, D11),
// security review not started 3 (D05, D08, D11), no recent activity 2 (D09, D11), past close
// date 1 (D11), commit without champion or EB 1 (D04). Unticking stale stage and no recent
// activity leaves 10 - 3 - 2 = 5. Three rules cannot fire on it (no paper process, POC dates or
// enough MEDDPICC): their chips are disabled, not choices, and not listed below.
#include "fixtures/SmallDatabase.h"
#include "InspectionQueueModel.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "views/CoachingPackView.h"
#include "views/EmptyState.h"
#include "views/InspectionQueueProxy.h"
#include "views/InspectionQueueView.h"
#include "window/DockId.h"
#include "window/MainWindow.h"
#include "window/QueryBar.h"
#include "window/ViewDock.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QDate S2(2026, 3, 16);
const QDate S3(2026, 3, 23);
const QDate S4(2026, 4, 6);
const QString staleStage = QStringLiteral("stale_stage");
const QString noRecentActivity = QStringLiteral("no_recent_activity");

QMap<QString, Qt::CheckState> chipStates(Qt::CheckState stale, Qt::CheckState noActivity)
{
    return {{QStringLiteral("commit_without_champion_or_eb"), Qt::Checked},
            {noRecentActivity, noActivity},
            {QStringLiteral("past_close_date"), Qt::Checked},
            {QStringLiteral("security_review_not_started"), Qt::Checked},
            {staleStage, stale}};
}

} // namespace

class TestUiTriageState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    // A window on `path` with its results and, when a pack rep comes back, its pack computed.
    static std::unique_ptr<MainWindow> openWindow(const QString &path, bool waitForPack)
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy results(window->workspace(), &Workspace::resultsChanged);
        QSignalSpy pack(window->workspace(), &Workspace::packChanged);
        if (!window->openDatabase(path) || !results.wait(15000))
            return nullptr;
        if (waitForPack) {
            while (window->workspace()->pack().repId.isEmpty())
                if (!pack.wait(15000))
                    return nullptr;
        }
        return window;
    }

    static InspectionQueueView *queue(MainWindow &window)
    {
        return qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->content());
    }

    static CoachingPackView *packView(MainWindow &window)
    {
        return qobject_cast<CoachingPackView *>(window.dock(DockId::CoachingPack)->content());
    }

    // Rule id -> the chip's check state, for the chips the DM can tick.
    static QMap<QString, Qt::CheckState> chips(MainWindow &window)
    {
        QMap<QString, Qt::CheckState> states;
        QListWidget *list = queue(window)->ruleChips();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->flags() & Qt::ItemIsUserCheckable)
                states.insert(list->item(i)->data(Qt::UserRole).toString(), list->item(i)->checkState());
        return states;
    }

    static void untick(MainWindow &window, const QString &rule)
    {
        QListWidget *list = queue(window)->ruleChips();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == rule)
                list->item(i)->setCheckState(Qt::Unchecked);
    }

    static bool activate(QComboBox *combo, int row)
    {
        if (!combo || row < 0 || row >= combo->count())
            return false;
        combo->setCurrentIndex(row);
        emit combo->activated(row);
        return true;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_triage_state"));
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(QStringLiteral("first.db"));
        m_second = m_dir.filePath(QStringLiteral("second.db"));
        for (const QString &path : {m_first, m_second}) {
            const QString imported = test::importSmallFixture(path);
            QVERIFY2(imported.isEmpty(), qPrintable(imported));
        }
    }

    void cleanupTestCase() { QSettings().clear(); }

    void everythingSetComesBackOnTheSameDatabaseOnly()
    {
        {
            auto window = openWindow(m_first, false);
            QVERIFY(window);
            Workspace *workspace = window->workspace();
            InspectionQueueView *view = queue(*window);
            // Before: every chip ticked, the 10 hits listed.
            QCOMPARE(chips(*window), chipStates(Qt::Checked, Qt::Checked));
            QCOMPARE(view->proxy()->rowCount(), 10);

            untick(*window, staleStage);
            untick(*window, noRecentActivity);
            QCOMPARE(view->proxy()->rowCount(), 5);
            QVERIFY(activate(view->findChild<QComboBox *>(QStringLiteral("QueueGroupBy")), 1)); // Rep
            view->table()->sortByColumn(InspectionQueueModel::CloseDate, Qt::AscendingOrder);

            QSignalSpy pack(workspace, &Workspace::packChanged);
            QComboBox *reps = packView(*window)->repPicker();
            QVERIFY(activate(reps, reps->findData(QStringLiteral("r2"))));
            QVERIFY(pack.wait(15000));
            QCOMPARE(workspace->pack().repName, QStringLiteral("Bob Baker"));

            QSignalSpy results(workspace, &Workspace::resultsChanged);
            auto *compare = window->queryBar()->findChild<QComboBox *>(QStringLiteral("CompareToCombo"));
            QVERIFY(activate(compare, compare->findData(S2)));
            QVERIFY(results.wait(15000));
            QCOMPARE(workspace->compareTo(), S2);
        } // the window is gone, as after quitting

        {
            auto window = openWindow(m_first, true);
            QVERIFY(window);
            Workspace *workspace = window->workspace();
            InspectionQueueView *view = queue(*window);
            QCOMPARE(chips(*window), chipStates(Qt::Unchecked, Qt::Unchecked));
            QCOMPARE(view->proxy()->rowCount(), 5);
            QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("QueueGroupBy"))->currentIndex(), 1);
            QCOMPARE(view->proxy()->groupBy(), InspectionQueueProxy::GroupBy::Rep);
            QCOMPARE(view->table()->horizontalHeader()->sortIndicatorSection(), int(InspectionQueueModel::CloseDate));
            QCOMPARE(view->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);

            QCOMPARE(workspace->packRep(), QStringLiteral("r2"));
            CoachingPackView *pack = packView(*window);
            QCOMPARE(pack->repPicker()->currentData().toString(), QStringLiteral("r2"));
            QCOMPARE(pack->findChild<QStackedWidget *>()->currentIndex(), 1); // the pack, not the empty state
            QCOMPARE(pack->findChild<QLabel *>(QStringLiteral("PackTitle"))->text(),
                     QStringLiteral("Bob Baker \u00B7 East \u00B7 Q2 FY2026 \u00B7 as of 4/6/26"));

            QCOMPARE(workspace->compareRule(), CompareToRule::fixedDate(S2));
            QCOMPARE(workspace->asOf(), S4);
            QCOMPARE(workspace->compareTo(), S2);
            QCOMPARE(window->queryBar()->findChild<QComboBox *>(QStringLiteral("CompareToCombo"))->currentData().toDate(),
                     S2);
        }

        {
            // The second database: nothing of the first one's set-up.
            auto window = openWindow(m_second, false);
            QVERIFY(window);
            Workspace *workspace = window->workspace();
            InspectionQueueView *view = queue(*window);
            QCOMPARE(chips(*window), chipStates(Qt::Checked, Qt::Checked));
            QCOMPARE(view->proxy()->rowCount(), 10);
            QCOMPARE(view->proxy()->groupBy(), InspectionQueueProxy::GroupBy::None);
            QCOMPARE(view->table()->horizontalHeader()->sortIndicatorSection(), int(InspectionQueueModel::Amount));
            QCOMPARE(view->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
            QCOMPARE(workspace->packRep(), QString());
            QVERIFY(!workspace->compareRule().isFixed());
            QCOMPARE(workspace->compareTo(), S3);
            // A database is open: the pack asks for a rep, not for a database.
            auto *empty = packView(*window)->findChild<EmptyState *>(QStringLiteral("PackEmptyState"));
            QCOMPARE(empty->headline(), QStringLiteral("Pick a rep"));
            QCOMPARE(empty->hint(),
                     QStringLiteral("Choose a rep above, click a rep in the cockpit's team table or coverage chart."));
        }
    }
};

QTEST_MAIN(TestUiTriageState)
#include "tst_ui_triage_state.moc"
