// The Territory & capacity dock over tests/fixtures/capacity/CapacityFixture.h stored in a database
// and opened by a Workspace, district D, Q3 2026, as of 2026-08-15: the values are the fixture's,
// computed by hand in the comments here and in tests/core/analytics/capacity. The DM's assumption
// sets edited through the session: each edit one undo step, stored at once, read back after the
// workspace is closed and opened again, and no CRM table changed by any of it.
#include "fixtures/capacity/CapacityFixture.h"

#include "ApartAccountModel.h"
#include "CapacityMonthModel.h"
#include "CapacitySession.h"
#include "HireModel.h"
#include "RampAttainmentModel.h"
#include "RepCapacityModel.h"
#include "SegmentCoverageModel.h"
#include "TerritoryBalanceModel.h"
#include "views/TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "i18n/Translations.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "charts/RampAttainmentChart.h"
#include "views/TerritoryCapacityView.h"
#include "dialogs/ExportPreviewDialog.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QWheelEvent>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QChart>
#include <QXYSeries>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dmc;
using namespace dmc::ui;

class TestUiCapacity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->data(model->index(row, column)).toString().replace(QChar(0xa0), u' ');
    }

    // Every row of every CRM table, hashed: what the DM's edits must leave as it is.
    QByteArray crmContent() const
    {
        auto database = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!database)
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : crmTables()) {
            QSqlQuery query((*database)->connection());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
                continue;
            hash.addData(table.toUtf8());
            while (query.next())
                for (int c = 0; c < query.record().count(); ++c)
                    hash.addData(QByteArray(query.value(c).toString().toUtf8() + '\x1f'));
        }
        return hash.result();
    }

    static bool reportReady(Workspace &workspace)
    {
        const CapacitySession *session = workspace.capacity();
        const CapacityReport *report = session->report();
        if (workspace.isComputing() || session->isComputing() || !report || report->plans.empty())
            return false;
        const CapacityPlan &plan = report->plans.front();
        const bool districtD = std::any_of(plan.reps.begin(), plan.reps.end(),
                                           [](const CapacityPlan::Rep &rep) { return rep.name == u"Bo"; })
            && std::none_of(plan.reps.begin(), plan.reps.end(),
                            [](const CapacityPlan::Rep &rep) { return rep.name == u"Eve"; });
        return districtD && plan.totals[0].period.key() == u"2026Q3"
            && report->plans.size() == session->sets().size() + 1;
    }

    static bool waitForReport(Workspace &workspace)
    {
        return QTest::qWaitFor([&] { return reportReady(workspace); }, 15000);
    }

    bool openDistrictD(Workspace &workspace)
    {
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        if (!workspace.open(m_db).ok() || !results.wait(15000))
            return false;
        workspace.capacity()->setShown(true);
        workspace.setScope(QStringLiteral("district:D"));
        workspace.setPeriod(QStringLiteral("2026Q3"));
        return waitForReport(workspace);
    }

    static int rowOf(const QAbstractItemModel *model, int column, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (cell(model, row, column) == text)
                return row;
        return -1;
    }

    // The September capacity of the current set's plan (column FirstPlan + 1: the first set).
    static Cents september(Workspace &workspace, int plan = 1)
    {
        return workspace.capacity()->monthModel()->capacity(2, plan);
    }

    // Runs `trigger` (which opens the export preview, at once or once the plan is built), saves the
    // preview to `path` in `format` and closes it; returns the name the preview proposed, or "".
    template<typename Trigger>
    static QString exportThroughPreview(Trigger trigger, const QString &path, ExportFormat format)
    {
        QString suggested;
        bool saved = false;
        bool answered = false;
        std::function<void()> answer = [&] {
            auto *preview = qobject_cast<ExportPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview) {
                QTimer::singleShot(20, answer);
                return;
            }
            suggested = preview->suggestedName();
            saved = preview->saveTo(path, format);
            preview->accept();
            answered = true;
        };
        QTimer::singleShot(0, answer);
        trigger();
        if (!QTest::qWaitFor([&] { return answered; }, 15000))
            return {};
        return saved ? suggested : QString();
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // One edit and the report rebuilt after it (an edit typed in a table arrives queued).
    template<typename Edit>
    static bool step(Workspace &workspace, Edit edit)
    {
        edit();
        QCoreApplication::processEvents();
        return waitForReport(workspace);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_db = m_dir.filePath(QStringLiteral("capacity.db"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        Transaction transaction((*db)->connectionName());
        QVERIFY(CrmWriter(**db).write(test::capacityFixture()).ok());
        QVERIFY(transaction.commit());
    }

    // As imported, Q3 (tst_capacity): July 155,000, August 179,500, September 174,000 against a need
    // of 540,000 ÷ 3 = 180,000 a month (band 162,000 to 198,000); the next period's months follow.
    // Bo: tenure 2 / 3 / 4 = 50% / 75% / 100% of 50,000 a month: FRE (0.5 + 0.75 + 1) ÷ 3 = 0.75,
    // capacity 25,000 + 37,500 + 50,000 = 112,500, ramp loss 25,000 + 12,500 + 0 = 37,500.
    void capacityByMonthAndRep()
    {
        Workspace workspace;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        CapacitySession *session = workspace.capacity();
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{session->monthModel(), session->repModel(),
                                                         session->coverageModel(), session->balanceModel(),
                                                         session->apartModel(), session->rampModel()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(model,
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(openDistrictD(workspace));

        const CapacityMonthModel *months = session->monthModel();
        QCOMPARE(months->rowCount(), 6);
        QCOMPARE(months->planCount(), 1);
        QCOMPARE(months->month(0), QDate(2026, 7, 1));
        QCOMPARE(months->month(3), QDate(2026, 10, 1));
        QCOMPARE(months->capacity(0, 0), Cents(15500000));
        QCOMPARE(months->capacity(1, 0), Cents(17950000));
        QCOMPARE(months->capacity(2, 0), Cents(17400000));
        QCOMPARE(months->need(0), Cents(18000000));
        QCOMPARE(months->bandLow(0), Cents(16200000));
        QCOMPARE(months->bandHigh(0), Cents(19800000));
        QCOMPARE(cell(months, 0, CapacityMonthModel::Month), QStringLiteral("Jul 2026"));
        QCOMPARE(cell(months, 0, CapacityMonthModel::FirstPlan), QStringLiteral("$155,000"));
        QCOMPARE(months->headerData(CapacityMonthModel::FirstPlan, Qt::Horizontal).toString(),
                 QStringLiteral("Capacity: As imported"));

        const RepCapacityModel *reps = session->repModel();
        QCOMPARE(reps->rowCount(), 4); // Ann, Bo, Cy, Di: D's reps by name
        const int bo = rowOf(reps, RepCapacityModel::Rep, QStringLiteral("Bo"));
        QVERIFY(bo >= 0);
        QCOMPARE(cell(reps, bo, RepCapacityModel::Fre), QStringLiteral("0.75"));
        QCOMPARE(cell(reps, bo, RepCapacityModel::Ramp), QStringLiteral("50% · 75% · 100%"));
        QCOMPARE(cell(reps, bo, RepCapacityModel::Capacity), QStringLiteral("$112,500"));
        QCOMPARE(cell(reps, bo, RepCapacityModel::RampLoss), QStringLiteral("$37,500"));
        QCOMPARE(cell(reps, bo, RepCapacityModel::FullQuota), QStringLiteral("$150,000"));
        // Di leaves on 08-10: July and August at 100%, September not employed: FRE 2 ÷ 3.
        const int di = rowOf(reps, RepCapacityModel::Rep, QStringLiteral("Di"));
        QCOMPARE(cell(reps, di, RepCapacityModel::Ramp), QStringLiteral("100% · 100% · –"));
        QCOMPARE(cell(reps, di, RepCapacityModel::Fre), QStringLiteral("0.67"));
        QVERIFY(cell(reps, di, RepCapacityModel::Change).startsWith(QStringLiteral("leaves on ")));
        // Cy, the planned hire from 08-20 without a quota: the SE median (Di's 90,000), 40% / 80%.
        const int cy = rowOf(reps, RepCapacityModel::Rep, QStringLiteral("Cy"));
        QCOMPARE(cell(reps, cy, RepCapacityModel::Ramp), QStringLiteral("– · 40% · 80%"));
        QVERIFY(cell(reps, cy, RepCapacityModel::Change).startsWith(QStringLiteral("planned hire from ")));

        // 508,500 against 540,000; the FRE for the need 540,000 ÷ 157,500 = 3.43; the period's 2.82.
        const QStringList lines = session->describeCurrent();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral("508,500")), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("= 3.43 fully ramped equivalents")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral("the period has 2.82")), qPrintable(lines[1]));
        for (const QString &line : lines)
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));

        // Ramp attainment: Bo, month 1 (June) 10,000 ÷ (50,000 × 25%) = 80%, month 2 (July)
        // 30,000 ÷ (50,000 × 50%) = 120%; the cohort's month 1 over Bo and Eve (80%, 100%) = 90%.
        const RampAttainmentModel *ramp = session->rampModel();
        const int boRamp = rowOf(ramp, RampAttainmentModel::Rep, QStringLiteral("Bo"));
        QVERIFY(boRamp >= 0);
        QCOMPARE(cell(ramp, boRamp, RampAttainmentModel::FirstMonth), QStringLiteral("80%"));
        QCOMPARE(cell(ramp, boRamp, RampAttainmentModel::FirstMonth + 1), QStringLiteral("120%"));
        QVERIFY(ramp->isCohortRow(ramp->rowCount() - 1));
        QCOMPARE(cell(ramp, ramp->rowCount() - 1, RampAttainmentModel::FirstMonth), QStringLiteral("90%"));
    }

    // Coverage: Enterprise 204,000 ÷ 408,000 = 0.5 beside 1 ÷ 50% = 2 (1 won of 2 decided); SMB
    // 153,000 ÷ 102,000 = 1.5 beside 1 ÷ 25% = 4 (1 of 4); Public has no target and no win rate.
    // Balance on 08-15: Ann 2 accounts, ARR 150,000 (index 150 ÷ 125 = 1.20), open 354,000
    // (354,000 ÷ 253,500 = 1.40); Bo 100,000 (0.80), 153,000 (0.60), no open deal on 1 of 2
    // (1 ÷ 0.5 = 2.00). Bo's open pipeline lists O2; Echo and Foxtrot are listed apart.
    void coverageAndBalance()
    {
        Workspace workspace;
        QVERIFY(openDistrictD(workspace));
        CapacitySession *session = workspace.capacity();

        const SegmentCoverageModel *coverage = session->coverageModel();
        QCOMPARE(coverage->rowCount(), 3);
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::Segment), QStringLiteral("Enterprise"));
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::RemainingTarget), QStringLiteral("$408,000"));
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::Coverage), QStringLiteral("0.5x"));
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::ImpliedCoverage), QStringLiteral("2.0x"));
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::Won), QStringLiteral("1"));
        QCOMPARE(cell(coverage, 0, SegmentCoverageModel::Decided), QStringLiteral("2"));
        QCOMPARE(cell(coverage, 1, SegmentCoverageModel::Segment), QStringLiteral("Public"));
        QCOMPARE(cell(coverage, 1, SegmentCoverageModel::Coverage), QString());
        QCOMPARE(cell(coverage, 1, SegmentCoverageModel::ImpliedCoverage), QString());
        QCOMPARE(cell(coverage, 2, SegmentCoverageModel::Coverage), QStringLiteral("1.5x"));
        QCOMPARE(cell(coverage, 2, SegmentCoverageModel::ImpliedCoverage), QStringLiteral("4.0x"));
        QCOMPARE(workspace.opportunityIds(coverage->dealsAt(2, SegmentCoverageModel::Coverage)),
                 QStringList{QStringLiteral("O2")});

        const TerritoryBalanceModel *balance = session->balanceModel();
        QCOMPARE(balance->rowCount(), 2);
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::Rep), QStringLiteral("Ann"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::Accounts), QStringLiteral("2"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::AccountsIndex), QStringLiteral("1.00"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::ArrIndex), QStringLiteral("1.20"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::OpenPipeline), QStringLiteral("$354,000"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::OpenPipelineIndex), QStringLiteral("1.40"));
        QCOMPARE(cell(balance, 0, TerritoryBalanceModel::RenewalsIndex), QStringLiteral("2.00"));
        QCOMPARE(cell(balance, 1, TerritoryBalanceModel::ArrIndex), QStringLiteral("0.80"));
        QCOMPARE(cell(balance, 1, TerritoryBalanceModel::OpenPipelineIndex), QStringLiteral("0.60"));
        QCOMPARE(cell(balance, 1, TerritoryBalanceModel::NoOpenDealIndex), QStringLiteral("2.00"));
        // Ann's accounts Alpha (W1, O1, O4) and Gamma (O3); Bo's Beta (L2, L3, W2, W3, O2) and Delta (L1).
        QCOMPARE(balance->dealsAt(0, TerritoryBalanceModel::Accounts).size(), size_t(4));
        QCOMPARE(balance->dealsAt(1, TerritoryBalanceModel::Accounts).size(), size_t(6));

        // Sorted by the open pipeline index, largest first: Ann above Bo; then smallest first.
        TypedSortProxy proxy;
        proxy.setSourceModel(session->balanceModel());
        proxy.sort(TerritoryBalanceModel::OpenPipelineIndex, Qt::DescendingOrder);
        QCOMPARE(cell(&proxy, 0, TerritoryBalanceModel::Rep), QStringLiteral("Ann"));
        proxy.sort(TerritoryBalanceModel::OpenPipelineIndex, Qt::AscendingOrder);
        QCOMPARE(cell(&proxy, 0, TerritoryBalanceModel::Rep), QStringLiteral("Bo"));

        const ApartAccountModel *apart = session->apartModel();
        QCOMPARE(apart->rowCount(), 2);
        QCOMPARE(cell(apart, 0, ApartAccountModel::Account), QStringLiteral("Echo"));
        QCOMPARE(cell(apart, 0, ApartAccountModel::Reason), QStringLiteral("No owner"));
        QCOMPARE(cell(apart, 1, ApartAccountModel::Reason), QStringLiteral("Owner not active: Di"));

        // The dock: double-clicking Bo's open pipeline lists O2 in the inspection queue.
        TerritoryCapacityView view(&workspace);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForReport(workspace));
        auto *table = view.findChild<QTableView *>(QStringLiteral("CapacityBalanceTable"));
        QVERIFY(table);
        QSignalSpy drills(&workspace, &Workspace::drillRequested);
        const QModelIndex boPipeline = table->model()->index(1, TerritoryBalanceModel::OpenPipeline);
        QCOMPARE(table->model()->data(table->model()->index(1, TerritoryBalanceModel::Rep)).toString(),
                 QStringLiteral("Bo"));
        emit table->activated(boPipeline);
        QCOMPARE(drills.size(), 1);
        QCOMPARE(drills.at(0).at(0).toString(), QStringLiteral("Open deals on the accounts of Bo"));
        QCOMPARE(workspace.opportunityIds(drills.at(0).at(1).value<std::vector<qint32>>()),
                 QStringList{QStringLiteral("O2")});

        // The ramp attainment chart over the same values: D's only rep with a value is Bo, month 1
        // 80% and month 2 120% (10,000 ÷ 12,500; 30,000 ÷ 25,000); Ann's and Di's first twelve
        // months have no quota. The cohort median (Bo, Eve): month 1 90%, month 2 (120%, 0%) 60%.
        const RampAttainmentChart *rampChart = view.rampChart();
        QCOMPARE(rampChart->data().points.size(), size_t(2));
        QCOMPARE(rampChart->data().points[0].rep, QStringLiteral("Bo"));
        const auto named = [&](const QString &prefix) -> const QXYSeries * {
            for (QAbstractSeries *series : rampChart->chart()->series())
                if (series->name().startsWith(prefix))
                    return qobject_cast<const QXYSeries *>(series);
            return nullptr;
        };
        const QXYSeries *points = named(QStringLiteral("Reps of the scope"));
        QVERIFY(points && points->type() == QAbstractSeries::SeriesTypeScatter);
        QCOMPARE(points->points(), (QList<QPointF>{{1, 80}, {2, 120}}));
        const QXYSeries *median = named(QStringLiteral("Cohort median"));
        QVERIFY(median && median->type() == QAbstractSeries::SeriesTypeLine);
        QCOMPARE(median->points(), (QList<QPointF>{{1, 90}, {2, 60}}));
    }

    // A new set A (factor 100%), a hire in it (AE, the most common role of D; from 09-01, the month
    // after the as-of; tenure 1 = 25% of the AE median 225,000 ÷ 3 = 75,000: 18,750 in September),
    // the factor 90%, then the hire's quota 300,000 typed in place (100,000 × 25% × 90% = 22,500):
    //   September as imported                        174,000
    //   A + hire          174,000 + 18,750         = 192,750
    //   A at 90%          192,750 × 0.9            = 173,475
    //   A, hire's quota   156,600 + 22,500         = 179,100
    // Each edit one undo step; undone to nothing and redone; read back after reopening; the CRM
    // tables hashed before and after are the same.
    void assumptionSetsWithUndo()
    {
        const QByteArray crmBefore = crmContent();
        QVERIFY(!crmBefore.isEmpty());
        {
            Workspace workspace;
            QVERIFY(openDistrictD(workspace));
            CapacitySession *session = workspace.capacity();
            QUndoStack *undo = session->undoStack();
            QVERIFY(session->canEdit());
            QVERIFY(session->sets().empty());

            QVERIFY(step(workspace, [&] { session->createSet(); }));
            QCOMPARE(session->currentSet(), QStringLiteral("A"));
            QCOMPARE(session->monthModel()->planCount(), 2);
            QCOMPARE(september(workspace), Cents(17400000));
            QVERIFY(step(workspace, [&] { session->addHire(); }));
            QCOMPARE(session->currentAssumptions()->hires.at(0).start, QDate(2026, 9, 1));
            QCOMPARE(session->currentAssumptions()->hires.at(0).role, QStringLiteral("AE"));
            QCOMPARE(september(workspace), Cents(19275000));
            QVERIFY(step(workspace, [&] { session->setAttainmentFactor(0.9); }));
            QCOMPARE(september(workspace), Cents(17347500));
            HireModel *hires = session->hireModel();
            QCOMPARE(hires->rowCount(), 1);
            QVERIFY(step(workspace, [&] { QVERIFY(hires->setData(hires->index(0, HireModel::Quota), 300000)); }));
            QCOMPARE(september(workspace), Cents(17910000));
            QCOMPARE(cell(hires, 0, HireModel::Quota), QStringLiteral("$300,000"));
            QCOMPARE(undo->count(), 4);
            QCOMPARE(undo->undoText(), QStringLiteral("hire Hire 1 in A"));
            // The rep table shows set A's plan: the hire's row, 22,500 in September only.
            const RepCapacityModel *reps = session->repModel();
            const int hire = rowOf(reps, RepCapacityModel::Rep, QStringLiteral("Hire 1"));
            QVERIFY(hire >= 0);
            QCOMPARE(cell(reps, hire, RepCapacityModel::Capacity), QStringLiteral("$22,500"));

            QVERIFY(step(workspace, [&] { undo->undo(); }));
            QCOMPARE(september(workspace), Cents(17347500));
            QVERIFY(step(workspace, [&] { undo->undo(); }));
            QCOMPARE(september(workspace), Cents(19275000));
            QCOMPARE(session->currentAssumptions()->attainmentFactor, 1.0);
            QVERIFY(step(workspace, [&] { undo->undo(); }));
            QCOMPARE(september(workspace), Cents(17400000));
            QVERIFY(step(workspace, [&] { undo->undo(); }));
            QVERIFY(session->sets().empty());
            QCOMPARE(session->monthModel()->planCount(), 1);
            for (int i = 0; i < 4; ++i)
                QVERIFY(step(workspace, [&] { undo->redo(); }));
            QCOMPARE(september(workspace), Cents(17910000));

            // A rename is a step too; a name taken is refused and nothing is pushed.
            QVERIFY(step(workspace, [&] { session->renameCurrentSet(QStringLiteral("Plan 2027")); }));
            QCOMPARE(session->setNames(), QStringList{QStringLiteral("Plan 2027")});
            QVERIFY(step(workspace, [&] { undo->undo(); }));
            QCOMPARE(session->setNames(), QStringList{QStringLiteral("A")});
            QCOMPARE(undo->count(), 5);
        }
        {
            // Reopened: the set as left, with no undo history.
            Workspace workspace;
            QVERIFY(openDistrictD(workspace));
            CapacitySession *session = workspace.capacity();
            QCOMPARE(session->sets().size(), size_t(1));
            const CapacityAssumptions &a = session->sets().front().set;
            QCOMPARE(a.name, QStringLiteral("A"));
            QCOMPARE(a.attainmentFactor, 0.9);
            QCOMPARE(a.hires.size(), size_t(1));
            QCOMPARE(a.hires.front().quarterlyQuota, std::optional<Cents>(30000000));
            // Added while district D was the scope, the hire is D's.
            QCOMPARE(a.hires.front().district, QStringLiteral("D"));
            QCOMPARE(session->undoStack()->count(), 0);
            QCOMPARE(session->monthModel()->capacity(2, 1), Cents(17910000));
            session->setCurrentSet(QStringLiteral("A"));
            QCOMPARE(session->hireModel()->rowCount(), 1);

            // District E's plan of set A has no hire: Eve alone, September at tenure 4 = 100% of
            // 60,000 ÷ 3 = 20,000, at set A's 90% 18,000; the editor lists no hire.
            workspace.setScope(QStringLiteral("district:E"));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const CapacityReport *report = session->report();
                    return !workspace.isComputing() && !session->isComputing() && report && report->plans.size() == 2
                        && !report->plans.front().reps.empty() && report->plans.front().reps.front().name == u"Eve";
                },
                15000));
            QCOMPARE(session->monthModel()->capacity(2, 0), Cents(2000000));
            QCOMPARE(session->monthModel()->capacity(2, 1), Cents(1800000));
            QCOMPARE(session->report()->plans[1].reps.size(), size_t(1));
            QCOMPARE(session->hireModel()->rowCount(), 0);
            workspace.close();
        }
        QCOMPARE(crmContent(), crmBefore);
    }

    // File > Export quarterly plan... in the window, district D, Q3 2026, with set A as the test
    // above left it (90%, Hire 1 from 09-01 at 300,000): the dock never shown, so the plan is built
    // for the export. July: need 540,000 ÷ 3 = 180,000 (band 162,000 to 198,000), as imported
    // 155,000, A 155,000 × 0.9 = 139,500; September: as imported 174,000, A 179,100 (above). Then
    // the dock's Export quarterly plan... button, as HTML.
    void quarterlyPlanFromTheWindow()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_capacity"));
        QSettings().clear();
        MainWindow window;
        Workspace *workspace = window.workspace();
        QSignalSpy results(workspace, &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_db));
        QVERIFY(results.wait(15000));
        workspace->setScope(QStringLiteral("district:D"));
        workspace->setPeriod(QStringLiteral("2026Q3"));
        QVERIFY(
            QTest::qWaitFor([&] { return !workspace->isComputing() && workspace->query().period.key() == u"2026Q3"; },
                            15000));
        QVERIFY(!workspace->capacity()->isCurrent());

        auto *action = window.findChild<QAction *>(QStringLiteral("ExportQuarterlyPlanAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Export &quarterly plan..."));
        const QString mdPath = m_dir.filePath(QStringLiteral("plan.md"));
        QCOMPARE(exportThroughPreview([&] { action->trigger(); }, mdPath, ExportFormat::Markdown),
                 QStringLiteral("2026-08-15_district-D_2026Q3_quarterly-plan.pdf"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Quarterly plan saved to %1").arg(QDir::toNativeSeparators(mdPath)));
        const QString md = readFile(mdPath);
        QVERIFY2(md.contains(QStringLiteral("| Jul 2026 | 180,000 | 162,000 | 198,000 | 155,000 | 139,500 |")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| Sep 2026 | 180,000 | 162,000 | 198,000 | 174,000 | 179,100 |")));
        QVERIFY(md.contains(QStringLiteral("hire Hire 1 (AE) from ")));
        QVERIFY(md.contains(QStringLiteral("attainment factor 90%")));

        // A wheel turned over set A's ramp-curves combo without the focus scrolls the page: the set
        // stays as it was and no undo step is pushed.
        workspace->capacity()->setCurrentSet(QStringLiteral("A"));
        auto *curves =
            window.dock(DockId::TerritoryCapacity)->content()->findChild<QComboBox *>(QStringLiteral("CapacityCurves"));
        QVERIFY(curves && !curves->hasFocus());
        const int steps = workspace->capacity()->undoStack()->count();
        const CapacityAssumptions::Curves before = workspace->capacity()->currentAssumptions()->curves;
        QWheelEvent wheel(QPointF(5, 5), curves->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(curves, &wheel);
        QCoreApplication::processEvents();
        QCOMPARE(workspace->capacity()->undoStack()->count(), steps);
        QCOMPARE(workspace->capacity()->currentAssumptions()->curves, before);

        auto *button = window.findChild<QPushButton *>(QStringLiteral("CapacityExportPlanButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        const QString htmlPath = m_dir.filePath(QStringLiteral("plan.html"));
        QVERIFY(!exportThroughPreview([&] { button->click(); }, htmlPath, ExportFormat::Html).isEmpty());
        const QString html = readFile(htmlPath);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")) || html.contains(QStringLiteral("<html")));
        QVERIFY(html.contains(QStringLiteral("Quarterly plan")));
        QVERIFY(html.contains(QStringLiteral("179,100")));
        QSettings().clear();
    }
};

QTEST_MAIN(TestUiCapacity)
#include "tst_ui_capacity.moc"
