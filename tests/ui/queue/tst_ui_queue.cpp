// The inspection queue as a DM works in it on the demo district: a drill-down lists every deal it
// counts, a team-table cell drills on one click.
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
#include "window/MainWindow.h"
#include "window/ViewDock.h"

#include <QLabel>
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
        auto *cockpit = qobject_cast<CockpitView *>(window.dock(DockId::Cockpit)->widget());
        auto *queue = qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->widget());
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
        auto *cockpit = qobject_cast<CockpitView *>(window.dock(DockId::Cockpit)->widget());
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
