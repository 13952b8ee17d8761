// The views over real engine results: a hand-made district written to a temporary database.
#include "AccuracyModel.h"
#include "BeliefModel.h"
#include "DealChangeModel.h"
#include "DealHistoryModel.h"
#include "FollowUpModel.h"
#include "InsightsSession.h"
#include "InspectionQueueModel.h"
#include "MeddpiccMatrixModel.h"
#include "MeddpiccModel.h"
#include "RenewalModel.h"
#include "TeamTableModel.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "analytics/risk/RuleSet.h"
#include "charts/CoverageChart.h"
#include "charts/PathToPlanChart.h"
#include "charts/WaterfallChart.h"
#include "dialogs/ExportPreviewDialog.h"
#include "export/agenda/AgendaBuilder.h"
#include "export/agenda/AgendaExporter.h"
#include "export/agenda/AgendaReport.h"
#include "export/render/HtmlRenderer.h"
#include "i18n/Translations.h"
#include "store/ActionStore.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "views/CoachingPackView.h"
#include "views/CockpitView.h"
#include "views/DealDetailView.h"
#include "views/ForecastAccuracyView.h"
#include "views/InspectionQueueProxy.h"
#include "views/InspectionQueueView.h"
#include "views/KpiTile.h"
#include "views/PipelineChangesView.h"
#include "views/RenewalWatchlistView.h"
#include "views/RiskFiltersView.h"
#include "views/TypedSortProxy.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"
#include "workspace/DmActions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QLineSeries>
#include <QTest>

#include <functional>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QDate week1(2026, 11, 30);
const QDate week2(2026, 12, 7);

Opportunity deal(const char *id, const char *owner, const char *name, const char *stage, ForecastCategory category,
                 Cents amount, QDate close)
{
    Opportunity o;
    o.id = QLatin1String(id);
    o.ownerId = QLatin1String(owner);
    o.accountId = QStringLiteral("a1");
    o.name = QLatin1String(name);
    o.stage = QLatin1String(stage);
    o.category = category;
    o.amount = amount;
    o.currency = QStringLiteral("USD");
    o.closeDate = close;
    o.createdDate = QDate(2026, 9, 1);
    o.stageEnteredDate = QDate(2026, 11, 1);
    o.lastActivityDate = QDate(2026, 12, 1);
    o.sourceFile = QStringLiteral("Opportunity.csv");
    o.sourceLine = 7;
    return o;
}

SnapshotRow row(QDate asOf, const Opportunity &o, std::optional<Cents> amount = std::nullopt)
{
    SnapshotRow r;
    r.asOf = asOf;
    r.opportunityId = o.id;
    r.ownerId = o.ownerId;
    r.stage = o.stage;
    r.category = o.category;
    r.amount = amount ? amount : o.amount;
    r.currency = o.currency;
    r.closeDate = o.closeDate;
    r.stageEnteredDate = o.stageEnteredDate;
    r.lastActivityDate = o.lastActivityDate;
    return r;
}

// Three reps in two districts, Q4 2026, snapshots on Nov 30 and Dec 7 (amounts in cents):
// won 30,000 (o3); commit o1 20,000 + o4 40,000 (50,000 at Nov 30) + o6 25,000 = 85,000;
// best case o2 15,000; pipeline o5 10,000 (new on Dec 7); o7 closes in Q1 2027.
CrmData district()
{
    CrmData data;
    data.reportingCurrency = QStringLiteral("USD");
    data.stages = {{QStringLiteral("Discovery"), 40, 1, false, false},
                   {QStringLiteral("Proposal"), 60, 2, false, false},
                   {QStringLiteral("Negotiation"), 80, 3, false, false},
                   {QStringLiteral("Closed Won"), 100, 4, true, false},
                   {QStringLiteral("Closed Lost"), 0, 5, false, true}};
    data.currencyRates = {{QStringLiteral("USD"), 1.0, true}};
    auto rep = [](const char *id, const char *name, const char *district) {
        Rep r;
        r.id = QLatin1String(id);
        r.name = QLatin1String(name);
        r.district = QLatin1String(district);
        r.region = QStringLiteral("North America");
        return r;
    };
    data.reps = {rep("r1", "Ann Archer", "East"), rep("r2", "Bob Baker", "East"), rep("r3", "Cy Cole", "West")};
    data.quotas = {{QStringLiteral("r1"), QStringLiteral("2026Q4"), 10000000},
                   {QStringLiteral("r2"), QStringLiteral("2026Q4"), 8000000},
                   {QStringLiteral("r3"), QStringLiteral("2026Q4"), 5000000}};
    // Acme renews in 44 days (60-day band), Globex in 103 days (120-day band).
    Account account;
    account.id = QStringLiteral("a1");
    account.name = QStringLiteral("Acme");
    account.arr = 12000000;
    account.renewalDate = QDate(2027, 1, 20);
    Account globex;
    globex.id = QStringLiteral("a2");
    globex.name = QStringLiteral("Globex");
    globex.arr = 8000000;
    globex.renewalDate = QDate(2027, 3, 20);
    data.accounts = {account, globex};
    data.healthReadings = {{QStringLiteral("a1"), QDate(2026, 10, 1), 80},
                           {QStringLiteral("a1"), QDate(2026, 11, 15), 72},
                           {QStringLiteral("a1"), QDate(2026, 12, 1), 65}};
    const auto o1 = deal("o1", "r1", "Deal one", "Negotiation", ForecastCategory::Commit, 2000000, QDate(2026, 12, 15));
    const auto o2 = deal("o2", "r1", "Deal two", "Proposal", ForecastCategory::BestCase, 1500000, QDate(2026, 12, 20));
    const auto o3 =
        deal("o3", "r1", "Deal three", "Closed Won", ForecastCategory::Closed, 3000000, QDate(2026, 11, 10));
    const auto o4 =
        deal("o4", "r2", "Deal four", "Negotiation", ForecastCategory::Commit, 4000000, QDate(2026, 12, 18));
    const auto o5 =
        deal("o5", "r2", "Deal five", "Discovery", ForecastCategory::Pipeline, 1000000, QDate(2026, 12, 28));
    const auto o6 = deal("o6", "r3", "Deal six", "Negotiation", ForecastCategory::Commit, 2500000, QDate(2026, 12, 10));
    auto o7 = deal("o7", "r3", "Deal seven", "Discovery", ForecastCategory::Pipeline, 500000, QDate(2027, 1, 20));
    o7.accountId = QStringLiteral("a2");
    data.opportunities = {o1, o2, o3, o4, o5, o6, o7};
    for (const auto &o : {o1, o2, o3, o6, o7})
        data.snapshots.push_back(row(week1, o));
    data.snapshots.push_back(row(week1, o4, 5000000));
    for (const auto &o : {o1, o2, o3, o4, o5, o6, o7})
        data.snapshots.push_back(row(week2, o));
    return data;
}

// Calls `painted` whenever `widget` or one of its children receives a paint event.
class PaintRecorder : public QObject
{
public:
    PaintRecorder(QWidget *widget, std::function<void()> painted)
        : m_widget(widget)
        , m_painted(std::move(painted))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_widget || m_widget->isAncestorOf(widget))
                m_painted();
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<void()> m_painted;
};

} // namespace

class TestUiCockpit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // A window over the fixture with its results computed.
    std::unique_ptr<MainWindow> openWindow() { return openWindow(m_path); }
    std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy results(window->workspace(), &Workspace::resultsChanged);
        if (!window->openDatabase(path))
            return nullptr;
        if (!results.wait(15000))
            return nullptr;
        return window;
    }

    template<typename View>
    static View *view(MainWindow &window, DockId id)
    {
        return qobject_cast<View *>(window.dock(id)->content());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_cockpit"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("district.db"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Transaction transaction((*db)->connectionName());
        QVERIFY(CrmWriter(**db).write(district()).ok());
        QVERIFY(transaction.commit());
    }

    void cleanup() { QSettings().clear(); }

    void cockpitShowsTheEngineNumbersAndTeam()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        QCOMPARE(workspace->asOf(), week2);
        QCOMPARE(workspace->compareTo(), week1);
        QCOMPARE(workspace->periodKey(), QStringLiteral("2026Q4"));

        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QVERIFY(cockpit);
        QAbstractItemModelTester teamTester(cockpit->teamModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester followTester(cockpit->followUpModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Team rows are the engine's reps in scope, in the engine's order.
        const Engine &engine = *workspace->engine();
        const std::vector<qint32> reps = engine.dataset().repsInScope(Scope::all());
        QCOMPARE(cockpit->teamModel()->rowCount(), int(reps.size()));
        QCOMPARE(cockpit->teamModel()->rowCount(), 3);
        for (int i = 0; i < int(reps.size()); ++i)
            QCOMPARE(cockpit->teamModel()->teamRow(i).repId, engine.dataset().reps()[size_t(reps[size_t(i)])].rep.id);

        // Tiles: hand-computed totals, formatted by the English locale.
        QCOMPARE(cockpit->tile(CockpitView::Tile::Won)->value(), QStringLiteral("$30K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::Commit)->value(), QStringLiteral("$85K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::BestCase)->value(), QStringLiteral("$15K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::Pipeline)->value(), QStringLiteral("$10K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::Quota)->value(), QStringLiteral("$230K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::Gap)->value(), QStringLiteral("$200K"));
        // Coverage = (85 + 15 + 10) / 200 = 0.55
        QCOMPARE(cockpit->tile(CockpitView::Tile::Coverage)->value(), QStringLiteral("0.6x"));
        QCOMPARE(cockpit->coverageChart()->barCount(), 3);
        QCOMPARE(cockpit->pathChart()->seriesCount(), 4);

        // Path to plan: each week with a snapshot carries the tiles' numbers at that snapshot
        // (Q4 week 1 = Sep 28 - Oct 4, so Nov 30 is week 10 and Dec 7 week 11). Won 30,000 at
        // both; commit forecast = won + commit: 30,000 + 95,000 (o4 at 50,000) = 125,000 at Nov 30,
        // 30,000 + 85,000 = 115,000 at Dec 7. The won line ends on the Won tile ($30K).
        using Line = PathToPlanChart::Line;
        const PathToPlanChart *path = cockpit->pathChart();
        QCOMPARE(path->value(Line::Won, 11), std::optional<Cents>(3000000));
        QCOMPARE(path->value(Line::Won, 10), std::optional<Cents>(3000000));
        QCOMPARE(path->value(Line::Commit, 10), std::optional<Cents>(12500000));
        QCOMPARE(path->value(Line::Commit, 11), std::optional<Cents>(11500000));
        QVERIFY(!path->value(Line::Won, 9)); // no snapshot that week: no point
        QVERIFY(!path->value(Line::Won, 12));
        QCOMPARE(path->pointText(Line::Won, 11),
                 PathToPlanChart::meaning(Line::Won) + QStringLiteral("\nWeek 11, snapshot of 12/7/26: $30,000"));

        // Coverage chart: the 3.0x target as a line across the three bars, whole-number ticks.
        const QList<QAbstractSeries *> series = cockpit->coverageChart()->chart()->series();
        const auto target = std::find_if(series.begin(), series.end(), [](QAbstractSeries *s) {
            return s->type() == QAbstractSeries::SeriesTypeLine;
        });
        QVERIFY(target != series.end());
        const QList<QPointF> points = static_cast<QLineSeries *>(*target)->points();
        QCOMPARE(points, (QList<QPointF>{{3.0, -0.5}, {3.0, 2.5}}));
    }

    // The same deals with no quota rows, as a Salesforce export gives them: no plan. The quota,
    // gap, coverage and run rate tiles say so instead of $0, "covered" and "gap closed"; the team
    // table shows dashes; the path to plan has no plan line and the coverage chart no
    // "gap closed" bar.
    void aCockpitWithoutQuotaShowsNoPlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-quota.db"));
        {
            CrmData data = district();
            data.quotas.clear();
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Transaction transaction((*db)->connectionName());
            QVERIFY(CrmWriter(**db).write(data).ok());
            QVERIFY(transaction.commit());
        }
        auto window = openWindow(path);
        QVERIFY(window);
        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QVERIFY(cockpit);
        const QString dash = QStringLiteral("\u2014");
        const QString noQuota = QStringLiteral("no quota recorded");
        for (const auto tile : {CockpitView::Tile::Quota, CockpitView::Tile::Gap}) {
            QCOMPARE(cockpit->tile(tile)->value(), dash);
            QCOMPARE(cockpit->tile(tile)->detail(), noQuota);
        }
        QCOMPARE(cockpit->tile(CockpitView::Tile::Coverage)->value(), dash);
        QCOMPARE(cockpit->tile(CockpitView::Tile::RunRate)->value(), dash);
        // The deals' numbers stay: won 30,000, commit 85,000.
        QCOMPARE(cockpit->tile(CockpitView::Tile::Won)->value(), QStringLiteral("$30K"));
        QCOMPARE(cockpit->tile(CockpitView::Tile::Commit)->value(), QStringLiteral("$85K"));

        const TeamTableModel *team = cockpit->teamModel();
        QCOMPARE(team->rowCount(), 3);
        for (int row = 0; row < team->rowCount(); ++row) {
            for (const int column : {TeamTableModel::Quota, TeamTableModel::Gap, TeamTableModel::Coverage}) {
                QCOMPARE(team->index(row, column).data().toString(), dash);
                QVERIFY(std::holds_alternative<std::monostate>(team->sortKey(row, column)));
            }
        }
        QCOMPARE(team->index(0, TeamTableModel::Won).data().toString(), QStringLiteral("$30,000"));

        QCOMPARE(cockpit->pathChart()->seriesCount(), 3);
        QCOMPARE(cockpit->coverageChart()->chart()->title(), QStringLiteral("Coverage by rep: no quota recorded"));
        QVERIFY(!cockpit->pathChart()->value(PathToPlanChart::Line::Plan, 11));
        const QList<QAbstractSeries *> series = cockpit->coverageChart()->chart()->series();
        const auto bars = std::find_if(series.begin(), series.end(), [](QAbstractSeries *s) {
            return s->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
        });
        QVERIFY(bars != series.end());
        QVERIFY(std::none_of(series.begin(), series.end(),
                             [](QAbstractSeries *s) { return s->type() == QAbstractSeries::SeriesTypeLine; }));
        for (const QBarSet *set : static_cast<QHorizontalStackedBarSeries *>(*bars)->barSets())
            for (int i = 0; i < set->count(); ++i)
                QCOMPARE(set->at(i), 0.0);
    }

    void clickingATileDrillsIntoTheEngineDeals()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        Workspace *workspace = window->workspace();
        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QSignalSpy drill(workspace, &Workspace::drillRequested);

        KpiTile *commit = cockpit->tile(CockpitView::Tile::Commit);
        QVERIFY(commit->isDrillable());
        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(drill.count(), 1);
        const auto deals = drill.at(0).at(1).value<std::vector<qint32>>();
        const CockpitResult expected = workspace->engine()->cockpit(workspace->query());
        QCOMPARE(deals, expected.totals.drill.commit);
        QStringList ids = workspace->opportunityIds(deals);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("o1"), QStringLiteral("o4"), QStringLiteral("o6")}));

        // The gap is not a sum of deals: nothing to drill.
        QVERIFY(!cockpit->tile(CockpitView::Tile::Gap)->isDrillable());
        QTest::mouseClick(cockpit->tile(CockpitView::Tile::Gap), Qt::LeftButton);
        QCOMPARE(drill.count(), 1);
    }

    void scopeNarrowsTheTeamTable()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QSignalSpy results(workspace, &Workspace::resultsChanged);
        workspace->setScope(QStringLiteral("district:East"));
        QVERIFY(results.wait(10000));
        QCOMPARE(cockpit->teamModel()->rowCount(), 2);
        QCOMPARE(cockpit->tile(CockpitView::Tile::Commit)->value(), QStringLiteral("$60K"));
        workspace->setScope(QStringLiteral("rep:r3"));
        QVERIFY(results.wait(10000));
        QCOMPARE(cockpit->teamModel()->rowCount(), 1);
        QCOMPARE(cockpit->teamModel()->teamRow(0).name, QStringLiteral("Cy Cole"));
    }

    void pipelineChangesListTheDealsBehindABar()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *changes = view<PipelineChangesView>(*window, DockId::PipelineChanges);
        QVERIFY(changes);
        QAbstractItemModelTester tester(changes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Moved between the snapshots: o4 decreased by 10,000, o5 is new.
        QCOMPARE(changes->model()->rowCount(), 2);
        const auto &bars = changes->chart()->bars();
        QCOMPARE(bars.front().amount, Cents(2000000 + 1500000 + 5000000 + 2500000)); // opening at Nov 30
        QCOMPARE(bars.back().amount, Cents(8500000 + 1500000 + 1000000));            // closing at Dec 7
        int decreased = -1;
        for (int i = 0; i < int(bars.size()); ++i)
            if (bars[size_t(i)].reasons == std::vector<ChangeReason>{ChangeReason::Decreased})
                decreased = i;
        QVERIFY(decreased > 0);
        QCOMPARE(bars[size_t(decreased)].amount, Cents(-1000000));
        changes->showBar(decreased);
        QCOMPARE(changes->model()->rowCount(), 1);
        QCOMPARE(changes->model()->data(changes->model()->index(0, DealChangeModel::Deal)).toString(),
                 QStringLiteral("Deal four"));
    }

    void dealDetailShowsFieldsAndHistory()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        auto *detail = view<DealDetailView>(*window, DockId::DealDetail);
        QVERIFY(detail);
        QAbstractItemModelTester history(detail->historyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester meddpicc(detail->meddpiccModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace->selectDeal(workspace->dataset()->opportunityIndex(QStringLiteral("o4")));
        QCOMPARE(detail->headline(), QStringLiteral("Deal four"));
        QCOMPARE(detail->historyModel()->rowCount(), 2);
        // Newest first; the amount change is marked bold.
        QCOMPARE(detail->historyModel()->data(detail->historyModel()->index(0, DealHistoryModel::Amount)).toString(),
                 QStringLiteral("$40,000"));
        QVERIFY(detail->historyModel()
                    ->data(detail->historyModel()->index(0, DealHistoryModel::Amount), Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QCOMPARE(detail->meddpiccModel()->rowCount(), 8);
    }

    void accuracyModelIsSound()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *accuracy = view<ForecastAccuracyView>(*window, DockId::ForecastAccuracy);
        QVERIFY(accuracy);
        QAbstractItemModelTester tester(accuracy->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two snapshots in one open quarter: no closed period yet.
        QCOMPARE(accuracy->model()->rowCount(), 0);
    }

    void queueListsTheEngineHitsAndFollowsThresholds()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        auto *queue = view<InspectionQueueView>(*window, DockId::InspectionQueue);
        QVERIFY(queue);
        QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(queue->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const RiskResult expected = workspace->engine()->exceptions(workspace->query());
        QVERIFY(!expected.hits.empty());
        QCOMPARE(queue->proxy()->rowCount(), int(expected.hits.size()));

        // no_recent_activity: last activity Dec 1, as of Dec 7 = 6 days. At 21 days nothing matches;
        // at 5 days every open deal does (o1, o2, o4, o5, o6, o7).
        QCOMPARE(workspace->hitCount(QStringLiteral("no_recent_activity")), 0);
        auto *filters = view<RiskFiltersView>(*window, DockId::RiskFilters);
        QSignalSpy results(workspace, &Workspace::resultsChanged);
        filters->parameterSpinBox(QStringLiteral("no_recent_activity"), QStringLiteral("days"))->setValue(5);
        QVERIFY(results.wait(10000));
        AnalyticsSettings settings = workspace->engine()->settings();
        QCOMPARE(settings.rules.parameter(QStringLiteral("no_recent_activity"), QStringLiteral("days")), 5);
        const RiskResult widened =
            Engine(workspace->engine()->sharedDataset(), settings).exceptions(workspace->query());
        QCOMPARE(workspace->hitCount(QStringLiteral("no_recent_activity")), 6);
        QCOMPARE(queue->proxy()->rowCount(), int(widened.hits.size()));
        QCOMPARE(queue->proxy()->rowCount(), int(expected.hits.size()) + 6);

        // Turning the filter off removes its hits again.
        filters->ruleCheckBox(QStringLiteral("no_recent_activity"))->setChecked(false);
        QVERIFY(results.wait(10000));
        QCOMPARE(queue->proxy()->rowCount(), int(expected.hits.size()));

        // Search narrows by deal name; a drill from a tile keeps only the deals behind it.
        queue->searchField()->setText(QStringLiteral("deal four"));
        for (int row = 0; row < queue->proxy()->rowCount(); ++row)
            QCOMPARE(queue->proxy()->index(row, InspectionQueueModel::Deal).data().toString(),
                     QStringLiteral("Deal four"));
        QVERIFY(queue->proxy()->rowCount() > 0);
        queue->searchField()->clear();

        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QTest::mouseClick(cockpit->tile(CockpitView::Tile::Commit), Qt::LeftButton);
        const std::vector<qint32> &commit = workspace->cockpit().totals.drill.commit;
        int expectedRows = 0;
        for (const RiskHit &hit : workspace->risk().hits)
            expectedRows += std::binary_search(commit.begin(), commit.end(), hit.opportunity) ? 1 : 0;
        QVERIFY(expectedRows > 0);
        QCOMPARE(queue->proxy()->rowCount(), expectedRows);
        for (int row = 0; row < queue->proxy()->rowCount(); ++row) {
            const int source = queue->proxy()->mapToSource(queue->proxy()->index(row, 0)).row();
            QVERIFY(std::binary_search(commit.begin(), commit.end(), queue->model()->hit(source).opportunity));
        }
        queue->clearDrill();
        QCOMPARE(queue->proxy()->rowCount(), int(expected.hits.size()));
        workspace->restoreDefaultRules();
        QVERIFY(results.wait(10000));
    }

    void renewalWatchlistBandsFilterAccounts()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        auto *renewals = view<RenewalWatchlistView>(*window, DockId::RenewalWatchlist);
        QVERIFY(renewals);
        QAbstractItemModelTester tester(renewals->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RenewalWatchlist expected = RenewalWatchlist::build(workspace->engine()->dataset(), week2, Scope::all());
        QCOMPARE(renewals->model()->rowCount(), int(expected.entries.size()));
        QCOMPARE(renewals->model()->rowCount(), 2);
        QCOMPARE(renewals->proxy()->rowCount(), 2);
        renewals->showBand(60);
        QCOMPARE(renewals->proxy()->rowCount(), 1);
        QCOMPARE(renewals->proxy()->index(0, RenewalModel::Account).data().toString(), QStringLiteral("Acme"));
        const QList<int> readings =
            renewals->proxy()->index(0, RenewalModel::Trend).data(RenewalModel::ReadingsRole).value<QList<int>>();
        QCOMPARE(readings, (QList<int>{80, 72, 65}));
        renewals->showBand(30);
        QCOMPARE(renewals->proxy()->rowCount(), 0);
    }

    void agendaPreviewSavesTheChosenFormat()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        const auto agenda =
            std::make_shared<Agenda>(AgendaBuilder::build(*workspace->engine(), workspace->query(), {}, {}));
        ExportPreviewDialog dialog(QStringLiteral("agenda"),
                                   HtmlRenderer::render(AgendaReport::build(*agenda),
                                                        HtmlRenderer::Target::TextDocument),
                                   {ExportFormat::Markdown}, QStringLiteral("agenda.md"),
                                   [agenda](ExportFormat format) { return AgendaExporter::render(*agenda, format); });
        QVERIFY(dialog.previewText().contains(QStringLiteral("Ann Archer")));
        const QString path = m_dir.filePath(QStringLiteral("agenda.md"));
        QVERIFY(dialog.saveTo(path, ExportFormat::Markdown));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Cy Cole")));
    }

    void coachingPackFollowsTheRepAndKeepsRatings()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        auto *pack = view<CoachingPackView>(*window, DockId::CoachingPack);
        QVERIFY(pack);
        QAbstractItemModelTester matrixTester(pack->matrixModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester beliefTester(pack->beliefModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester exceptionTester(pack->exceptionModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The rep picker lists every rep; choosing one builds the pack.
        QCOMPARE(pack->repPicker()->count(), 4);
        QSignalSpy packs(workspace, &Workspace::packChanged);
        workspace->setPackRep(QStringLiteral("r1"));
        QVERIFY(packs.wait(10000));
        Query query = workspace->query();
        query.scope = Scope::rep(QStringLiteral("r1"));
        const CoachingPackData expected = CoachingPackData::build(*workspace->engine(), query);
        QCOMPARE(workspace->pack().repName, QStringLiteral("Ann Archer"));
        // Ann's open deals closing in Q4: o1 (Commit) and o2 (Best Case).
        QCOMPARE(pack->matrixModel()->rowCount(), int(expected.meddpiccMatrix.size()));
        QCOMPARE(pack->matrixModel()->rowCount(), 2);
        QCOMPARE(pack->exceptionModel()->rowCount(),
                 int(expected.exceptions.hits.size() + expected.exceptions.snoozed.size()));
        QCOMPARE(pack->repPicker()->currentData().toString(), QStringLiteral("r1"));

        // A rating edited in the belief stack is kept for the next build of the pack.
        QVERIFY(pack->beliefModel()->rowCount() > 0);
        const QModelIndex rating = pack->beliefModel()->index(0, BeliefModel::Rating);
        QVERIFY(pack->beliefModel()->setData(rating, QStringLiteral("proven")));
        const QString deal = pack->beliefModel()->stack().opportunityId;
        workspace->setPackRep(QStringLiteral("r2"));
        QVERIFY(packs.wait(10000));
        workspace->setPackRep(QStringLiteral("r1"));
        QVERIFY(packs.wait(10000));
        bool found = false;
        for (const auto &stack : workspace->pack().beliefStacks)
            if (stack.opportunityId == deal)
                found = !stack.beliefs.empty() && stack.beliefs.front().rating == QLatin1String("proven");
        QVERIFY(found);
    }

    void riskFilterChangesAreSavedInTheDatabase()
    {
        {
            auto window = openWindow();
            QVERIFY(window);
            auto *filters = view<RiskFiltersView>(*window, DockId::RiskFilters);
            QVERIFY(filters);
            QCheckBox *stale = filters->ruleCheckBox(QStringLiteral("stale_stage"));
            QVERIFY(stale && stale->isChecked());
            stale->setChecked(false);
            filters->parameterSpinBox(QStringLiteral("no_recent_activity"), QStringLiteral("days"))->setValue(10);
            QVERIFY(!window->workspace()->rules().isEnabled(QStringLiteral("stale_stage")));
        }
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        auto rules = RuleSet::load(**db);
        QVERIFY(rules.ok());
        QVERIFY(!rules->isEnabled(QStringLiteral("stale_stage")));
        QCOMPARE(rules->parameter(QStringLiteral("no_recent_activity"), QStringLiteral("days")), 10);
        QVERIFY((*db)->setSetting(RuleSet::SettingKey, QStringLiteral("{\"version\":1,\"rules\":[]}")).ok());
    }
    // Issue 4: a status and note edited in the queue are written to the database (ActionStore)
    // and shown again after closing and reopening it; so are a belief rating and a coaching note.
    void dmEditsSurviveClosingAndReopeningTheDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Transaction transaction((*db)->connectionName());
            QVERIFY(CrmWriter(**db).write(district()).ok());
            QVERIFY(transaction.commit());
        }
        QString opportunityId;
        QString ruleId;
        {
            auto window = openWindow(path);
            QVERIFY(window);
            Workspace *workspace = window->workspace();
            QVERIFY(workspace->actions()->actions().isEmpty());
            auto *queue = view<InspectionQueueView>(*window, DockId::InspectionQueue);
            QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(queue->model()->rowCount() > 0);
            opportunityId = queue->model()->hit(0).opportunityId;
            ruleId = queue->model()->hit(0).ruleId;
            QVERIFY(queue->model()->setData(queue->model()->index(0, InspectionQueueModel::Status),
                                            int(DealAction::Status::Reviewed)));
            QVERIFY(queue->model()->setData(queue->model()->index(0, InspectionQueueModel::Note),
                                            QStringLiteral("Waiting on the CFO")));
            QCOMPARE(queue->model()->action(0).note, QStringLiteral("Waiting on the CFO"));

            QSignalSpy packs(workspace, &Workspace::packChanged);
            workspace->setPackRep(QStringLiteral("r1"));
            QVERIFY(packs.wait(10000));
            workspace->actions()->saveBeliefRating(QStringLiteral("o1"), 1, QStringLiteral("Budget approved"),
                                                   QStringLiteral("mostly_proven"));
            workspace->actions()->saveCoachingNote(workspace->packRep(),
                                                   QStringLiteral("Agreed: mutual plan for Deal one"));
        }
        {
            // What the window wrote is in the store, written by one action row with two versions.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            ActionStore store(**db, QStringLiteral("test"));
            const auto stored = store.action(opportunityId, ruleId);
            QVERIFY(stored.ok() && stored->has_value());
            QCOMPARE((*stored)->status, DmActionStatus::Reviewed);
            QCOMPARE((*stored)->note, QStringLiteral("Waiting on the CFO"));
            QCOMPARE((*stored)->version, 2);
            const auto beliefs = store.beliefs(QStringLiteral("o1"));
            QVERIFY(beliefs.ok());
            QCOMPARE(beliefs->size(), size_t(1));
            QCOMPARE(beliefs->front().rating, BeliefLevel::MostlyProven);
            const auto note = store.coachingNote(QStringLiteral("r1"), FiscalCalendar::weekStart(week2));
            QVERIFY(note.ok() && note->has_value());
            QCOMPARE((*note)->note, QStringLiteral("Agreed: mutual plan for Deal one"));
        }
        auto window = openWindow(path);
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        const DealAction action = workspace->actions()->action(opportunityId, ruleId);
        QCOMPARE(action.status, DealAction::Status::Reviewed);
        QCOMPARE(action.note, QStringLiteral("Waiting on the CFO"));
        auto *queue = view<InspectionQueueView>(*window, DockId::InspectionQueue);
        int row = -1;
        for (int i = 0; i < queue->model()->rowCount(); ++i)
            if (queue->model()->hit(i).opportunityId == opportunityId && queue->model()->hit(i).ruleId == ruleId)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(queue->model()->action(row).status, DealAction::Status::Reviewed);
        QCOMPARE(queue->model()->index(row, InspectionQueueModel::Note).data().toString(),
                 QStringLiteral("Waiting on the CFO"));
        QSignalSpy packs(workspace, &Workspace::packChanged);
        workspace->setPackRep(QStringLiteral("r1"));
        QVERIFY(packs.wait(10000));
        QCOMPARE(workspace->coachingNote(), QStringLiteral("Agreed: mutual plan for Deal one"));
        bool rated = false;
        for (const auto &stack : workspace->pack().beliefStacks)
            if (stack.opportunityId == QLatin1String("o1") && !stack.beliefs.empty())
                rated = stack.beliefs.front().rating == QLatin1String("mostly_proven");
        QVERIFY(rated);
    }
    // Another writer saved the same row meanwhile: nothing is overwritten, failed() names the
    // other writer and carries their text, and the workspace then holds the stored row.
    void aConflictingEditIsRefusedAndShowsTheStoredText()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.db")); // written by the test above
        Workspace workspace;
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        QVERIFY(workspace.open(path).ok());
        QVERIFY(results.wait(15000));
        QVERIFY(!workspace.actions()->actions().isEmpty());
        const QString key = workspace.actions()->actions().keys().constFirst();
        const QString opportunityId = key.section(QLatin1Char('\n'), 0, 0);
        const QString ruleId = key.section(QLatin1Char('\n'), 1);
        QCOMPARE(DmActions::key(opportunityId, ruleId), key);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            ActionStore lee(**db, QStringLiteral("lee"));
            const auto row = lee.action(opportunityId, ruleId);
            QVERIFY(row.ok() && row->has_value());
            QVERIFY(lee.setNote(opportunityId, ruleId, QStringLiteral("Lee's note"), (*row)->version).ok());
        }
        QSignalSpy failed(&workspace, &Workspace::failed);
        DealAction edited = workspace.actions()->actions().value(key);
        edited.note = QStringLiteral("Dana's note");
        workspace.actions()->saveAction(opportunityId, ruleId, edited);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("lee")) && message.contains(QStringLiteral("Lee's note")),
                 qPrintable(message));
        QCOMPARE(workspace.actions()->actions().value(key).note, QStringLiteral("Lee's note"));
        // The next edit starts from the stored version and is saved.
        edited = workspace.actions()->actions().value(key);
        edited.note = QStringLiteral("Dana's note");
        workspace.actions()->saveAction(opportunityId, ruleId, edited);
        QCOMPARE(failed.size(), 1);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(ActionStore(**db, QStringLiteral("t")).action(opportunityId, ruleId)->value().note,
                 QStringLiteral("Dana's note"));
    }

    // The cockpit paints its results before the docks behind it start their workers (insights,
    // pack, review, POC board): on two cores those workers took the CPU the first paint needs.
    void theDocksWorkStartsAfterTheResultsArePainted()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        Workspace *workspace = window->workspace();
        auto *cockpit = view<CockpitView>(*window, DockId::Cockpit);
        QVERIFY(cockpit && cockpit->isVisible());
        QStringList order;
        PaintRecorder painted(cockpit, [&order] {
            if (order.endsWith(QStringLiteral("results")))
                order << QStringLiteral("painted");
        });
        connect(workspace, &Workspace::resultsChanged, this, [&order] { order << QStringLiteral("results"); });
        connect(workspace, &Workspace::resultsSettled, this, [&order, workspace] {
            order << QStringLiteral("settled");
            // The workers start here: the insights are being computed once the results settled.
            if (workspace->insights()->isComputing())
                order << QStringLiteral("insights started");
        });
        QSignalSpy settled(workspace, &Workspace::resultsSettled);
        QVERIFY(window->openDatabase(m_path));
        QVERIFY(settled.wait(15000));
        const QStringList expected{QStringLiteral("results"), QStringLiteral("painted"), QStringLiteral("settled"),
                                   QStringLiteral("insights started")};
        QVERIFY2(order == expected, qPrintable(order.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestUiCockpit)
#include "tst_ui_cockpit.moc"
