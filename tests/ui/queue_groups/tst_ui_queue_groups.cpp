// The queue's group headers on four hand-made hits: Ann has three hits on two deals (deal 1
// $120,000 twice, deal 2 $30,000), Bob one hit on deal 3 ($500,000). Each header names its
// group with its hit count, its deal count and the deals' amounts counted once per deal.
#include "InspectionQueueModel.h"
#include "i18n/Translations.h"
#include "analytics/risk/RuleSet.h"
#include "workspace/DmActions.h"
#include "views/InspectionQueueProxy.h"
#include "views/QueueGroupProxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

RiskHit hit(const QString &rule, qint32 deal, const QString &rep, Cents amount)
{
    RiskHit h;
    h.ruleId = rule;
    h.opportunity = deal;
    h.opportunityId = QStringLiteral("OPP-%1").arg(deal);
    h.opportunityName = QStringLiteral("Deal %1").arg(deal);
    h.repName = rep;
    h.amount = amount;
    h.asOf = QDate(2026, 12, 7);
    return h;
}

QStringList shownRows(const QueueGroupProxy &rows)
{
    QStringList shown;
    for (int row = 0; row < rows.rowCount(); ++row)
        shown << (rows.isGroupRow(row) ? rows.index(row, 0).data().toString()
                                       : rows.index(row, InspectionQueueModel::Deal).data().toString());
    return shown;
}

} // namespace

class TestUiQueueGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        m_model = std::make_unique<InspectionQueueModel>();
        m_model->setHits({hit(QStringLiteral("stale_stage"), 1, QStringLiteral("Ann"), 12'000'000),
                          hit(QStringLiteral("close_date_pushed"), 1, QStringLiteral("Ann"), 12'000'000),
                          hit(QStringLiteral("stale_stage"), 2, QStringLiteral("Ann"), 3'000'000),
                          hit(QStringLiteral("stale_stage"), 3, QStringLiteral("Bob"), 50'000'000)},
                         {}, QStringLiteral("USD"), {});
        m_proxy = std::make_unique<InspectionQueueProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->sort(InspectionQueueModel::Amount, Qt::DescendingOrder);
        m_rows = std::make_unique<QueueGroupProxy>(m_model.get());
        m_rows->setQueueProxy(m_proxy.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_rows.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_rows.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void ungroupedRowsAreTheProxysRows()
    {
        QCOMPARE(m_rows->groupCount(), 0);
        QCOMPARE(shownRows(*m_rows),
                 (QStringList{QStringLiteral("Deal 3"), QStringLiteral("Deal 1"), QStringLiteral("Deal 1"),
                              QStringLiteral("Deal 2")}));
        QCOMPARE(m_rows->queueRow(0), 3);
    }

    void groupedByRepWithCountsAndSums()
    {
        m_proxy->setGroupBy(InspectionQueueProxy::GroupBy::Rep);
        QCOMPARE(shownRows(*m_rows),
                 (QStringList{QStringLiteral("Ann · 3 hits · 2 deals · $150K"), QStringLiteral("Deal 1"),
                              QStringLiteral("Deal 1"), QStringLiteral("Deal 2"),
                              QStringLiteral("Bob · 1 hit · 1 deal · $500K"), QStringLiteral("Deal 3")}));
        QCOMPARE(m_rows->queueRow(0), -1);
        QCOMPARE(m_rows->flags(m_rows->index(0, 0)), Qt::NoItemFlags);
        QVERIFY(m_rows->flags(m_rows->index(1, InspectionQueueModel::Note)).testFlag(Qt::ItemIsSelectable));
        QCOMPARE(m_rows->index(4, InspectionQueueModel::Note).data().toString(), QString());
        QCOMPARE(m_rows->queueRow(5), 3);
        QCOMPARE(m_rows->headerData(InspectionQueueModel::Rep, Qt::Horizontal).toString(), QStringLiteral("Rep"));
    }

    void groupedByFilterInTheFiltersOrder()
    {
        m_proxy->setGroupBy(InspectionQueueProxy::GroupBy::Rule);
        QCOMPARE(shownRows(*m_rows),
                 (QStringList{QStringLiteral("Stale stage · 3 hits · 3 deals · $650K"), QStringLiteral("Deal 3"),
                              QStringLiteral("Deal 1"), QStringLiteral("Deal 2"),
                              QStringLiteral("Close date pushed · 1 hit · 1 deal · $120K"), QStringLiteral("Deal 1")}));
    }

    // A hidden filter leaves the counts; a drill-down lists its deals without headers.
    void headersFollowTheFilters()
    {
        m_proxy->setGroupBy(InspectionQueueProxy::GroupBy::Rep);
        m_proxy->setHiddenRules({QStringLiteral("close_date_pushed")});
        QCOMPARE(shownRows(*m_rows),
                 (QStringList{QStringLiteral("Ann · 2 hits · 2 deals · $150K"), QStringLiteral("Deal 1"),
                              QStringLiteral("Deal 2"), QStringLiteral("Bob · 1 hit · 1 deal · $500K"),
                              QStringLiteral("Deal 3")}));
        m_proxy->setHiddenRules({QStringLiteral("stale_stage")});
        QCOMPARE(shownRows(*m_rows),
                 (QStringList{QStringLiteral("Ann · 1 hit · 1 deal · $120K"), QStringLiteral("Deal 1")}));
        m_proxy->setHiddenRules({});
        m_proxy->setHiddenRules({QStringLiteral("stale_stage"), QStringLiteral("close_date_pushed")});
        QCOMPARE(m_rows->rowCount(), 0);
        QCOMPARE(m_rows->headerData(InspectionQueueModel::Amount, Qt::Horizontal).toString(), QStringLiteral("Amount"));
        m_proxy->setHiddenRules({});
        m_proxy->setDealFilter(QSet<qint32>{1});
        QCOMPARE(shownRows(*m_rows), (QStringList{QStringLiteral("Deal 1"), QStringLiteral("Deal 1")}));
    }

    // The window prepares the queue's rows on its worker (QueueRows::prepare) and hands them to
    // setRows(); they must be the rows the model builds itself: Ann's stale-stage hit on deal 1
    // with the DM's note "Asked for the Order form" (no account, evidence or stage), Bob's pushed
    // close date, and Cleo's snoozed hit listed after them.
    void rowsPreparedAheadAreTheModelsOwn()
    {
        const std::vector<RiskHit> hits{hit(QStringLiteral("stale_stage"), 1, QStringLiteral("Ann"), 12'000'000),
                                        hit(QStringLiteral("close_date_pushed"), 2, QStringLiteral("Bob"), 3'000'000)};
        RiskHit snoozedHit = hit(QStringLiteral("stale_stage"), 3, QStringLiteral("Cleo"), 1'000);
        snoozedHit.snoozed = true;
        snoozedHit.snoozedUntil = QDate(2026, 12, 21);
        const std::vector<RiskHit> snoozed{snoozedHit};
        DealAction note;
        note.note = QStringLiteral("Asked for the Order form");
        const QHash<QString, DealAction> actions{
            {DmActions::key(QStringLiteral("OPP-1"), QStringLiteral("stale_stage")), note}};

        const QueueRows ahead = QueueRows::prepare(hits, snoozed, actions);
        QCOMPARE(ahead.hits.size(), size_t(3));
        QCOMPARE(ahead.visibleCount, 2);
        QCOMPARE(ahead.search[0],
                 QStringLiteral("ann\ndeal 1\nopp-1\n\nstale stage\n\n\n\nasked for the order form\n"));
        QCOMPARE(ahead.search[2], QStringLiteral("cleo\ndeal 3\nopp-3\n\nstale stage\n\n\n\n\n"));
        QCOMPARE(ahead.rowActions[0].note, QStringLiteral("Asked for the Order form"));
        QCOMPARE(ahead.rowActions[2].status, DealAction::Status::Snoozed);
        QCOMPARE(ahead.rowActions[2].snoozeUntil, QDate(2026, 12, 21));
        QCOMPARE(ahead.ruleOrder[0], int(RuleSet::ruleIds().indexOf(QStringLiteral("stale_stage"))));
        QCOMPARE(ahead.ruleOrder[1], int(RuleSet::ruleIds().indexOf(QStringLiteral("close_date_pushed"))));
        QVERIFY(ahead.ruleOrder[0] >= 0 && ahead.ruleOrder[1] >= 0);

        InspectionQueueModel own;
        own.setHits(hits, snoozed, QStringLiteral("USD"), actions);
        InspectionQueueModel taken;
        taken.setRows(ahead, QStringLiteral("USD"));
        for (const InspectionQueueModel *model : {&own, &taken}) {
            QCOMPARE(model->rowCount(), 3);
            QVERIFY(!model->isSnoozed(1) && model->isSnoozed(2));
            for (int row = 0; row < 3; ++row) {
                QCOMPARE(model->searchText(row), ahead.search[size_t(row)]);
                QCOMPARE(model->actionKey(row), ahead.keys[size_t(row)]);
                QCOMPARE(model->ruleOrder(row), ahead.ruleOrder[size_t(row)]);
                QCOMPARE(model->action(row).status, ahead.rowActions[size_t(row)].status);
            }
        }
    }

    // A company's queue is prepared in two halves on two cores: 2,999 hits and 1,001 snoozed ones
    // come out in order, each row with its own caches, whichever half made it, the same whether
    // the hits are copied (the window's worker) or taken whole (the model's setHits).
    void largeQueuesArePreparedInTwoHalvesInOrder()
    {
        std::vector<RiskHit> hits;
        std::vector<RiskHit> snoozed;
        const QStringList rules{QStringLiteral("stale_stage"), QStringLiteral("close_date_pushed")};
        for (qint32 deal = 0; deal < 4000; ++deal) {
            RiskHit h = hit(rules[deal % 2], deal, QStringLiteral("Rep %1").arg(deal % 7), Cents(deal) * 100);
            if (deal % 4 == 3) {
                h.snoozed = true;
                h.snoozedUntil = QDate(2026, 12, 21);
                snoozed.push_back(std::move(h));
            } else {
                hits.push_back(std::move(h));
            }
        }
        QCOMPARE(hits.size(), size_t(3000));
        DealAction note;
        note.note = QStringLiteral("Called the champion");
        // Deal 3333 is visible row 2,500 (833 snoozed deals before it): in the second half.
        const QHash<QString, DealAction> actions{
            {DmActions::key(QStringLiteral("OPP-3333"), QStringLiteral("close_date_pushed")), note}};

        const QueueRows copied = QueueRows::prepare(hits, snoozed, actions);
        const QueueRows taken = QueueRows::prepare(std::vector<RiskHit>(hits), std::vector<RiskHit>(snoozed), actions);
        for (const QueueRows *rows : {&copied, &taken}) {
            QCOMPARE(rows->hits.size(), size_t(4000));
            QCOMPARE(rows->visibleCount, 3000);
            QCOMPARE(rows->search.size(), size_t(4000));
            for (size_t i = 0; i < 4000; ++i) {
                const RiskHit &expected = i < 3000 ? hits[i] : snoozed[i - 3000];
                QCOMPARE(rows->hits[i].opportunityId, expected.opportunityId);
                QCOMPARE(rows->keys[i], DmActions::key(expected.opportunityId, expected.ruleId));
                QCOMPARE(rows->ruleOrder[i], int(RuleSet::ruleIds().indexOf(expected.ruleId)));
                QCOMPARE(rows->search[i], QueueRows::searchText(expected, actions.value(rows->keys[i])));
                QCOMPARE(rows->rowActions[i].status, i < 3000 ? DealAction::Status::Open : DealAction::Status::Snoozed);
            }
            QCOMPARE(rows->hits[2500].opportunityId, QStringLiteral("OPP-3333"));
            QCOMPARE(rows->rowActions[2500].note, QStringLiteral("Called the champion"));
            QVERIFY(rows->search[2500].endsWith(QStringLiteral("called the champion\n")));
        }
    }

private:
    std::unique_ptr<InspectionQueueModel> m_model;
    std::unique_ptr<InspectionQueueProxy> m_proxy;
    std::unique_ptr<QueueGroupProxy> m_rows;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestUiQueueGroups)
#include "tst_ui_queue_groups.moc"
