// The inspection queue as a DM works in it on the demo district: shortcuts and the context menu
// act on every selected hit, the selection and the scroll position survive the recompute an edit
// causes, the current hit's whole evidence reads under the table, a drill-down lists every deal
// it counts, a team-table cell drills on one click.
#include "FollowUpModel.h"
#include "InspectionQueueModel.h"
#include "TeamTableModel.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "demo/DemoDatabase.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "views/CockpitView.h"
#include "views/InspectionQueueProxy.h"
#include "views/InspectionQueueView.h"
#include "views/KpiTile.h"
#include "views/QueueActions.h"
#include "views/QueueGroupProxy.h"
#include "workspace/DmActions.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QRegularExpression>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

// The distinct deals on the queue's shown rows, and how many of those rows are deals without a hit.
std::pair<QSet<qint32>, int> listedDeals(const InspectionQueueView &queue)
{
    QSet<qint32> deals;
    int withoutHit = 0;
    for (int row = 0; row < queue.proxy()->rowCount(); ++row) {
        const int source = queue.proxy()->mapToSource(queue.proxy()->index(row, 0)).row();
        deals.insert(queue.model()->hit(source).opportunity);
        withoutHit += queue.model()->isDealRow(source) ? 1 : 0;
    }
    return {deals, withoutHit};
}

// Opens the demo in a shown window and waits for its hits.
std::unique_ptr<MainWindow> openDemo(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    QSignalSpy hits(window->workspace(), &Workspace::hitsChanged);
    if (!window->openDatabase(path) || !hits.wait(15000))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

InspectionQueueView *queueOf(MainWindow &window)
{
    return qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->content());
}

// The DmActions key of a row of the table.
QString keyAt(const InspectionQueueView &queue, int shownRow)
{
    const RiskHit &hit = queue.model()->hit(queue.shownRows()->queueRow(shownRow));
    return DmActions::key(hit.opportunityId, hit.ruleId);
}

DealAction storedAt(MainWindow &window, const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('\n'));
    return window.workspace()->actions()->action(parts.value(0), parts.value(1));
}

// Selects shown rows `first`..`last` of the queue, the current row being `last`.
void selectRows(InspectionQueueView &queue, int first, int last)
{
    QTableView *table = queue.table();
    table->setFocus();
    const QAbstractItemModel *rows = table->model();
    table->selectionModel()->setCurrentIndex(rows->index(last, 0), QItemSelectionModel::NoUpdate);
    table->selectionModel()->select(QItemSelection(rows->index(first, 0), rows->index(last, rows->columnCount() - 1)),
                                    QItemSelectionModel::ClearAndSelect);
}

} // namespace

class TestUiQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_queue"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto database = Database::open(m_path);
        QVERIFY(database && DemoDatabase::create(**database, DemoOptions{}));
    }

    void cleanup() { QSettings().clear(); }

    // R marks every selected hit reviewed, O reopens them; the context menu holds the same actions.
    void shortcutsActOnEverySelectedHit()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        QTableView *table = queue->table();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList shortcuts;
        for (const QAction *action : table->actions())
            shortcuts << action->shortcut().toString();
        QCOMPARE(shortcuts,
                 (QStringList{QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("O")}));

        selectRows(*queue, 2, 4);
        const QStringList keys{keyAt(*queue, 2), keyAt(*queue, 3), keyAt(*queue, 4)};
        QTest::keyClick(table, Qt::Key_R);
        for (const QString &key : keys)
            QCOMPARE(storedAt(*window, key).status, DealAction::Status::Reviewed);
        QCOMPARE(storedAt(*window, keyAt(*queue, 5)).status, DealAction::Status::Open);
        // Reviewed hits stay listed (greyed) and stay selected.
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        QTest::keyClick(table, Qt::Key_O);
        for (const QString &key : keys)
            QCOMPARE(storedAt(*window, key).status, DealAction::Status::Open);
    }

    // A sort or a search keystroke resets the rows and the current hit comes back: its deal is
    // already in Deal detail and is not selected again (the detail rebuilt its POC scorecards each
    // time, most of a second per keystroke at 100k deals); another row still selects its deal.
    void resetsKeepTheDealWithoutSelectingItAgain()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        QTableView *table = queue->table();
        selectRows(*queue, 3, 3);
        const QString key = keyAt(*queue, 3);
        const RiskHit current = queue->model()->hit(queue->shownRows()->queueRow(3));
        QCOMPARE(window->workspace()->selectedDeal(), current.opportunity);
        QSignalSpy selected(window->workspace(), &Workspace::dealSelected);

        table->sortByColumn(InspectionQueueModel::Deal, Qt::AscendingOrder);
        QCOMPARE(keyAt(*queue, table->currentIndex().row()), key);
        queue->searchField()->setText(current.opportunityName);
        QVERIFY(queue->proxy()->rowCount() < queue->model()->rowCount());
        QCOMPARE(keyAt(*queue, table->currentIndex().row()), key);
        queue->searchField()->clear();
        QCOMPARE(keyAt(*queue, table->currentIndex().row()), key);
        QCOMPARE(selected.count(), 0);
        QCOMPARE(window->workspace()->selectedDeal(), current.opportunity);

        int other = 0;
        while (queue->model()->hit(queue->shownRows()->queueRow(other)).opportunity == current.opportunity)
            ++other;
        selectRows(*queue, other, other);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(window->workspace()->selectedDeal(),
                 queue->model()->hit(queue->shownRows()->queueRow(other)).opportunity);
    }

    // S snoozes the selected hits (14 days without the dialog): they leave the list, and the row
    // that followed them becomes current, where the DM was, scrolled as before.
    void snoozeKeepsThePlaceInTheList()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        queue->setAskForSnoozeDetails(false);
        QTableView *table = queue->table();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
        const int top = table->rowAt(0) + 2;
        selectRows(*queue, top, top + 1);
        const QStringList snoozed{keyAt(*queue, top), keyAt(*queue, top + 1)};
        const QString next = keyAt(*queue, top + 2);
        const int rows = queue->proxy()->rowCount();
        const int scroll = table->verticalScrollBar()->value();
        QSignalSpy hits(window->workspace(), &Workspace::hitsChanged);
        QTest::keyClick(table, Qt::Key_S);
        QVERIFY(hits.wait(15000));
        QTest::qWait(50); // the scroll position is put back once the rows are laid out
        const QDate until = window->workspace()->asOf().addDays(14);
        for (const QString &key : snoozed) {
            QCOMPARE(storedAt(*window, key).status, DealAction::Status::Snoozed);
            QCOMPARE(storedAt(*window, key).snoozeUntil, until);
        }
        QCOMPARE(queue->proxy()->rowCount(), rows - 2);
        QCOMPARE(keyAt(*queue, table->currentIndex().row()), next);
        QCOMPARE(table->currentIndex().row(), top);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
    }

    // N asks once for a note and stores it on every selected hit; the strip under the table shows
    // the current hit's whole evidence with the DM's status and note.
    void noteOnManyAndTheDetailStrip()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        QTableView *table = queue->table();
        selectRows(*queue, 0, 1);
        const QStringList keys{keyAt(*queue, 0), keyAt(*queue, 1)};
        QTimer::singleShot(100, qApp, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY2(dialog->labelText().startsWith(QStringLiteral("Note on 2 hits")), qPrintable(dialog->labelText()));
            dialog->setTextValue(QStringLiteral("Asked for the signed order form"));
            dialog->accept();
        });
        QTest::keyClick(table, Qt::Key_N);
        for (const QString &key : keys)
            QCOMPARE(storedAt(*window, key).note, QStringLiteral("Asked for the signed order form"));

        const int source = queue->shownRows()->queueRow(table->currentIndex().row());
        const RiskHit &hit = queue->model()->hit(source);
        const QString detail = queue->currentDetail();
        QVERIFY2(detail.contains(hit.text.toHtmlEscaped()), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Note: Asked for the signed order form")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Status: Open")), qPrintable(detail));
    }

    // Picking a status in the cell's editor stores it at once; a snooze recomputes the queue and
    // its reset releases the editor, and nothing asks the view to close it again (the warning
    // "closeEditor called with an editor that does not belong to this view").
    void statusEditorStoresAndCloses()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        queue->setAskForSnoozeDetails(false);
        QTableView *table = queue->table();
        const QString key = keyAt(*queue, 3);
        const QModelIndex cell = table->model()->index(3, InspectionQueueModel::Status);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *editor = table->findChild<QComboBox *>(QStringLiteral("StatusEditor"));
        QVERIFY(editor);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
        const int snoozed = editor->findData(int(DealAction::Status::Snoozed));
        editor->setCurrentIndex(snoozed);
        emit editor->activated(snoozed);
        QCOMPARE(storedAt(*window, key).status, DealAction::Status::Snoozed);
        QTRY_VERIFY(table->findChildren<QComboBox *>(QStringLiteral("StatusEditor")).isEmpty());
    }

    // A follow-up set on a hit is listed among the follow-ups due under the deal's name.
    void followUpsDueNameTheDeal()
    {
        auto window = openDemo(m_path);
        QVERIFY(window);
        InspectionQueueView *queue = queueOf(*window);
        const int source = queue->proxy()->mapToSource(queue->proxy()->index(7, 0)).row();
        const RiskHit hit = queue->model()->hit(source);
        QSignalSpy results(window->workspace(), &Workspace::resultsChanged);
        QVERIFY(queue->model()->setData(queue->model()->index(source, InspectionQueueModel::FollowUp),
                                        window->workspace()->asOf()));
        QVERIFY(results.count() > 0 || results.wait(5000));
        const FollowUpModel *followUps = window->workspace()->followUpModel();
        QStringList deals;
        for (int row = 0; row < followUps->rowCount(); ++row)
            deals << followUps->data(followUps->index(row, FollowUpModel::Deal)).toString();
        QVERIFY2(deals.contains(hit.opportunityName), qPrintable(deals.join(QStringLiteral(", "))));
        QVERIFY(!deals.contains(hit.opportunityId));
    }

    // Every tile's drill-down lists each deal the tile counts once or more: with its hits, or on a
    // row of its own when it has none. The bar's count is the number of deals listed.
    void drillDownListsEveryDealItCounts()
    {
        MainWindow window;
        QSignalSpy hits(window.workspace(), &Workspace::hitsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(hits.wait(15000));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cockpit = qobject_cast<CockpitView *>(window.dock(DockId::Cockpit)->content());
        auto *queue = qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->content());
        QVERIFY(cockpit && queue);
        const Numbers::Drill &drill = window.workspace()->cockpit().totals.drill;

        int dealsWithoutHit = 0;
        for (const auto &[tile, deals] :
             {std::pair{CockpitView::Tile::Commit, &drill.commit},
              std::pair{CockpitView::Tile::BestCase, &drill.bestCase}, std::pair{CockpitView::Tile::Won, &drill.won}}) {
            QTest::mouseClick(cockpit->tile(tile), Qt::LeftButton);
            const auto [listed, withoutHit] = listedDeals(*queue);
            QCOMPARE(listed, QSet<qint32>(deals->begin(), deals->end()));
            QCOMPARE(withoutHit, queue->model()->dealRowCount());
            dealsWithoutHit += withoutHit;
            const auto *label = queue->findChild<QLabel *>(QStringLiteral("DrillLabel"));
            QVERIFY(label);
            QVERIFY2(label->text().contains(QStringLiteral(": %1 deals, all listed below; %2 with a filter hit")
                                                .arg(deals->size())
                                                .arg(deals->size() - size_t(withoutHit))),
                     qPrintable(label->text()));
        }
        QVERIFY(dealsWithoutHit > 0); // the demo has deals without a hit behind the tiles (won deals at least)

        // "Show all" ends the drill: the deal rows go, the hits come back as the chips say.
        queue->clearDrill();
        QCOMPARE(queue->model()->dealRowCount(), 0);
        QVERIFY(!queue->proxy()->hasDealFilter());
    }

    // A team-table cell drills on one click, as the tiles and the bars do.
    void teamCellDrillsOnOneClick()
    {
        MainWindow window;
        QSignalSpy hits(window.workspace(), &Workspace::hitsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(hits.wait(15000));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cockpit = qobject_cast<CockpitView *>(window.dock(DockId::Cockpit)->content());
        auto *table = cockpit->findChild<QTableView *>(QStringLiteral("TeamTable"));
        QVERIFY(table);
        QSignalSpy drill(window.workspace(), &Workspace::drillRequested);
        // The first rep of the table with commit deals.
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QModelIndex commit;
        for (int row = 0; row < proxy->rowCount() && !commit.isValid(); ++row)
            if (!cockpit->teamModel()
                     ->dealsAt(proxy->mapToSource(proxy->index(row, 0)).row(), TeamTableModel::Commit)
                     .empty())
                commit = proxy->index(row, TeamTableModel::Commit);
        QVERIFY(commit.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(commit).center());
        QCOMPARE(drill.count(), 1);
        const int source = proxy->mapToSource(commit).row();
        QCOMPARE(drill.at(0).at(1).value<std::vector<qint32>>(),
                 cockpit->teamModel()->dealsAt(source, TeamTableModel::Commit));
        QCOMPARE(drill.at(0).at(1).value<std::vector<qint32>>(),
                 cockpit->teamModel()->teamRow(source).numbers.drill.commit);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestUiQueue)
#include "tst_ui_queue.moc"
