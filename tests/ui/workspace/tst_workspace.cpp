// The Workspace without a window (Tiled's MapDocument habit): it opens the small fixture
// (tests/fixtures/small/README.md, imported with the canonical profile), loads on a worker,
// resolves the default query, recomputes when the query changes and fills the models it owns;
// DmActions stores the DM's edits and they come back after reopening. Numbers are README section 2.
#include "fixtures/SmallDatabase.h"
#include "AccuracyModel.h"
#include "DealHistoryModel.h"
#include "FollowUpModel.h"
#include "InspectionQueueModel.h"
#include "RenewalModel.h"
#include "TeamTableModel.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "i18n/Translations.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "workspace/DmActions.h"
#include "workspace/EnginePreload.h"
#include "store/Schema.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmc;

namespace {

const QDate S3(2026, 3, 23);
const QDate S4(2026, 4, 6);

Cents usd(qint64 units)
{
    return units * 100;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Opens the fixture database and waits for the first results.
    bool openAndWait(Workspace &workspace)
    {
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        return workspace.open(m_path).ok() && results.wait(15000);
    }

    bool waitFor(Workspace &workspace, void (Workspace::*signal)())
    {
        QSignalSpy spy(&workspace, signal);
        return spy.wait(15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.db"));
        const QString imported = test::importSmallFixture(m_path);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }

    void openLoadsOnAWorkerAndResolvesTheDefaultQuery()
    {
        Workspace workspace;
        QSignalSpy loadFinished(&workspace, &Workspace::loadFinished);
        QVERIFY(workspace.open(m_path).ok());
        // open() returns before the data is read: loading runs on a worker.
        QVERIFY(workspace.isLoading());
        QVERIFY(!workspace.hasData());
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(loadFinished.size(), 1);
        QVERIFY(!workspace.isLoading() && !workspace.isComputing());

        // README section 2, "Default query": as-of S4, 2026Q2, compare-to S3.
        QCOMPARE(workspace.asOf(), S4);
        QCOMPARE(workspace.compareTo(), S3);
        QCOMPARE(workspace.periodKey(), QStringLiteral("2026Q2"));
        QCOMPARE(workspace.scopeKey(), QStringLiteral("all"));
        const Numbers &totals = workspace.cockpit().totals;
        QCOMPARE(totals.won, usd(0));
        QCOMPARE(totals.commit, usd(40000));
        QCOMPARE(totals.pipeline, usd(75000));
        QCOMPARE(totals.gap, usd(260000));
        QCOMPARE(workspace.snapshotDates(), (QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 16), S3, S4}));
        // The query bar's choices: the company, its one region North with two districts.
        QCOMPARE(workspace.scopeTree().label, QStringLiteral("Whole company"));
        QCOMPARE(workspace.scopeTree().children.size(), 1);
        QCOMPARE(workspace.scopeTree().children.first().label, QStringLiteral("North"));
        QCOMPARE(workspace.scopeTree().children.first().children.size(), 2);
    }

    void changingTheQueryRecomputesAndRefillsTheModels()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        QAbstractItemModelTester teamTester(workspace.teamModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester queueTester(workspace.queueModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester accuracyTester(workspace.accuracyModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester renewalTester(workspace.renewalModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(workspace.teamModel()->rowCount(), 3);

        // The as-of moves to S3; the period followed the as-of, so it follows to 2026Q1.
        workspace.setAsOf(S3);
        QVERIFY(workspace.isComputing());
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(workspace.periodKey(), QStringLiteral("2026Q1"));
        QCOMPARE(workspace.compareTo(), QDate(2026, 3, 16));
        const Numbers &totals = workspace.cockpit().totals;
        QCOMPARE(totals.quota, usd(150000));
        QCOMPARE(totals.won, usd(85000));
        QCOMPARE(totals.commit, usd(115000));
        QCOMPARE(totals.bestCase, usd(40000));
        QCOMPARE(totals.pipeline, usd(82000));
        QCOMPARE(totals.gap, usd(65000));
        QCOMPARE(workspace.teamModel()->rowCount(), 3);
        QCOMPARE(workspace.teamModel()->teamRow(0).repId, QStringLiteral("r1"));

        // District East: r1 and r2; commit 45,000, pipeline 47,000, gap 65,000.
        workspace.setScope(QStringLiteral("district:East"));
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(workspace.cockpit().totals.commit, usd(45000));
        QCOMPARE(workspace.cockpit().totals.pipeline, usd(47000));
        QCOMPARE(workspace.cockpit().totals.gap, usd(65000));
        QCOMPARE(workspace.teamModel()->rowCount(), 2);
        QCOMPARE(workspace.scopeLabel(), QStringLiteral("East"));

        // Every result the models show is the engine's for the same query.
        const auto engine = workspace.engine();
        const Query query = workspace.query();
        const RiskResult risk = engine->exceptions(query);
        QCOMPARE(workspace.queueModel()->rowCount(), int(risk.hits.size() + risk.snoozed.size()));
        const RenewalWatchlist renewals = engine->renewals(query);
        QCOMPARE(workspace.renewals().entries.size(), renewals.entries.size());
        QCOMPARE(workspace.renewalModel()->rowCount(), int(renewals.entries.size()));
    }

    void selectingADealFillsItsHistory()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        QSignalSpy selected(&workspace, &Workspace::dealSelected);
        // D03 is in all four snapshots (README section 1).
        workspace.selectDeal(workspace.dataset()->opportunityIndex(QStringLiteral("D03")));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(workspace.dealHistoryModel()->rowCount(), 4);
        workspace.selectDeal(-7);
        QCOMPARE(workspace.selectedDeal(), -1);
        QCOMPARE(workspace.dealHistoryModel()->rowCount(), 0);
    }

    // An edit goes through DmActions: stored at once with its version, shown by the queue model,
    // and read back by a new workspace on the same file.
    void aStatusAndNoteSurviveReopening()
    {
        QString opportunityId;
        QString ruleId;
        {
            Workspace workspace;
            QVERIFY(openAndWait(workspace));
            QVERIFY(workspace.canEdit());
            QVERIFY(workspace.queueModel()->rowCount() > 0);
            const RiskHit hit = workspace.queueModel()->hit(0);
            opportunityId = hit.opportunityId;
            ruleId = hit.ruleId;
            QSignalSpy saved(workspace.actions(), &DmActions::actionSaved);
            DealAction action;
            action.status = DealAction::Status::Reviewed;
            action.note = QStringLiteral("Asked for the paper process");
            workspace.actions()->saveAction(opportunityId, ruleId, action);
            QCOMPARE(saved.size(), 1);
            QCOMPARE(workspace.queueModel()->action(0).note, QStringLiteral("Asked for the paper process"));
            QCOMPARE(workspace.actions()->actions().value(DmActions::key(opportunityId, ruleId)).status,
                     DealAction::Status::Reviewed);
        }
        {
            auto database = Database::open(m_path);
            QVERIFY(database.ok());
            const auto stored = ActionStore(**database, QStringLiteral("test")).action(opportunityId, ruleId);
            QVERIFY(stored.ok() && stored->has_value());
            QCOMPARE((*stored)->note, QStringLiteral("Asked for the paper process"));
            QCOMPARE((*stored)->version, 1);
        }
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        QCOMPARE(workspace.actions()->action(opportunityId, ruleId).note,
                 QStringLiteral("Asked for the paper process"));
    }

    void closingForgetsEverything()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        workspace.close();
        QVERIFY(!workspace.hasData());
        QVERIFY(workspace.databaseLocation().isEmpty());
        QCOMPARE(workspace.teamModel()->rowCount(), 0);
        QCOMPARE(workspace.queueModel()->rowCount(), 0);
        QVERIFY(workspace.actions()->actions().isEmpty());
    }

    // The compare-to rule without a window: a fixed S1 (Mar 9) stays through as-of changes and a
    // reload (after an import), as does the pack's rep; the preferred rule and rep apply on open.
    void theCompareToRuleAndPackRepSurviveAsOfChangesAndReload()
    {
        const QDate S1(2026, 3, 9);
        Workspace workspace;
        workspace.setPreferredCompareRule(CompareToRule::fixedDate(S1));
        workspace.setPreferredPackRep(QStringLiteral("r3"));
        QVERIFY(openAndWait(workspace));
        QCOMPARE(workspace.asOf(), S4);
        QCOMPARE(workspace.compareTo(), S1);
        QCOMPARE(workspace.previousSnapshot(), S3);
        QCOMPARE(workspace.packRep(), QStringLiteral("r3"));

        workspace.setAsOf(S3);
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(workspace.compareTo(), S1);
        QCOMPARE(workspace.previousSnapshot(), QDate(2026, 3, 16));

        workspace.reload();
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(workspace.asOf(), S4); // a reload starts at the latest snapshot again
        QCOMPARE(workspace.compareTo(), S1);
        QCOMPARE(workspace.packRep(), QStringLiteral("r3"));

        QSignalSpy chosen(&workspace, &Workspace::compareRuleChosen);
        workspace.setCompareRule(CompareToRule::previousSnapshot());
        QVERIFY(waitFor(workspace, &Workspace::resultsChanged));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(workspace.compareTo(), S3);

        // A rep the data does not hold is dropped, not shown as an empty pack.
        Workspace other;
        other.setPreferredPackRep(QStringLiteral("r9"));
        QVERIFY(openAndWait(other));
        QCOMPARE(other.packRep(), QString());
        QCOMPARE(other.compareTo(), S3);
    }
    // The window starts loading its first file before it builds the docks (EnginePreload); the
    // workspace's open() of that file takes the preload instead of loading again, with the same
    // numbers. A file at an older schema is not preloaded: open() migrates it first.
    void theFirstOpenTakesThePreload()
    {
        EnginePreload::start(m_path);
        QVERIFY(!EnginePreload::take(m_dir.filePath(QStringLiteral("other.db"))).valid());
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        QVERIFY(!EnginePreload::take(m_path).valid()); // taken by open()
        QCOMPARE(workspace.asOf(), S4);
        QCOMPARE(workspace.cockpit().totals.commit, usd(40000));
        QCOMPARE(workspace.cockpit().totals.pipeline, usd(75000));

        const QString older = m_dir.filePath(QStringLiteral("older.db"));
        const QString imported = test::importSmallFixture(older);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            raw.setDatabaseName(older);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() - 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        EnginePreload::start(older);
        const auto preloaded = EnginePreload::take(older);
        QVERIFY(preloaded.valid());
        QVERIFY(preloaded.get() == nullptr);
        // Nothing to preload where there is no file yet (the demo database on a first start).
        EnginePreload::start(m_dir.filePath(QStringLiteral("absent.db")));
        QVERIFY(!EnginePreload::take(m_dir.filePath(QStringLiteral("absent.db"))).valid());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
