// Insights on a hand-made district: six reps, one winning every deal. Expected values by hand:
// - win rate: r0..r4 1 won of 2 = 0.5, r5 2 of 2 = 1.0; mean 3.5 / 6 = 0.5833; population sd
//   sqrt((5 x (1/12)^2 + (5/12)^2) / 6) = 0.1863; z(r5) = (5/12) / 0.1863 = sqrt(5) = 2.236.
// - stage conversion: r0 2 of 3 (X and its won deal advanced from Proposal, the lost one fell out),
//   r1..r4 1 of 2, r5 2 of 2; mean (2/3 + 2 + 1) / 6 = 11/18; z(r5) = 2.11 >= 2.
// - open pipeline (2026Q1) 12 x 10,000 + X 5,000 = 125,000 on 03-02 -> X 5,000 on 03-30;
//   commit forecast 0 -> won 7 x 10,000 + X 5,000 = 75,000.
// - r0: Commit 0 -> 5,000 while open deals with activity in the 14 days before the snapshot go
//   from 3 of 3 to 0 of 1 (X's last activity is 03-01).
#include "analytics/DatasetLoader.h"
#include "analytics/DescriptiveLanguage.h"
#include "analytics/Engine.h"
#include "analytics/json/InsightJson.h"

#include <QTest>

#include <cmath>

using namespace dmc;

namespace {

const QDate before(2026, 3, 2), after(2026, 3, 30);

SnapshotRow row(const QDate &asOf, const QString &id, const QString &owner, const char *stage,
                ForecastCategory category, Cents amount, const QDate &close, const QDate &activity)
{
    SnapshotRow r;
    r.asOf = asOf;
    r.opportunityId = id;
    r.ownerId = owner;
    r.stage = QString::fromLatin1(stage);
    r.category = category;
    r.amount = amount;
    r.closeDate = close;
    r.lastActivityDate = activity;
    return r;
}

CrmData district()
{
    CrmData data;
    for (int r = 0; r < 6; ++r) {
        Rep rep;
        rep.id = QStringLiteral("r%1").arg(r);
        rep.name = QStringLiteral("Rep %1").arg(r);
        rep.district = QStringLiteral("D");
        rep.region = QStringLiteral("R");
        data.reps.push_back(rep);
        for (int k = 0; k < 2; ++k) {
            Opportunity o;
            o.id = QStringLiteral("%1-%2").arg(rep.id).arg(k);
            o.ownerId = rep.id;
            o.name = o.id;
            o.createdDate = QDate(2026, 1, 5);
            data.opportunities.push_back(o);
            const bool won = k == 0 || r == 5;
            data.snapshots.push_back(row(before, o.id, rep.id, "Proposal", ForecastCategory::Pipeline, 1000000,
                                         QDate(2026, 3, 20), QDate(2026, 2, 25)));
            data.snapshots.push_back(row(after, o.id, rep.id, won ? "Closed Won" : "Closed Lost",
                                         won ? ForecastCategory::Closed : ForecastCategory::Omitted, 1000000,
                                         QDate(2026, 3, 20), QDate(2026, 3, 20)));
        }
    }
    Opportunity x;
    x.id = QStringLiteral("X");
    x.ownerId = QStringLiteral("r0");
    x.name = x.id;
    x.createdDate = QDate(2026, 2, 1);
    data.opportunities.push_back(x);
    data.snapshots.push_back(row(before, x.id, x.ownerId, "Proposal", ForecastCategory::Pipeline, 500000,
                                 QDate(2026, 3, 25), QDate(2026, 3, 1)));
    data.snapshots.push_back(row(after, x.id, x.ownerId, "Negotiation", ForecastCategory::Commit, 500000,
                                 QDate(2026, 3, 31), QDate(2026, 3, 1)));
    return data;
}

} // namespace

class TestAnalyticsInsights : public QObject
{
    Q_OBJECT

private slots:
    void insights()
    {
        const auto data = DatasetLoader::fromCrmData(district());
        const Engine engine(data, AnalyticsSettings());
        const std::vector<Insight> insights = engine.insights(engine.resolve(after));
        auto find = [&](const char *metric, const char *rep) -> const Insight * {
            for (const Insight &insight : insights)
                if (insight.metric == QLatin1String(metric) && insight.repId == QLatin1String(rep))
                    return &insight;
            return nullptr;
        };

        const Insight *winRate = find("win_rate", "r5");
        QVERIFY(winRate);
        QCOMPARE(winRate->kind, Insight::Kind::Outlier);
        QCOMPARE(winRate->value, 1.0);
        QVERIFY(qFuzzyCompare(winRate->baseline, 3.5 / 6.0));
        QVERIFY(qFuzzyCompare(winRate->z, std::sqrt(5.0)));
        QCOMPARE(winRate->sampleSize, 6);
        QCOMPARE(winRate->text, QStringLiteral("Rep 5: win rate 100% against a mean of 58% in D (standard deviation "
                                               "19%, z = 2.2, 6 reps)."));
        const Insight *conversion = find("stage_conversion", "r5");
        QVERIFY(conversion);
        QVERIFY(qFuzzyCompare(conversion->baseline, 11.0 / 18.0));
        QVERIFY(conversion->z >= 2.0);
        // Equal cycles and deal sizes: no spread, no outlier; r0..r4 are not outliers.
        QVERIFY(!find("cycle_days", "r5") && !find("deal_size", "r5") && !find("win_rate", "r0"));

        const Insight *pipeline = find("open_pipeline", "");
        QVERIFY(pipeline);
        QCOMPARE(pipeline->kind, Insight::Kind::Trend);
        QCOMPARE(pipeline->baseline, 12500000.0);
        QCOMPARE(pipeline->value, 500000.0);
        QCOMPARE(pipeline->from, before);
        QCOMPARE(pipeline->text, QStringLiteral("Open pipeline for Q1 FY2026 went from 125,000 USD on 2026-03-02 to "
                                                "5,000 USD on 2026-03-30 (-120,000 USD)."));
        const Insight *commit = find("commit_forecast", "");
        QVERIFY(commit);
        QCOMPARE(commit->value, 7500000.0);

        const Insight *activity = find("commit_vs_activity", "r0");
        QVERIFY(activity);
        QCOMPARE(activity->kind, Insight::Kind::Dichotomy);
        QCOMPARE(data->opportunityIds(activity->deals), QStringList{QStringLiteral("X")});
        QVERIFY(activity->text.contains(QStringLiteral("from 3 of 3 to 0 of 1")));
        QVERIFY(!find("pipeline_vs_conversion", "r0"));

        QCOMPARE(insights.size(), size_t(5));
        for (const Insight &insight : insights)
            QVERIFY2(DescriptiveLanguage::isDescriptive(insight.text), qPrintable(insight.text));
        const nlohmann::json json = toJson(insights, *data);
        QCOMPARE(json.size(), size_t(5));
        QCOMPARE(json[0]["kind"].get<std::string>(), std::string("outlier"));

        // A rep scope keeps that rep's insights and the scope's trends.
        const std::vector<Insight> one = engine.insights(engine.resolve(after, std::nullopt, Scope::rep(QStringLiteral("r1"))));
        for (const Insight &insight : one)
            QVERIFY(insight.repId.isEmpty() || insight.repId == QLatin1String("r1"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsInsights)
#include "tst_analyticsinsights.moc"
