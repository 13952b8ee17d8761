// Properties over 1,000 random deal histories (fixed seeds): the pipeline-changes invariant holds
// to the cent per category and in total for every scope; opening and closing equal the cockpit
// numbers of the two snapshots; the team table adds up to the district and the districts to all.
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace dmc;

namespace {

const char *const stageNames[] = {"Lead",        "Qualified",  "Discovery",  "Proposal",
                                  "Negotiation", "Closed Won", "Closed Lost"};

// One random history: 6 reps in 2 districts (+ 1 owner missing from the rep table), up to 30
// deals over 6 weekly snapshots with every kind of move: new, deleted, won, lost, omitted,
// reopened, pushed, pulled, amount and category changes, owner changes, EUR amounts, no close date.
CrmData randomHistory(quint32 seed)
{
    QRandomGenerator random(seed);
    CrmData data;
    data.reportingCurrency = QStringLiteral("USD");
    data.currencyRates = {{QStringLiteral("USD"), 1.0, true}, {QStringLiteral("EUR"), 0.9, false}};
    for (int i = 0; i < 7; ++i) {
        Stage stage;
        stage.name = QString::fromLatin1(stageNames[i]);
        stage.probability = std::array{10, 25, 40, 60, 80, 100, 0}[size_t(i)];
        stage.sortOrder = i + 1;
        stage.isWon = i == 5;
        stage.isLost = i == 6;
        data.stages.push_back(stage);
    }
    for (int r = 0; r < 6; ++r) {
        Rep rep;
        rep.id = QStringLiteral("r%1").arg(r);
        rep.name = rep.id;
        rep.district = r < 3 ? QStringLiteral("East") : QStringLiteral("West");
        rep.region = QStringLiteral("North");
        data.reps.push_back(rep);
        data.quotas.push_back({rep.id, QStringLiteral("2026Q2"), Cents(random.bounded(0, 40)) * 1000000});
    }
    const QDate first(2026, 4, 6);
    const QDate periodStart(2026, 4, 1);
    const int deals = random.bounded(5, 31);
    for (int d = 0; d < deals; ++d) {
        Opportunity o;
        o.id = QStringLiteral("D%1").arg(d, 3, 10, QLatin1Char('0'));
        o.name = o.id;
        o.createdDate = QDate(2026, 1, 1).addDays(random.bounded(0, 90));
        // State that walks over the snapshots.
        int stage = random.bounded(0, 5);
        auto category = ForecastCategory(random.bounded(0, 3));
        Cents amount = Cents(random.bounded(1, 100000)) * 100 + random.bounded(0, 100);
        QDate close = periodStart.addDays(random.bounded(-40, 130));
        int owner = random.bounded(0, 7); // 6 = an owner missing from the rep table
        QString currency = random.bounded(0, 5) == 0 ? QStringLiteral("EUR") : QStringLiteral("USD");
        const int born = random.bounded(0, 4);
        const int deleted = random.bounded(0, 8) == 0 ? random.bounded(born + 1, 7) : 99;
        for (int s = born; s < 6 && s < deleted; ++s) {
            if (s > born) {
                switch (random.bounded(0, 10)) {
                case 0: amount = std::max<Cents>(0, amount + Cents(random.bounded(-2000000, 2000000))); break;
                case 1: category = ForecastCategory(random.bounded(0, 3)); break;
                case 2: close = close.addDays(random.bounded(-60, 60)); break;
                case 3: stage = std::min(stage + 1, 4); break;
                case 4:
                    stage = 5;
                    category = ForecastCategory::Closed;
                    break; // won
                case 5:
                    stage = 6;
                    category = ForecastCategory::Omitted;
                    break; // lost
                case 6:
                    if (stage >= 5) {
                        stage = random.bounded(0, 5);
                        category = ForecastCategory::Pipeline;
                    }
                    break;
                case 7: owner = random.bounded(0, 7); break;
                case 8: category = random.bounded(0, 2) ? ForecastCategory::Omitted : ForecastCategory::Closed; break;
                default: break;
                }
            }
            SnapshotRow row;
            row.asOf = first.addDays(7 * s);
            row.opportunityId = o.id;
            row.ownerId = owner == 6 ? QStringLiteral("ghost") : QStringLiteral("r%1").arg(owner);
            row.stage = QString::fromLatin1(stageNames[stage]);
            row.category = category;
            if (random.bounded(0, 30) != 0)
                row.amount = amount;
            row.currency = currency;
            if (random.bounded(0, 25) != 0)
                row.closeDate = close;
            data.snapshots.push_back(row);
            o.ownerId = row.ownerId;
            o.stage = row.stage;
            o.category = category;
            o.amount = row.amount;
            o.currency = currency;
            o.closeDate = row.closeDate;
        }
        data.opportunities.push_back(o);
    }
    return data;
}

} // namespace

class TestAnalyticsProperty : public QObject
{
    Q_OBJECT

private slots:
    void invariantAndSums()
    {
        const QList<Scope> scopes{Scope::all(),
                                  Scope::district(QStringLiteral("East")),
                                  Scope::district(QStringLiteral("West")),
                                  Scope::region(QStringLiteral("North")),
                                  Scope::rep(QStringLiteral("r0")),
                                  Scope::rep(QStringLiteral("r4"))};
        int checkedChanges = 0;
        size_t byRepChecked = 0;   // deal lines compared between changesByRep and changes()
        size_t byRepTransfers = 0; // of them, deals that changed hands
        int nonTrivial = 0;
        for (quint32 seed = 1; seed <= 1000; ++seed) {
            const auto data = DatasetLoader::fromCrmData(randomHistory(seed));
            const Engine engine(data, AnalyticsSettings());
            const FiscalPeriod period = engine.calendar().period(2026, 2);
            const int count = data->snapshotCount();
            std::vector<qint32> everyRep(data->reps().size());
            std::iota(everyRep.begin(), everyRep.end(), 0);
            for (int i = 0; i + 1 < count; ++i) {
                // Consecutive snapshots, plus one longer jump.
                for (const int j : {i + 1, count - 1}) {
                    if (j <= i)
                        continue;
                    // Each rep's changes from the one pass of changesByRep are its own changes().
                    const std::vector<PipelineChanges> byRep =
                        engine.changesByRep(data->snapshotDate(i), data->snapshotDate(j), everyRep, period);
                    for (size_t r = 0; r < everyRep.size(); ++r) {
                        const PipelineChanges own = engine.changes(data->snapshotDate(i), data->snapshotDate(j),
                                                                   Scope::rep(data->reps()[r].rep.id), period);
                        if (!(byRep[r].total == own.total && byRep[r].byCategory == own.byCategory
                              && byRep[r].deals == own.deals)) {
                            QFAIL(qPrintable(QStringLiteral("seed %1, %2 -> %3, rep %4: changesByRep differs")
                                                 .arg(seed)
                                                 .arg(i)
                                                 .arg(j)
                                                 .arg(data->reps()[r].rep.id)));
                        }
                        byRepChecked += own.deals.size();
                        byRepTransfers +=
                            size_t(std::count_if(own.deals.begin(), own.deals.end(), [](const DealChange &d) {
                                return d.reason == ChangeReason::TransferredIn;
                            }));
                    }
                    for (const Scope &scope : scopes) {
                        const PipelineChanges c =
                            engine.changes(data->snapshotDate(i), data->snapshotDate(j), scope, period);
                        ++checkedChanges;
                        if (!c.invariantHolds()) {
                            QFAIL(qPrintable(QStringLiteral("seed %1, %2 -> %3, scope %4: invariant broken")
                                                 .arg(seed)
                                                 .arg(i)
                                                 .arg(j)
                                                 .arg(scope.key())));
                        }
                        const Numbers n0 = engine.numbers(i, period, scope);
                        const Numbers n1 = engine.numbers(j, period, scope);
                        QCOMPARE(c.total.opening, n0.openPipeline);
                        QCOMPARE(c.total.closing, n1.openPipeline);
                        QCOMPARE(c.bridge(ForecastCategory::Commit).opening, n0.commit);
                        QCOMPARE(c.bridge(ForecastCategory::Commit).closing, n1.commit);
                        QCOMPARE(c.bridge(ForecastCategory::BestCase).closing, n1.bestCase);
                        QCOMPARE(c.bridge(ForecastCategory::Pipeline).closing, n1.pipeline);
                        Cents deltas = 0;
                        for (const DealChange &deal : c.deals)
                            deltas += deal.delta;
                        QCOMPARE(deltas, c.total.closing - c.total.opening);
                        if (c.total.opening != c.total.closing)
                            ++nonTrivial;
                    }
                }
            }
            // Team table sums: reps -> district -> all (additive fields; gap is not additive).
            const Query query = engine.resolve(std::nullopt, period);
            const CockpitResult all = engine.cockpit(query);
            // Sums computed here, field by field, not by the product's own Numbers::sum.
            const auto addTo = [](Numbers &sum, const Numbers &n) {
                sum.quota += n.quota;
                sum.won += n.won;
                sum.commit += n.commit;
                sum.bestCase += n.bestCase;
                sum.pipeline += n.pipeline;
                sum.weightedPipeline += n.weightedPipeline;
                sum.drill.commit.insert(sum.drill.commit.end(), n.drill.commit.begin(), n.drill.commit.end());
                std::sort(sum.drill.commit.begin(), sum.drill.commit.end());
            };
            Numbers districtsSum;
            for (const QString &district : {QStringLiteral("East"), QStringLiteral("West")}) {
                Query q = query;
                q.scope = Scope::district(district);
                const CockpitResult r = engine.cockpit(q);
                Numbers teamSum;
                for (const TeamRow &row : r.team)
                    addTo(teamSum, row.numbers);
                QCOMPARE(teamSum.quota, r.totals.quota);
                QCOMPARE(teamSum.won, r.totals.won);
                QCOMPARE(teamSum.commit, r.totals.commit);
                QCOMPARE(teamSum.bestCase, r.totals.bestCase);
                QCOMPARE(teamSum.pipeline, r.totals.pipeline);
                QCOMPARE(teamSum.weightedPipeline, r.totals.weightedPipeline);
                QCOMPARE(teamSum.drill.commit, r.totals.drill.commit);
                addTo(districtsSum, r.totals);
            }
            // "all" also holds the owner missing from the rep table.
            Numbers ghost;
            const int ghostIndex = data->repIndex(QStringLiteral("ghost"));
            for (const TeamRow &row : all.team)
                if (row.rep == ghostIndex)
                    ghost = row.numbers;
            QCOMPARE(districtsSum.won + ghost.won, all.totals.won);
            QCOMPARE(districtsSum.commit + ghost.commit, all.totals.commit);
            QCOMPARE(districtsSum.pipeline + ghost.pipeline, all.totals.pipeline);
        }
        // The generator makes real movement, not 1,000 empty histories.
        QVERIFY2(nonTrivial > checkedChanges / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(nonTrivial).arg(checkedChanges)));
        // The comparison saw many deal lines, transfers between reps among them.
        QVERIFY2(byRepChecked > 10000 && byRepTransfers > 500,
                 qPrintable(QStringLiteral("%1 lines, %2 transfers").arg(byRepChecked).arg(byRepTransfers)));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsProperty)
#include "tst_analyticsproperty.moc"
