// The Insights dock over the concentration fixture of tests/core/analytics/insights (README.md there holds the
// three insights of district Central at 2026-11-16, compared with 2026-11-09), with the cap set
// to two. Every value below is read off that fixture by hand:
//   trend        scope_trend:open_pipeline:scope:district:Central  stake 400,000  new (no snapshot 4 weeks before 11-09)
//   clustering   close_clustering:rep:K3 (Max Moss)                stake 300,000  not seen; deals KD 200,000, KE 100,000
//   concentration commit_concentration:rep:K1 (Lea Lane)            stake 300,000  not seen; share 300,000 / 500,000 = 0.6
// List order: stake, then when (all 11-16), then key: trend, clustering, concentration.
#include "fixtures/insights/InsightFixture.h"

#include "InsightModel.h"
#include "InsightsSession.h"
#include "Workspace.h"
#include "analytics/insights/InsightFilter.h"
#include "dialogs/DismissInsightDialog.h"
#include "i18n/Translations.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/InsightMarkStore.h"
#include "store/Transaction.h"
#include "views/CockpitView.h"
#include "views/InsightsView.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QString trendKey = QStringLiteral("scope_trend:open_pipeline:scope:district:Central");
const QString clusteringKey = QStringLiteral("close_clustering:rep:K3");
const QString concentrationKey = QStringLiteral("commit_concentration:rep:K1");

QStringList keysShown(const QTableView *table)
{
    QStringList keys;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        keys << table->model()->index(row, InsightModel::Text).data(InsightModel::KeyRole).toString();
    return keys;
}

std::optional<InsightMark> storedMark(const QString &path, const QString &key)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return std::nullopt;
    auto mark = InsightMarkStore(**db, QStringLiteral("test")).mark(key);
    return mark ? *mark : std::nullopt;
}

} // namespace

class TestUiInsights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_run = 0;

    // A window on district Central once its insights are computed.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        Workspace *controller = window->workspace();
        QSignalSpy loaded(controller, &Workspace::loadFinished);
        if (!window->openDatabase(m_path) || !loaded.wait(15000))
            return nullptr;
        QSignalSpy insights(controller->insights(), &InsightsSession::insightsChanged);
        controller->setScope(QStringLiteral("district:Central"));
        // The scope's results, then its insights (an earlier signal may belong to the load's scope).
        for (int tries = 0; tries < 6; ++tries) {
            if (controller->query().scope.key() == QLatin1String("district:Central")
                && !controller->insights()->isComputing() && controller->insights()->insights().size() == 3)
                return window;
            if (!insights.wait(15000))
                return nullptr;
        }
        return nullptr;
    }

    static InsightsView *insightsView(MainWindow &window)
    {
        return qobject_cast<InsightsView *>(window.dock(DockId::Insights)->content());
    }

    static QString count(InsightsView *view)
    {
        return view->findChild<QLabel *>(QStringLiteral("InsightCount"))->text();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_insights"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_template = m_dir.filePath(QStringLiteral("central.db"));
        auto db = Database::open(m_template);
        QVERIFY(db.ok());
        {
            Transaction transaction((*db)->connectionName());
            QVERIFY(CrmWriter(**db)
                        .write(test::loadInsightFixture(
                            QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/insights/concentration.json")))
                        .ok());
            QVERIFY(transaction.commit());
        }
        QVERIFY((*db)->setSetting(QStringLiteral("insight_cap"), QStringLiteral("2")).ok());
    }

    // Every test starts from the fixture without marks.
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("run%1.db").arg(++m_run));
        QVERIFY(QFile::copy(m_template, m_path));
    }

    void cleanup()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void filterCountsByHand()
    {
        // The core filter the dock applies, on the three insights as the dock holds them.
        auto window = openWindow();
        QVERIFY(window);
        const std::vector<Insight> &all = window->workspace()->insights()->insights();
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[0].key, trendKey);
        QCOMPARE(all[1].key, clusteringKey);
        QCOMPARE(all[2].key, concentrationKey);

        InsightFilter filter;
        InsightFilter::Result result = filter.apply(all, 2);
        QCOMPARE(result.indices, (std::vector<int>{0, 1}));
        QCOMPARE(result.matching, 3);
        QCOMPARE(result.more, 1);
        QCOMPARE(result.fresh, 1);
        filter.kind = Insight::Kind::Concentration;
        result = filter.apply(all, 2);
        QCOMPARE(result.indices, (std::vector<int>{1, 2}));
        QCOMPARE(result.more, 0);
        QCOMPARE(result.fresh, 0);
        filter.kind.reset();
        filter.minimumStake = 300000 * Cents(100); // 300,000 is at least 300,000: all three
        QCOMPARE(filter.apply(all, 2).matching, 3);
        filter.minimumStake = 300000 * Cents(100) + 1; // a cent more: the trend alone
        QCOMPARE(filter.apply(all, 2).indices, (std::vector<int>{0}));
        filter.minimumStake = 0;
        filter.newOnly = true;
        QCOMPARE(filter.apply(all, 2).indices, (std::vector<int>{0}));
        filter.newOnly = false;
        filter.list = InsightFilter::List::Dismissed;
        QCOMPARE(filter.apply(all, 2).matching, 0);
    }

    void dockListsCapsFiltersAndDrills()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->dock(DockId::Insights)->show();
        window->dock(DockId::Insights)->raise();
        InsightsView *view = insightsView(*window);
        QVERIFY(view);
        QCOMPARE(window->dock(DockId::Insights)->objectName(), QStringLiteral("InsightsDock"));
        QCOMPARE(window->dock(DockId::Insights)->windowTitle(), QStringLiteral("Insights"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The model holds all three; the table shows the cap, two, in list order.
        InsightModel *model = view->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, InsightModel::State).data().toString(), QStringLiteral("New"));
        QCOMPARE(model->index(0, InsightModel::Kind).data().toString(), QStringLiteral("Trend"));
        QCOMPARE(model->index(0, InsightModel::Text).data().toString(),
                 QStringLiteral(
                     "District Central: open pipeline for Q4 FY2026 went from 1,550,000 USD on 2026-10-19 to "
                     "1,150,000 USD on 2026-11-16 (\u2212400,000 USD, \u221226%)."));
        QCOMPARE(model->index(0, InsightModel::Stake).data().toString(), QStringLiteral("$400,000"));
        QCOMPARE(model->index(0, InsightModel::When).data().toString(), QStringLiteral("11/16/26"));
        const auto chart = model->index(0, InsightModel::Chart).data(InsightModel::ChartRole).value<InsightChart>();
        QCOMPARE(int(chart.kind), int(InsightChart::Kind::Series));
        QCOMPARE(chart.values, (std::vector<double>{155000000, 155000000, 115000000, 115000000, 115000000}));
        QCOMPARE(model->index(1, InsightModel::State).data().toString(), QStringLiteral("Not seen"));
        QCOMPARE(model->index(1, InsightModel::Kind).data().toString(), QStringLiteral("Concentration"));
        QCOMPARE(model->index(2, InsightModel::Stake).data().toString(), QStringLiteral("$300,000"));

        QTableView *table = view->table();
        QCOMPARE(keysShown(table), (QStringList{trendKey, clusteringKey}));
        QCOMPARE(count(view), QStringLiteral("2 of 3 shown \u00b7 1 new since 11/9/26"));
        QCOMPARE(view->showAllAction()->text(), QStringLiteral("Show all (1 more)"));
        QCOMPARE(view->dismissedListAction()->text(), QStringLiteral("Dismissed (0)"));
        view->showAllAction()->trigger();
        QCOMPARE(keysShown(table), (QStringList{trendKey, clusteringKey, concentrationKey}));
        QCOMPARE(view->showAllAction()->text(), QStringLiteral("Show all"));
        view->showAllAction()->trigger();

        // Filters: kind, rep, amount at stake, new only.
        auto *kind = view->findChild<QComboBox *>(QStringLiteral("InsightKindFilter"));
        QCOMPARE(kind->count(), 6);
        kind->setCurrentIndex(kind->findText(QStringLiteral("Concentration")));
        QCOMPARE(keysShown(table), (QStringList{clusteringKey, concentrationKey}));
        QCOMPARE(count(view), QStringLiteral("2 of 2 shown \u00b7 0 new since 11/9/26"));
        auto *rep = view->findChild<QComboBox *>(QStringLiteral("InsightRepFilter"));
        QCOMPARE(rep->count(), 3); // all reps, Lea Lane, Max Moss (Lou Long has none)
        rep->setCurrentIndex(rep->findText(QStringLiteral("Lea Lane")));
        QCOMPARE(keysShown(table), (QStringList{concentrationKey}));
        kind->setCurrentIndex(0);
        rep->setCurrentIndex(0);
        auto *amount = view->findChild<QSpinBox *>(QStringLiteral("InsightAmountFilter"));
        amount->setValue(300001);
        QCOMPARE(keysShown(table), (QStringList{trendKey}));
        amount->setValue(0);
        auto *newOnly = view->findChild<QCheckBox *>(QStringLiteral("InsightNewOnly"));
        newOnly->setChecked(true);
        QCOMPARE(keysShown(table), (QStringList{trendKey}));
        QCOMPARE(count(view), QStringLiteral("1 of 1 shown \u00b7 1 new since 11/9/26"));
        newOnly->setChecked(false);

        // The selected one's lineage: rule, baseline, snapshots and a link to its deals.
        view->selectKey(clusteringKey);
        const QString details = view->findChild<QLabel *>(QStringLiteral("InsightDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("Close dates at the quarter end")), qPrintable(details));
        QVERIFY2(details.contains(
                     QStringLiteral("Open pipeline for Q4 FY2026 at the snapshot of 2026-11-16: 450,000 USD "
                                    "across 4 deals.")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("rule close_clustering: percent 50, days 7, min_deals 3")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("2 deals behind it")), qPrintable(details));

        // Drill: a click on the row, or Enter, puts the clustering's deals in the inspection queue.
        QSignalSpy drill(window->workspace(), &Workspace::drillRequested);
        const QRect second = table->visualRect(table->model()->index(1, InsightModel::Text));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(view->selectedKey(), clusteringKey);
        QCOMPARE(drill.count(), 1);
        QCOMPARE(window->workspace()->opportunityIds(drill.first().at(1).value<std::vector<qint32>>()),
                 (QStringList{QStringLiteral("KD"), QStringLiteral("KE")}));
        QCOMPARE(drill.first().at(0).toString(), QStringLiteral("Deals behind: Close dates at the quarter end"));
        view->selectKey(trendKey);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(drill.count(), 2);
        // The trend's deals: every open deal of the district at 11-16 (KA, KB, KC, K2A, KD, KE, KF, KG).
        QCOMPARE(drill.last().at(1).value<std::vector<qint32>>().size(), size_t(8));
    }

    void markSeenAndDismissGoThroughTheStore()
    {
        auto window = openWindow();
        QVERIFY(window);
        InsightsView *view = insightsView(*window);
        InsightsSession *session = window->workspace()->insights();

        view->selectKey(clusteringKey);
        QVERIFY(view->markSeenAction()->isEnabled());
        QCOMPARE(view->markSeenAction()->text(), QStringLiteral("Mark seen"));
        view->markSeenAction()->trigger();
        QCOMPARE(session->insight(clusteringKey)->state, Insight::State::Seen);
        QCOMPARE(view->model()->index(1, InsightModel::State).data().toString(), QStringLiteral("Seen"));
        QVERIFY(!view->markSeenAction()->isEnabled());
        auto seen = storedMark(m_path, clusteringKey);
        QVERIFY(seen);
        QCOMPARE(seen->status, InsightMarkStatus::Seen);
        QCOMPARE(seen->asOf, QDate(2026, 11, 16));
        QCOMPARE(seen->repId, QStringLiteral("K3"));
        QVERIFY(std::abs(seen->recorded.value(QStringLiteral("share")) - 300000.0 / 450000.0) < 1e-9);

        // Dismiss through the action: the dialog refuses an empty note, then takes one.
        view->showAllAction()->setChecked(true);
        view->selectKey(concentrationKey);
        bool okWasDisabled = false;
        bool noted = false;
        QTimer answer; // answers the modal dialog once it shows
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            DismissInsightDialog *dialog = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *found = qobject_cast<DismissInsightDialog *>(widget); found && found->isVisible())
                    dialog = found;
            if (!dialog)
                return;
            answer.stop();
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            dialog->setNote(QStringLiteral("paper signed"));
            noted = ok->isEnabled();
            ok->click();
        });
        answer.start();
        view->dismissAction()->trigger();
        QVERIFY(okWasDisabled);
        QVERIFY(noted);
        QCOMPARE(session->insight(concentrationKey)->state, Insight::State::Dismissed);
        QCOMPARE(session->insight(concentrationKey)->note, QStringLiteral("paper signed"));
        QCOMPARE(session->listed(), 2);
        QCOMPARE(keysShown(view->table()), (QStringList{trendKey, clusteringKey}));
        QCOMPARE(view->dismissedListAction()->text(), QStringLiteral("Dismissed (1)"));
        auto dismissed = storedMark(m_path, concentrationKey);
        QVERIFY(dismissed);
        QCOMPARE(dismissed->status, InsightMarkStatus::Dismissed);
        QCOMPARE(dismissed->note, QStringLiteral("paper signed"));
        QCOMPARE(dismissed->recorded.value(QStringLiteral("share")), 0.6);
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            const auto history = InsightMarkStore(**db, QStringLiteral("test")).history(dismissed->id);
            QVERIFY(history.ok());
            QCOMPARE(history->size(), size_t(3));
            QCOMPARE((*history)[0].field, QStringLiteral("insight_mark.status"));
            QCOMPARE((*history)[0].newValue, QStringLiteral("dismissed"));
            QCOMPARE((*history)[1].field, QStringLiteral("insight_mark.note"));
            QCOMPARE((*history)[1].newValue, QStringLiteral("paper signed"));
            QCOMPARE((*history)[2].field, QStringLiteral("insight_mark.recorded"));
        }

        // The dismissed list, with the note in the details and "Restore".
        view->dismissedListAction()->trigger();
        QCOMPARE(keysShown(view->table()), (QStringList{concentrationKey}));
        QCOMPARE(count(view), QStringLiteral("1 dismissed"));
        QVERIFY(!view->showAllAction()->isEnabled());
        view->selectKey(concentrationKey);
        QCOMPARE(view->markSeenAction()->text(), QStringLiteral("Restore"));
        QVERIFY(!view->dismissAction()->isEnabled());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("InsightDetails"))
                    ->text()
                    .contains(QStringLiteral("paper signed")));

        // A new window reads the marks back from the store.
        window.reset();
        window = openWindow();
        QVERIFY(window);
        session = window->workspace()->insights();
        QCOMPARE(session->insight(clusteringKey)->state, Insight::State::Seen);
        QCOMPARE(session->insight(concentrationKey)->state, Insight::State::Dismissed);
        QCOMPARE(session->insight(trendKey)->state, Insight::State::New);

        // Recorded at a share of 0.45, the 0.6 of now is past 0.45 x 1.2 = 0.54: back in the list.
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            InsightMarkStore store(**db, QStringLiteral("test"));
            InsightMark mark = *storedMark(m_path, concentrationKey);
            mark.recorded[QStringLiteral("share")] = 0.45;
            QVERIFY(store.save(mark, mark.version).ok());
        }
        window.reset();
        window = openWindow();
        QVERIFY(window);
        view = insightsView(*window);
        session = window->workspace()->insights();
        QCOMPARE(session->insight(concentrationKey)->state, Insight::State::Returned);
        QCOMPARE(session->listed(), 3);
        QCOMPARE(view->model()->index(2, InsightModel::State).data().toString(),
                 QStringLiteral("Back: numbers changed"));

        // Restore from the dismissed list: seen, listed again.
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            InsightMark mark = *storedMark(m_path, concentrationKey);
            mark.recorded[QStringLiteral("share")] = 0.6;
            QVERIFY(InsightMarkStore(**db, QStringLiteral("test")).save(mark, mark.version).ok());
        }
        window.reset();
        window = openWindow();
        QVERIFY(window);
        view = insightsView(*window);
        session = window->workspace()->insights();
        QCOMPARE(session->insight(concentrationKey)->state, Insight::State::Dismissed);
        view->dismissedListAction()->setChecked(true);
        view->selectKey(concentrationKey);
        view->markSeenAction()->trigger();
        QCOMPARE(session->insight(concentrationKey)->state, Insight::State::Seen);
        QCOMPARE(storedMark(m_path, concentrationKey)->status, InsightMarkStatus::Seen);
        QCOMPARE(view->dismissedListAction()->text(), QStringLiteral("Dismissed (0)"));
    }

    // Marking an insight is an edit like a note: Ctrl+Z clears the first mark (the insight reads as before and the
    // store keeps a cleared row), Ctrl+Shift+Z marks it again.
    void markingIsOnTheUndoStack()
    {
        auto window = openWindow();
        QVERIFY(window);
        InsightsSession *session = window->workspace()->insights();
        QUndoStack *undo = window->workspace()->undoStack();
        const Insight::State before = session->insight(clusteringKey)->state;
        QVERIFY(before != Insight::State::Seen);
        QVERIFY(session->markSeen(clusteringKey));
        QCOMPARE(session->insight(clusteringKey)->state, Insight::State::Seen);
        QCOMPARE(undo->undoText(), QStringLiteral("insight mark"));

        undo->undo();
        QCOMPARE(session->insight(clusteringKey)->state, before);
        QCOMPARE(storedMark(m_path, clusteringKey)->status, InsightMarkStatus::Cleared);
        QVERIFY(undo->canRedo());
        undo->redo();
        QCOMPARE(session->insight(clusteringKey)->state, Insight::State::Seen);
        QCOMPARE(storedMark(m_path, clusteringKey)->status, InsightMarkStatus::Seen);
        QCOMPARE(storedMark(m_path, clusteringKey)->version, 3);
    }

    void cockpitLineOpensTheDockAndTheLayoutIsKept()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *cockpit = qobject_cast<CockpitView *>(window->dock(DockId::Cockpit)->content());
        QVERIFY(cockpit);
        QLabel *line = cockpit->patternsLine();
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), QStringLiteral("<a href=\"insights\">1 new pattern since 11/9/26</a> \u00b7 3 in all"));
        InsightsView *view = insightsView(*window);
        auto *kind = view->findChild<QComboBox *>(QStringLiteral("InsightKindFilter"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Concentration")));
        QCOMPARE(keysShown(view->table()), (QStringList{clusteringKey, concentrationKey}));
        window->dock(DockId::Insights)->hide(); // closed: the line opens it again
        QSignalSpy requested(cockpit, &CockpitView::insightsRequested);
        emit line->linkActivated(QStringLiteral("insights"));
        QCOMPARE(requested.count(), 1);
        QVERIFY(!window->dock(DockId::Insights)->isHidden());
        // It opens on the list the line counts: the first two listed, the filter set above cleared.
        QVERIFY(!view->filter().kind);
        QCOMPARE(keysShown(view->table()), (QStringList{trendKey, clusteringKey}));

        // Closed, the dock stays closed next time (saved like every dock); Reset layout brings it back.
        window->dock(DockId::Insights)->hide();
        window->close();
        window.reset();
        auto again = openWindow();
        QVERIFY(again);
        QVERIFY(again->dock(DockId::Insights)->isHidden());
        again->resetLayout();
        QVERIFY(!again->dock(DockId::Insights)->isHidden());

        // Russian: the dock, its actions, the rows and the line follow the language.
        again->switchLanguage(QStringLiteral("ru"));
        QCoreApplication::processEvents();
        QSignalSpy insights(again->workspace()->insights(), &InsightsSession::insightsChanged);
        QVERIFY(insights.wait(15000)); // the texts are computed again in Russian
        view = insightsView(*again);
        QCOMPARE(again->dock(DockId::Insights)->windowTitle(), QStringLiteral("Наблюдения"));
        QCOMPARE(view->dismissAction()->text(), QStringLiteral("Скрыть\u2026"));
        QCOMPARE(view->model()->index(0, InsightModel::State).data().toString(), QStringLiteral("Новое"));
        QCOMPARE(
            view->model()->index(0, InsightModel::Text).data().toString(),
            QStringLiteral(
                "Территория Central: открытая воронка за 4\u00a0кв.\u00a02026\u00a0изменилась с 1\u00a0550\u00a0000\u00a0USD "
                "(19.10.2026) до 1\u00a0150\u00a0000\u00a0USD (16.11.2026): \u2212400\u00a0000\u00a0USD, \u221226\u00a0%."));
        QCOMPARE(count(view), QStringLiteral("Показано 2\u00a0из 3 \u00b7 1\u00a0новая с 09.11.2026"));
        auto *cockpit2 = qobject_cast<CockpitView *>(again->dock(DockId::Cockpit)->content());
        QCOMPARE(cockpit2->patternsLine()->text(),
                 QStringLiteral("<a href=\"insights\">1\u00a0новая закономерность с 09.11.2026</a> \u00b7 всего 3"));
    }
};

QTEST_MAIN(TestUiInsights)
#include "tst_ui_insights.moc"
