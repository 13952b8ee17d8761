// Every insight detector on a fixture with its own history (tests/core/analytics/insights/*.json). The
// expected numbers, texts and lineage are computed by hand in README.md.
#include "fixtures/insights/InsightFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/insights/InsightReview.h"
#include "analytics/insights/InsightRules.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "export/json/InsightJson.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "store/InsightMarkStore.h"
#include "store/Schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dmc;

namespace {

const QDate AsOf(2026, 11, 16);

std::shared_ptr<const Dataset> fixture(const char *name)
{
    return DatasetLoader::fromCrmData(
        test::loadInsightFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/insights/") + QLatin1String(name)));
}

// Only the rules named are on, so each test reads the detectors it is about. The fixtures are
// short: stage_duration's margin is 7 days and the deal windows two weeks (defaults 14 and 1).
AnalyticsSettings only(const QStringList &rules,
                       const std::vector<std::tuple<const char *, const char *, int>> &params = {})
{
    AnalyticsSettings settings;
    settings.insightRules.setParameter(QStringLiteral("stage_duration"), QStringLiteral("min_days_over"), 7);
    for (const char *rule : {"amount_move", "close_date_move", "category_jump"})
        settings.insightRules.setParameter(QLatin1String(rule), QStringLiteral("window_weeks"), 2);
    for (const QString &id : InsightRules::ruleIds())
        settings.insightRules.setEnabled(id, rules.contains(id));
    for (const auto &[rule, key, value] : params)
        if (!settings.insightRules.setParameter(QLatin1String(rule), QLatin1String(key), value))
            qFatal("bad parameter %s.%s", rule, key);
    return settings;
}

std::vector<Insight> run(const std::shared_ptr<const Dataset> &data, const AnalyticsSettings &settings,
                         const Scope &scope, QDate asOf = AsOf)
{
    const Engine engine(data, settings);
    return engine.insights(engine.resolve(asOf, std::nullopt, scope));
}

const Insight *find(const std::vector<Insight> &insights, const QString &key)
{
    for (const Insight &insight : insights)
        if (insight.key == key)
            return &insight;
    return nullptr;
}

QStringList keys(const std::vector<Insight> &insights)
{
    QStringList list;
    for (const Insight &insight : insights)
        list << insight.key;
    return list;
}

QStringList ids(const Dataset &data, const std::vector<qint32> &deals)
{
    return data.opportunityIds(deals);
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void rulesAreDataWithEditableThresholds()
    {
        const RuleSet rules(InsightRules::catalog());
        QCOMPARE(rules.rules().size(), size_t(17));
        QCOMPARE(InsightRules::ruleIds().first(), QStringLiteral("stage_duration"));
        QCOMPARE(rules.parameter(QStringLiteral("stage_duration"), QStringLiteral("percentile")), 75);
        QCOMPARE(rules.parameter(QStringLiteral("district_outlier"), QStringLiteral("z")), 2);
        for (const QString &id : InsightRules::ruleIds()) {
            QVERIFY(InsightRules::displayName(id) != id);
            QVERIFY(DescriptiveLanguage::isDescriptive(InsightRules::displayName(id)));
            QVERIFY2(DescriptiveLanguage::isDescriptive(InsightRules::description(id)), qPrintable(id));
        }
        // A DM's override is a partial rule set in the same format; bad values are refused with the path.
        RuleSet changed(InsightRules::catalog());
        QVERIFY(changed.merge(R"({"rules":[{"id":"stage_duration","params":{"percentile":50}}]})", QStringLiteral("x"))
                    .ok());
        QCOMPARE(changed.parameter(QStringLiteral("stage_duration"), QStringLiteral("percentile")), 50);
        QCOMPARE(QString::fromStdString(changed.differencesFrom(RuleSet(InsightRules::catalog())).dump()),
                 QStringLiteral(R"({"rules":[{"id":"stage_duration","params":{"percentile":50}}],"version":1})"));
        const Status bad = changed.merge(R"({"rules":[{"id":"stage_duration","params":{"percentile":100}}]})",
                                         QStringLiteral("x.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(),
                 QStringLiteral("x.json: rules[0].params.percentile: expected a whole number from 50 to 99"));
        QVERIFY(!changed.merge(R"({"rules":[{"id":"stale_stage","params":{"days":1}}]})", QStringLiteral("x")).ok());
    }

    void stageDurationAgainstTheRepsOwnStays()
    {
        const auto data = fixture("stages.json");
        const auto insights =
            run(data, only({QStringLiteral("stage_duration")}), Scope::district(QStringLiteral("East")));
        QCOMPARE(keys(insights), QStringList{QStringLiteral("stage_duration:Proposal:deal:X1")});
        const Insight &x1 = insights.front();
        QCOMPARE(x1.kind, Insight::Kind::Anomaly);
        QCOMPARE(x1.repId, QStringLiteral("A1"));
        QCOMPARE(x1.value(QStringLiteral("days_in_stage")), 45.0);
        QCOMPARE(x1.value(QStringLiteral("percentile_days")), 20.0);
        QCOMPARE(x1.value(QStringLiteral("stays")), 6.0);
        QCOMPARE(x1.stake, Cents(8000000));
        QCOMPARE(x1.episode, QDate(2026, 10, 2));
        QCOMPARE(x1.when, QDate(2026, 10, 30));
        QCOMPARE(ids(*data, x1.deals), QStringList{QStringLiteral("X1")});
        QCOMPARE(ids(*data, x1.baseline.deals), split("P1 P2 P3 P4 P5 P6"));
        QCOMPARE(x1.baseline.from, QDate(2026, 8, 13));
        QCOMPARE(x1.baseline.to, QDate(2026, 10, 7));
        QCOMPARE(x1.baseline.reps, QStringList{QStringLiteral("A1")});
        const std::vector<std::pair<QString, int>> thresholds{{QStringLiteral("percentile"), 75},
                                                              {QStringLiteral("min_days_over"), 7},
                                                              {QStringLiteral("min_stays"), 5},
                                                              {QStringLiteral("baseline_weeks"), 52}};
        QCOMPARE(x1.baseline.thresholds, thresholds);
        QCOMPARE(x1.snapshots, (std::vector<QDate>{QDate(2026, 10, 5), AsOf}));
        QCOMPARE(x1.chart.values, (std::vector<double>{3, 10, 17, 24, 31, 38, 45}));
        QCOMPARE(x1.chart.reference, std::optional<double>(20.0));
        QCOMPARE(x1.text,
                 QStringLiteral("Deal X1: in Proposal for 45 days (since 2026-10-02); the 75th percentile of "
                                "Ann Archer's 6 completed Proposal stays that ended 2026-08-13 \u2013 "
                                "2026-10-07 is 20 days."));

        // Thresholds are settings: the median brings X2 (25 days > 14 + 7); three stays are enough for Y1.
        const auto median = run(data, only({QStringLiteral("stage_duration")}, {{"stage_duration", "percentile", 50}}),
                                Scope::district(QStringLiteral("East")));
        QCOMPARE(keys(median),
                 (QStringList{QStringLiteral("stage_duration:Proposal:deal:X1"),
                              QStringLiteral("stage_duration:Proposal:deal:X2")}));
        QCOMPARE(find(median, QStringLiteral("stage_duration:Proposal:deal:X2"))
                     ->value(QStringLiteral("percentile_days")),
                 14.0);
        const auto fewer = run(data, only({QStringLiteral("stage_duration")}, {{"stage_duration", "min_stays", 3}}),
                               Scope::rep(QStringLiteral("A2")));
        QCOMPARE(keys(fewer), QStringList{QStringLiteral("stage_duration:Proposal:deal:Y1")});
        QCOMPARE(fewer.front().value(QStringLiteral("percentile_days")), 7.0);
        QCOMPARE(fewer.front().value(QStringLiteral("days_in_stage")), 76.0);
    }

    void dealMovesAgainstTheDealsOwnHistory()
    {
        const auto data = fixture("moves.json");
        const auto insights = run(data,
                                  only({QStringLiteral("amount_move"), QStringLiteral("close_date_move"),
                                        QStringLiteral("category_jump"), QStringLiteral("activity_stopped")}),
                                  Scope::rep(QStringLiteral("B1")));
        QStringList found = keys(insights);
        found.sort();
        QCOMPARE(found,
                 (QStringList{QStringLiteral("activity_stopped:deal:A1"), QStringLiteral("amount_move:deal:M1"),
                              QStringLiteral("amount_move:deal:M3"), QStringLiteral("category_jump:deal:J1"),
                              QStringLiteral("category_jump:deal:J4"), QStringLiteral("close_date_move:deal:C1"),
                              QStringLiteral("close_date_move:deal:C3")}));

        const Insight *m1 = find(insights, QStringLiteral("amount_move:deal:M1"));
        QCOMPARE(m1->value(QStringLiteral("amount_from")), 11000000.0);
        QCOMPARE(m1->value(QStringLiteral("amount_to")), 6000000.0);
        QCOMPARE(m1->value(QStringLiteral("change")), -5000000.0);
        QCOMPARE(m1->value(QStringLiteral("largest_earlier_change")), 1000000.0);
        QCOMPARE(m1->value(QStringLiteral("earlier_snapshots")), 11.0);
        QCOMPARE(m1->stake, Cents(11000000));
        QCOMPARE(m1->episode, AsOf);
        QCOMPARE(m1->snapshots, (std::vector<QDate>{QDate(2026, 11, 9), AsOf}));
        QCOMPARE(m1->baseline.from, QDate(2026, 8, 31));
        QCOMPARE(m1->baseline.to, QDate(2026, 11, 9));
        QCOMPARE(m1->text,
                 QStringLiteral("Deal M1: amount from 110,000 USD to 60,000 USD (\u221250,000 USD, \u221245%) between "
                                "2026-11-09 and 2026-11-16; the largest earlier change across its 11 earlier "
                                "snapshots was 10,000 USD."));
        const Insight *m3 = find(insights, QStringLiteral("amount_move:deal:M3"));
        QCOMPARE(m3->when, QDate(2026, 11, 9));
        QCOMPARE(m3->value(QStringLiteral("largest_earlier_change")), 0.0);
        QCOMPARE(m3->text,
                 QStringLiteral("Deal M3: amount from 100,000 USD to 150,000 USD (+50,000 USD, +50%) between "
                                "2026-11-02 and 2026-11-09, the first change across its 10 earlier snapshots."));

        const Insight *c1 = find(insights, QStringLiteral("close_date_move:deal:C1"));
        QCOMPARE(c1->value(QStringLiteral("change_days")), 62.0);
        QCOMPARE(c1->value(QStringLiteral("largest_earlier_days")), 14.0);
        QCOMPARE(c1->value(QStringLiteral("close_from_days")), 29.0);
        QCOMPARE(c1->value(QStringLiteral("close_to_days")), 91.0);
        QCOMPARE(c1->text,
                 QStringLiteral("Deal C1: close date from 2026-12-15 to 2027-02-15 (62 days later) between "
                                "2026-11-09 and 2026-11-16; the largest earlier move across its 11 earlier "
                                "snapshots was 14 days."));
        const Insight *c3 = find(insights, QStringLiteral("close_date_move:deal:C3"));
        QCOMPARE(c3->value(QStringLiteral("change_days")), -101.0);
        QVERIFY(c3->text.contains(QStringLiteral("(101 days earlier)")));

        const Insight *j1 = find(insights, QStringLiteral("category_jump:deal:J1"));
        QCOMPARE(j1->value(QStringLiteral("steps")), 2.0);
        QCOMPARE(j1->text,
                 QStringLiteral("Deal J1: forecast category from Pipeline to Commit between 2026-11-09 and "
                                "2026-11-16, 2 steps up on the ladder Pipeline, Best Case, Commit, Closed."));
        QCOMPARE(find(insights, QStringLiteral("category_jump:deal:J4"))->value(QStringLiteral("steps")), 3.0);

        const Insight *a1 = find(insights, QStringLiteral("activity_stopped:deal:A1"));
        QCOMPARE(a1->value(QStringLiteral("active_weeks")), 6.0);
        QCOMPARE(a1->value(QStringLiteral("quiet_weeks")), 3.0);
        QCOMPARE(a1->value(QStringLiteral("days_since_activity")), 23.0);
        QCOMPARE(a1->episode, QDate(2026, 10, 24));
        QCOMPARE(a1->when, QDate(2026, 11, 2));
        QCOMPARE(a1->baseline.text,
                 QStringLiteral("New activity in 6 of the 6 snapshots 2026-09-21 \u2013 2026-10-26."));
        QCOMPARE(a1->text,
                 QStringLiteral("Deal A1: new activity in 6 of the 6 weeks to 2026-10-26, none in the 3 weeks "
                                "since (last activity 2026-10-24)."));

        // Order: amount at stake, then the most recent.
        QCOMPARE(insights.front().key, QStringLiteral("amount_move:deal:M3"));
        QCOMPARE(insights[1].key, QStringLiteral("amount_move:deal:M1"));

        // A window of one week keeps only the moves of the last snapshot.
        const auto lastWeek = run(data, only({QStringLiteral("amount_move")}, {{"amount_move", "window_weeks", 1}}),
                                  Scope::rep(QStringLiteral("B1")));
        QCOMPARE(keys(lastWeek), QStringList{QStringLiteral("amount_move:deal:M1")});
    }

    void healthDropAgainstTheAccountsOwnReadings()
    {
        const auto data = fixture("health.json");
        const auto insights = run(data, only({QStringLiteral("health_drop")}), Scope::all());
        QCOMPARE(keys(insights), QStringList{QStringLiteral("health_drop:account:AC1")});
        const Insight &drop = insights.front();
        QCOMPARE(drop.value(QStringLiteral("health_from")), 81.0);
        QCOMPARE(drop.value(QStringLiteral("health_to")), 66.0);
        QCOMPARE(drop.value(QStringLiteral("drop")), 15.0);
        QCOMPARE(drop.value(QStringLiteral("largest_earlier_drop")), 4.0);
        QCOMPARE(drop.stake, Cents(12000000));
        QCOMPARE(drop.from, QDate(2026, 10, 5));
        QCOMPARE(drop.repId, QStringLiteral("H1"));
        QCOMPARE(ids(*data, drop.deals), QStringList{QStringLiteral("HD1")});
        QCOMPARE(drop.chart.values, (std::vector<double>{80, 82, 79, 81, 78, 80, 66}));
        QCOMPARE(drop.text,
                 QStringLiteral("Acme: account health from 81 on 2026-10-05 to 66 on 2026-11-16, down 15 "
                                "points; the largest earlier drop within 30 days across its 7 readings was 4 "
                                "points. Open deals: 1 deal (50,000 USD)."));
    }

    void dichotomiesAcrossTwoQuarters()
    {
        const auto data = fixture("quarters.json");
        const QStringList rules{QStringLiteral("pipeline_vs_conversion"), QStringLiteral("commit_vs_meddpicc"),
                                QStringLiteral("won_vs_cycle"), QStringLiteral("created_vs_advancing"),
                                QStringLiteral("commit_vs_activity")};
        const auto insights = run(data, only(rules), Scope::district(QStringLiteral("East")));
        QStringList found = keys(insights);
        found.sort();
        QCOMPARE(found,
                 (QStringList{QStringLiteral("commit_vs_activity:rep:E5"), QStringLiteral("commit_vs_meddpicc:rep:E3"),
                              QStringLiteral("created_vs_advancing:rep:E4"),
                              QStringLiteral("pipeline_vs_conversion:rep:E2"), QStringLiteral("won_vs_cycle:rep:E1")}));
        const QString windows = QStringLiteral("Q3 FY2026 to 2026-08-10 \u2192 Q4 FY2026 to 2026-11-16");

        const Insight *won = find(insights, QStringLiteral("won_vs_cycle:rep:E1"));
        QCOMPARE(won->kind, Insight::Kind::Dichotomy);
        QCOMPARE(won->value(QStringLiteral("won_before")), 25000000.0);
        QCOMPARE(won->value(QStringLiteral("won_now")), 29500000.0);
        QVERIFY(near(won->value(QStringLiteral("won_change")), 0.18));
        QCOMPARE(won->value(QStringLiteral("cycle_before")), 62.0);
        QCOMPARE(won->value(QStringLiteral("cycle_now")), 81.0);
        QCOMPARE(ids(*data, won->deals), split("WD WE WF"));
        QCOMPARE(ids(*data, won->baseline.deals), split("WA WB WC"));
        QCOMPARE(won->baseline.from, QDate(2026, 7, 1));
        QCOMPARE(won->baseline.to, QDate(2026, 8, 10));
        QCOMPARE(won->snapshots, (std::vector<QDate>{QDate(2026, 8, 10), AsOf}));
        QCOMPARE(won->text,
                 QStringLiteral("Eve Evans: won up 18% (250,000 USD \u2192 295,000 USD) while the median cycle "
                                "of the won deals lengthened from 62 days to 81 days (3 deals against 3 deals), ")
                     + windows + u'.');

        const Insight *pipe = find(insights, QStringLiteral("pipeline_vs_conversion:rep:E2"));
        QCOMPARE(pipe->value(QStringLiteral("pipeline_before")), 20000000.0);
        QCOMPARE(pipe->value(QStringLiteral("pipeline_now")), 23000000.0);
        QVERIFY(near(pipe->value(QStringLiteral("conversion_before")), 10.0 / 11.0));
        QVERIFY(near(pipe->value(QStringLiteral("conversion_now")), 7.0 / 11.0));
        QCOMPARE(ids(*data, pipe->deals), split("PD PI"));
        QCOMPARE(pipe->text,
                 QStringLiteral("Fay Ford: open pipeline up 15% (200,000 USD \u2192 230,000 USD) while "
                                "stage-to-stage conversion fell from 91% to 64% (7 of 11 stage exits moved up, "
                                "against 10 of 11), ")
                     + windows + u'.');

        const Insight *meddpicc = find(insights, QStringLiteral("commit_vs_meddpicc:rep:E3"));
        QVERIFY(near(meddpicc->value(QStringLiteral("completeness_before")), 22.0 / 24.0));
        QVERIFY(near(meddpicc->value(QStringLiteral("completeness_now")), 14.0 / 24.0));
        QCOMPARE(meddpicc->text,
                 QStringLiteral("Gus Grant: Commit up 17% (300,000 USD \u2192 350,000 USD) while the share "
                                "of MEDDPICC elements confirmed across its deals fell from 92% to 58% (3 "
                                "deals against 3 deals; MEDDPICC as last imported), ")
                     + windows + u'.');

        const Insight *created = find(insights, QStringLiteral("created_vs_advancing:rep:E4"));
        QCOMPARE(ids(*data, created->deals), split("CB1 CB2 CB3 CB4 CB5 CB6 CB7"));
        QCOMPARE(ids(*data, created->baseline.deals), split("CA1 CA2 CA3 CA4 CA5"));
        QCOMPARE(created->stake, Cents(7000000));
        QCOMPARE(created->text,
                 QStringLiteral("Hal Hill: deals created went from 5 to 7 (+40%) while deals moving up a "
                                "stage went from 5 to 2 (\u221260%), ")
                     + windows + u'.');

        const Insight *activity = find(insights, QStringLiteral("commit_vs_activity:rep:E5"));
        QCOMPARE(activity->text,
                 QStringLiteral("Ida Irwin: Commit up 25% (200,000 USD \u2192 250,000 USD) while open deals "
                                "with activity in the 14 days before the snapshot went from 100% (3 of 3) "
                                "to 33% (1 of 3), ")
                     + windows + u'.');
    }

    void outliersAgainstTheDistrictTheirOwnQuartersAndTheRegion()
    {
        const auto data = fixture("outliers.json");
        const QStringList rules{QStringLiteral("district_outlier"), QStringLiteral("own_history_outlier"),
                                QStringLiteral("region_outlier")};
        const auto east = run(data, only(rules), Scope::district(QStringLiteral("East")));
        QStringList found = keys(east);
        found.sort();
        QCOMPARE(found,
                 (QStringList{QStringLiteral("district_outlier:stage_conversion:rep:O6"),
                              QStringLiteral("district_outlier:win_rate:rep:O6")}));
        const Insight *win = find(east, QStringLiteral("district_outlier:win_rate:rep:O6"));
        QCOMPARE(win->value(QStringLiteral("value")), 1.0);
        QVERIFY(near(win->value(QStringLiteral("mean")), 3.5 / 6.0));
        QVERIFY(near(win->value(QStringLiteral("z")), std::sqrt(5.0)));
        QCOMPARE(win->baseline.reps, split("O1 O2 O3 O4 O5 O6"));
        QCOMPARE(ids(*data, win->deals), split("O6-w1 O6-w2"));
        QCOMPARE(win->baseline.deals.size(), size_t(12));
        QCOMPARE(win->chart.kind, InsightChart::Kind::Peers);
        QCOMPARE(win->chart.highlight, 5);
        QCOMPARE(win->text,
                 QStringLiteral("Olli Six: win rate 100% against a mean of 58% in East (standard deviation 19%, "
                                "z = 2.2, 6 reps; history to 2026-11-16)."));

        const auto west = run(data, only(rules), Scope::rep(QStringLiteral("R1")));
        QCOMPARE(keys(west), QStringList{QStringLiteral("own_history_outlier:deal_size:rep:R1")});
        const Insight &own = west.front();
        QCOMPARE(own.value(QStringLiteral("value")), 9000000.0);
        QCOMPARE(own.value(QStringLiteral("range_low")), 5000000.0);
        QCOMPARE(own.value(QStringLiteral("range_high")), 6000000.0);
        QVERIFY(near(own.value(QStringLiteral("beyond")), 0.5));
        QCOMPARE(own.baseline.from, QDate(2026, 4, 1));
        QCOMPARE(own.baseline.to, QDate(2026, 9, 30));
        QCOMPARE(ids(*data, own.deals), split("R1-C1 R1-C2 R1-C3"));
        QCOMPARE(ids(*data, own.baseline.deals), split("R1-A1 R1-A2 R1-A3 R1-B1 R1-B2 R1-B3"));
        QCOMPARE(own.chart.values, (std::vector<double>{5000000, 6000000, 9000000}));
        QCOMPARE(own.text,
                 QStringLiteral("Kim Kerr: average won deal in Q4 FY2026 to 2026-11-16 of 90,000 USD, +50% "
                                "beyond the range 50,000 USD to 60,000 USD of the 2 previous quarters (Q2 "
                                "FY2026, Q3 FY2026)."));

        // Region scope: the districts are the subjects, each against the other districts of its region.
        const auto south = run(data, only(rules), Scope::region(QStringLiteral("South")));
        found = keys(south);
        found.sort();
        QCOMPARE(found,
                 (QStringList{QStringLiteral("region_outlier:stage_conversion:district:S3"),
                              QStringLiteral("region_outlier:win_rate:district:S3")}));
        const Insight *s3 = find(south, QStringLiteral("region_outlier:win_rate:district:S3"));
        QCOMPARE(s3->subject, Insight::Subject::District);
        QCOMPARE(s3->value(QStringLiteral("value")), 0.25);
        QCOMPARE(s3->value(QStringLiteral("range_low")), 0.75);
        QCOMPARE(s3->value(QStringLiteral("range_high")), 0.8);
        QCOMPARE(s3->baseline.districts, split("S1 S2"));
        QCOMPARE(s3->baseline.reps, split("SA SB"));
        QCOMPARE(ids(*data, s3->deals), split("SC-l1 SC-l2 SC-l3 SC-w1"));
        QCOMPARE(s3->text,
                 QStringLiteral("District S3: win rate 25%, \u221267% beyond the range 75% to 80% of the other 2 "
                                "districts of South (history to 2026-11-16)."));
        // Company scope: the same districts, each inside its own region (North has two: too few).
        QStringList all = keys(run(data, only(rules), Scope::all()));
        all.sort();
        QCOMPARE(all, found);
    }

    void concentrationClusteringAndTrend()
    {
        const auto data = fixture("concentration.json");
        const auto insights = run(data, only(InsightRules::ruleIds()), Scope::district(QStringLiteral("Central")));
        QCOMPARE(keys(insights),
                 (QStringList{QStringLiteral("scope_trend:open_pipeline:scope:district:Central"),
                              QStringLiteral("close_clustering:rep:K3"),
                              QStringLiteral("commit_concentration:rep:K1")}));
        const Insight &trend = insights[0];
        QCOMPARE(trend.stake, Cents(40000000));
        QCOMPARE(trend.chart.values, (std::vector<double>{155000000, 155000000, 115000000, 115000000, 115000000}));
        QCOMPARE(trend.text,
                 QStringLiteral("District Central: open pipeline for Q4 FY2026 went from 1,550,000 USD on "
                                "2026-10-19 to 1,150,000 USD on 2026-11-16 (\u2212400,000 USD, \u221226%)."));
        const Insight &cluster = insights[1];
        QVERIFY(near(cluster.value(QStringLiteral("share")), 2.0 / 3.0));
        QCOMPARE(ids(*data, cluster.deals), split("KD KE"));
        QCOMPARE(ids(*data, cluster.baseline.deals), split("KD KE KF KG"));
        QCOMPARE(cluster.text,
                 QStringLiteral("Max Moss: 67% of the open pipeline for Q4 FY2026 (300,000 USD of 450,000 "
                                "USD; 2 of 4 deals) closes in its last 7 days, 2026-12-25 \u2013 2026-12-31."));
        const Insight &commit = insights[2];
        QVERIFY(near(commit.value(QStringLiteral("share")), 0.6));
        QCOMPARE(ids(*data, commit.deals), split("KA KB KC"));
        QCOMPARE(commit.chart.values, (std::vector<double>{30000000, 10000000, 10000000}));
        QCOMPARE(commit.text,
                 QStringLiteral("Lea Lane: Deal KA is 60% of the Commit for Q4 FY2026 (300,000 USD of "
                                "500,000 USD across 3 deals)."));

        // The cap: two listed, one more.
        const InsightReview::Selection top = InsightReview::select(insights, 2);
        QCOMPARE(top.shown.size(), size_t(2));
        QCOMPARE(top.more, 1);
    }

    void marksSeenDismissedAndBack()
    {
        const auto data = fixture("stages.json");
        const Engine engine(data, only({QStringLiteral("stage_duration")}));
        auto at = [&](QDate asOf) {
            return engine.resolve(asOf, std::nullopt, Scope::district(QStringLiteral("East")));
        };
        const QString key = QStringLiteral("stage_duration:Proposal:deal:X1");

        // 2026-11-02: X1 31 days > 27 (new: at the compare-to 10-26 it had 24 days).
        std::vector<Insight> first = InsightReview::compute(engine, at(QDate(2026, 11, 2)), {});
        QCOMPARE(first.size(), size_t(1));
        QCOMPARE(first.front().state, Insight::State::New);
        QCOMPARE(first.front().value(QStringLiteral("days_in_stage")), 31.0);
        // 2026-11-09: there at 11-02 already, not marked.
        QCOMPARE(InsightReview::compute(engine, at(QDate(2026, 11, 9)), {}).front().state, Insight::State::Unseen);

        const InsightMark seen = InsightReview::markFor(first.front(), InsightMarkStatus::Seen, {}, QDate(2026, 11, 2));
        QCOMPARE(InsightReview::compute(engine, at(QDate(2026, 11, 9)), {seen}).front().state, Insight::State::Seen);

        // Dismissed at 31 days: 38 days a week later is more than 20% past it (37.2): back.
        const InsightMark dismissed =
            InsightReview::markFor(first.front(), InsightMarkStatus::Dismissed,
                                   QStringLiteral("waiting for the budget"), QDate(2026, 11, 2));
        QCOMPARE(dismissed.recorded.value(QStringLiteral("days_in_stage")), 31.0);
        QCOMPARE(dismissed.episode, QDate(2026, 10, 2));
        std::vector<Insight> later = InsightReview::compute(engine, at(QDate(2026, 11, 9)), {dismissed});
        QCOMPARE(later.front().state, Insight::State::Returned);
        QCOMPARE(later.front().note, QStringLiteral("waiting for the budget"));
        // Dismissed at 38 days: 45 a week later is within 20% (45.6): stays dismissed and listed apart.
        const InsightMark again = InsightReview::markFor(later.front(), InsightMarkStatus::Dismissed,
                                                         QStringLiteral("still the budget"), QDate(2026, 11, 9));
        std::vector<Insight> quiet = InsightReview::compute(engine, at(AsOf), {again});
        QCOMPARE(quiet.front().state, Insight::State::Dismissed);
        QCOMPARE(quiet.front().key, key);
        const InsightReview::Selection selection = InsightReview::select(quiet, 10);
        QCOMPARE(selection.shown.size(), size_t(0));
        QCOMPARE(selection.dismissed, 1);
        // A new episode (another stay in the stage) brings it back whatever the numbers.
        InsightMark otherStay = again;
        otherStay.episode = QDate(2026, 9, 1);
        QVERIFY(InsightReview::movedBeyond(quiet.front(), otherStay, 20));
    }

    void marksRoundTripThroughTheStore()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("marks.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        InsightMarkStore store(db, QStringLiteral("dm_east"));
        const auto data = fixture("stages.json");
        const Engine engine(data, only({QStringLiteral("stage_duration")}));
        auto at = [&](QDate asOf) {
            return engine.resolve(asOf, std::nullopt, Scope::district(QStringLiteral("East")));
        };
        const Insight x1 = InsightReview::compute(engine, at(QDate(2026, 11, 2)), {}).front();

        // A dismissal needs a note; nothing is stored without one.
        const Result<InsightMark> refused = store.save(InsightReview::markFor(x1, InsightMarkStatus::Dismissed,
                                                                              QStringLiteral("  "), QDate(2026, 11, 2)),
                                                       0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("a dismissal needs a note"));
        QCOMPARE(store.marks()->size(), size_t(0));

        auto seen = store.save(InsightReview::markFor(x1, InsightMarkStatus::Seen, {}, QDate(2026, 11, 2)), 0);
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message));
        QCOMPARE(seen->version, 1);
        QCOMPARE(seen->repId, QStringLiteral("A1"));
        QCOMPARE(seen->district, QStringLiteral("East"));
        QCOMPARE(seen->author, QStringLiteral("dm_east"));
        auto dismissed =
            store.save(InsightReview::markFor(x1, InsightMarkStatus::Dismissed,
                                              QStringLiteral("waiting for the budget"), QDate(2026, 11, 2)),
                       seen->version);
        QVERIFY(dismissed.ok());
        QCOMPARE(dismissed->version, 2);
        QCOMPARE(dismissed->recorded.value(QStringLiteral("days_in_stage")), 31.0);
        QCOMPARE(dismissed->episode, QDate(2026, 10, 2));
        // A writer holding the old version changes nothing.
        const auto stale = store.save(InsightReview::markFor(x1, InsightMarkStatus::Seen, {}, QDate(2026, 11, 2)), 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);

        // Read back: dismissed while the numbers stay within 20 % of 31 days, back at 38.
        const std::vector<InsightMark> marks = *store.marks();
        QCOMPARE(marks.size(), size_t(1));
        QCOMPARE(marks.front().status, InsightMarkStatus::Dismissed);
        QCOMPARE(InsightReview::compute(engine, at(QDate(2026, 11, 2)), marks).front().state,
                 Insight::State::Dismissed);
        const Insight back = InsightReview::compute(engine, at(QDate(2026, 11, 9)), marks).front();
        QCOMPARE(back.state, Insight::State::Returned);
        QCOMPARE(back.note, QStringLiteral("waiting for the budget"));
        QCOMPARE(back.markedBy, QStringLiteral("dm_east"));

        const auto history = store.history(marks.front().id);
        QVERIFY(history.ok());
        QStringList fields;
        for (const DmActionChange &change : *history)
            fields << change.field + u'=' + change.newValue;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("insight_mark.status=seen"),
                              QStringLiteral("insight_mark.recorded={\"days_in_stage\":31}"),
                              QStringLiteral("insight_mark.status=dismissed"),
                              QStringLiteral("insight_mark.note=waiting for the budget")}));
        // Never a CRM table: the marks live in insight_mark only.
        QVERIFY(dmActionTables().contains(QStringLiteral("insight_mark")));
    }

    void readOnlyFileFromBeforeTheMarksHasNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE insight_mark")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto reader = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
        const auto marks = InsightMarkStore(**reader, QStringLiteral("dm")).marks();
        QVERIFY(marks.ok());
        QVERIFY(marks->empty());
    }

    void jsonCarriesTheLineage()
    {
        const auto data = fixture("concentration.json");
        const Engine engine(data, only(InsightRules::ruleIds()));
        const Query query = engine.resolve(AsOf, std::nullopt, Scope::district(QStringLiteral("Central")));
        const std::vector<Insight> insights = InsightReview::compute(engine, query, {});
        const nlohmann::json doc = insightsDocument(insights, *data, query, 2);
        QCOMPARE(doc["shown"].get<int>(), 2);
        QCOMPARE(doc["more"].get<int>(), 1);
        // At the compare-to snapshot (11-09) the two concentrations show already; the trend has no
        // snapshot four weeks before 11-09 to compare with, so it is the one new insight.
        QCOMPARE(doc["new"].get<int>(), 1);
        QCOMPARE(doc["insights"][0]["state"].get<std::string>(), std::string("new"));
        QCOMPARE(doc["insights"][1]["state"].get<std::string>(), std::string("unseen"));
        const nlohmann::json &cluster = doc["insights"][1];
        QCOMPARE(cluster["rule"].get<std::string>(), std::string("close_clustering"));
        QCOMPARE(cluster["kind"].get<std::string>(), std::string("concentration"));
        QCOMPARE(cluster["stake"].get<double>(), 300000.0);
        QCOMPARE(cluster["rank"].get<int>(), 2);
        QCOMPARE(cluster["shown"].get<bool>(), true);
        QCOMPARE(cluster["baseline"]["thresholds"]["percent"].get<int>(), 50);
        QCOMPARE(cluster["baseline"]["deals"].size(), size_t(4));
        QCOMPARE(cluster["deals"][0].get<std::string>(), std::string("KD"));
        QCOMPARE(cluster["numbers"][1]["key"].get<std::string>(), std::string("late_amount"));
        QCOMPARE(cluster["numbers"][1]["value"].get<double>(), 300000.0);
        QCOMPARE(doc["insights"][2]["shown"].get<bool>(), false);
    }

    void everyTextIsDescriptiveInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void everyTextIsDescriptiveInBothLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        int count = 0;
        for (const char *name :
             {"stages.json", "moves.json", "health.json", "quarters.json", "outliers.json", "concentration.json"}) {
            const auto data = fixture(name);
            for (const Scope &scope :
                 {Scope::all(), Scope::district(QStringLiteral("East")), Scope::region(QStringLiteral("South"))}) {
                AnalyticsSettings settings;
                settings.insightRules.setParameter(QStringLiteral("stage_duration"), QStringLiteral("min_stays"), 3);
                for (const Insight &insight : run(data, settings, scope)) {
                    for (const QString &text :
                         {insight.text, insight.baseline.text, InsightRules::displayName(insight.ruleId),
                          insightKindName(insight.kind), insightStateName(insight.state)}) {
                        ++count;
                        QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(text));
                        QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
                    }
                    if (language == QLatin1String("ru"))
                        QVERIFY2(insight.text.contains(QRegularExpression(QStringLiteral("[\\x{0430}-\\x{044f}]"))),
                                 qPrintable(insight.text));
                }
            }
        }
        for (const QString &id : InsightRules::ruleIds())
            QVERIFY(DescriptiveLanguage::isDescriptive(InsightRules::description(id)));
        QVERIFY2(count > 100, qPrintable(QString::number(count)));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
