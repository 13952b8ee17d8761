#include "fixtures/risk/RiskFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/risk/RiskEngine.h"
#include "analytics/text/TermLabels.h"
#include "i18n/Translations.h"
#include "store/DefaultTermLabels.h"

#include <QTest>

using namespace dmc;

namespace {

const QDate D(2026, 9, 28);

// Until the English catalogue carries this text's plural forms, "%n day(s)" shows as written.
QString english(QString text)
{
    return text.replace(QStringLiteral("day(s)"), QStringLiteral("days"))
        .replace(QStringLiteral("time(s)"), QStringLiteral("times"));
}

QStringList dealsOf(const RiskResult &result, const QString &rule, bool snoozed = false)
{
    QStringList ids;
    for (const RiskHit &hit : snoozed ? result.snoozed : result.hits)
        if (hit.ruleId == rule)
            ids << hit.opportunityId;
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.mid(1).toInt() < b.mid(1).toInt(); });
    return ids;
}

const RiskHit *find(const RiskResult &result, const QString &rule, const QString &deal)
{
    for (const RiskHit &hit : result.hits)
        if (hit.ruleId == rule && hit.opportunityId == deal)
            return &hit;
    return nullptr;
}

} // namespace

namespace {

// Russian text ties a number to its word with a no-break space, written ~ here.
QString nbsp(const char *text)
{
    return QString::fromUtf8(text).replace(u'~', QChar(0x00A0));
}

} // namespace

class TestRisk : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data;

private slots:
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        TermLabels::install(TermLabels());
    }

    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_data = DatasetLoader::fromCrmData(
            test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json")));
        QCOMPARE(m_data->snapshotCount(), 4);
        QCOMPARE(m_data->opportunities().size(), size_t(21));
    }

    void everyFilterHitsTheExpectedDeals_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("deals");
        auto row = [](const char *rule, QStringList deals) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << deals;
        };
        row("stale_stage", {QStringLiteral("O1"), QStringLiteral("O2")});
        row("close_date_pushed", {QStringLiteral("O4")});
        row("past_close_date", {QStringLiteral("O6")});
        row("commit_without_champion_or_eb", {QStringLiteral("O7")});
        row("paper_process_unmapped", {QStringLiteral("O8")});
        row("security_review_not_started", {QStringLiteral("O9")});
        row("poc_overrun_or_idle", {QStringLiteral("O10"), QStringLiteral("O11")});
        row("renewal_health", {QStringLiteral("O12"), QStringLiteral("O13")});
        row("no_recent_activity", {QStringLiteral("O15")});
        row("amount_dropped", {QStringLiteral("O16")});
        row("meddpicc_incomplete", {QStringLiteral("O18")});
        row("early_stage_commit", {QStringLiteral("O19")});
    }

    void everyFilterHitsTheExpectedDeals()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, deals);
        const RuleSet rules;
        const RiskResult all = RiskEngine(*m_data, rules).evaluate(D, Scope::all());
        QCOMPARE(dealsOf(all, rule), deals);
        const RiskResult one = RiskEngine(*m_data, rules).evaluate(D, Scope::all(), {}, rule);
        QCOMPARE(int(one.hits.size()), deals.size());
        for (const RiskHit &hit : one.hits) {
            QVERIFY(!hit.text.isEmpty());
            QVERIFY(!hit.snapshots.empty());
            QCOMPARE(hit.asOf, D);
        }
    }

    void totalsPerRepAndScope()
    {
        const RuleSet rules;
        const RiskEngine engine(*m_data, rules);
        const RiskResult all = engine.evaluate(D, Scope::all());
        QCOMPARE(all.hits.size(), size_t(15));
        QCOMPARE(all.countsPerRep[size_t(m_data->repIndex(QStringLiteral("R1")))], 7);
        QCOMPARE(all.countsPerRep[size_t(m_data->repIndex(QStringLiteral("R2")))], 3);
        QCOMPARE(all.countsPerRep[size_t(m_data->repIndex(QStringLiteral("R3")))], 5);
        QCOMPARE(engine.evaluate(D, Scope::district(QStringLiteral("East"))).hits.size(), size_t(10));
        QCOMPARE(engine.evaluate(D, Scope::district(QStringLiteral("West"))).hits.size(), size_t(5));
        QCOMPARE(engine.evaluate(D, Scope::rep(QStringLiteral("R2"))).hits.size(), size_t(3));
        // Sorted by rep name: Alice's hits first, in rule order.
        QCOMPARE(all.hits.front().repId, QStringLiteral("R1"));
        QCOMPARE(all.hits.front().ruleId, QStringLiteral("stale_stage"));
        QCOMPARE(all.hits.back().repId, QStringLiteral("R3"));
    }

    void evidenceCarriesTheValues()
    {
        const RuleSet rules;
        const RiskResult all = RiskEngine(*m_data, rules).evaluate(D, Scope::all());

        const RiskHit *stale = find(all, QStringLiteral("stale_stage"), QStringLiteral("O1"));
        QVERIFY(stale);
        QCOMPARE(stale->date(QStringLiteral("entered")), QDate(2026, 8, 20));
        QCOMPARE(stale->number(QStringLiteral("days")), 39);
        QCOMPARE(stale->number(QStringLiteral("limit")), 30);
        QCOMPARE(english(stale->text), QStringLiteral("In Proposal since 2026-08-20: 39 days (limit 30)."));
        QCOMPARE(stale->accountName, QStringLiteral("Acme"));
        QCOMPARE(stale->amount, Cents(5000000));

        const RiskHit *pushed = find(all, QStringLiteral("close_date_pushed"), QStringLiteral("O4"));
        QVERIFY(pushed);
        QCOMPARE(pushed->moves.size(), size_t(2));
        QCOMPARE(pushed->moves[0].from, QDate(2026, 10, 31));
        QCOMPARE(pushed->moves[0].to, QDate(2026, 11, 30));
        QCOMPARE(pushed->moves[0].snapshot, QDate(2026, 9, 14));
        QCOMPARE(pushed->moves[1].to, QDate(2026, 12, 31));
        QCOMPARE(pushed->moves[1].snapshot, QDate(2026, 9, 28));
        QCOMPARE(pushed->snapshots,
                 (std::vector<QDate>{QDate(2026, 9, 7), QDate(2026, 9, 14), QDate(2026, 9, 21), QDate(2026, 9, 28)}));

        const RiskHit *past = find(all, QStringLiteral("past_close_date"), QStringLiteral("O6"));
        QVERIFY(past);
        QCOMPARE(past->number(QStringLiteral("days_past")), 8);

        const RiskHit *drop = find(all, QStringLiteral("amount_dropped"), QStringLiteral("O16"));
        QVERIFY(drop);
        QCOMPARE(drop->number(QStringLiteral("old_amount")), 10000000);
        QCOMPARE(drop->number(QStringLiteral("new_amount")), 7500000);
        QCOMPARE(drop->number(QStringLiteral("drop_percent")), 25);
        QCOMPARE(drop->text,
                 QStringLiteral(
                     "Amount 100,000 USD → 75,000 USD (\u221225%) between snapshots 2026-09-21 and 2026-09-28."));

        const RiskHit *renewalLow = find(all, QStringLiteral("renewal_health"), QStringLiteral("O12"));
        QVERIFY(renewalLow);
        QCOMPARE(renewalLow->number(QStringLiteral("health")), 58);
        QCOMPARE(renewalLow->number(QStringLiteral("baseline_health")), 75);
        QCOMPARE(renewalLow->number(QStringLiteral("change")), -17);
        QCOMPARE(renewalLow->number(QStringLiteral("days_to_renewal")), 48);
        const RiskHit *renewalDrop = find(all, QStringLiteral("renewal_health"), QStringLiteral("O13"));
        QVERIFY(renewalDrop);
        QCOMPARE(renewalDrop->number(QStringLiteral("health")), 68);
        QCOMPARE(renewalDrop->number(QStringLiteral("change")), -12);
        QCOMPARE(renewalDrop->date(QStringLiteral("baseline_date")), QDate(2026, 8, 25));

        const RiskHit *meddpicc = find(all, QStringLiteral("meddpicc_incomplete"), QStringLiteral("O18"));
        QVERIFY(meddpicc);
        QCOMPARE(meddpicc->number(QStringLiteral("confirmed")), 5);
        QCOMPARE(meddpicc->elements.size(), size_t(3));
        QCOMPARE(meddpicc->elements[0].element, MeddpiccElement::PaperProcess);

        const RiskHit *commit = find(all, QStringLiteral("commit_without_champion_or_eb"), QStringLiteral("O7"));
        QVERIFY(commit);
        QCOMPARE(commit->elements.size(), size_t(2));
        QCOMPARE(commit->elements[0].level, EvidenceLevel::Partial);
        QCOMPARE(commit->text, QStringLiteral("In Commit; Champion (partial), Economic buyer (confirmed)."));

        const RiskHit *idle = find(all, QStringLiteral("poc_overrun_or_idle"), QStringLiteral("O11"));
        QVERIFY(idle);
        QCOMPARE(idle->number(QStringLiteral("days_since_check_in")), 18);
        QVERIFY(!idle->fact(QStringLiteral("days_past_planned_end")));
        const RiskHit *overrun = find(all, QStringLiteral("poc_overrun_or_idle"), QStringLiteral("O10"));
        QVERIFY(overrun);
        QCOMPARE(overrun->number(QStringLiteral("days_past_planned_end")), 13);

        const RiskHit *early = find(all, QStringLiteral("early_stage_commit"), QStringLiteral("O19"));
        QVERIFY(early);
        QCOMPARE(early->text, QStringLiteral("In Commit at stage Qualified (probability 25%, limit 40%)."));
    }

    void thresholdsChangeHitCounts_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("hits");
        QTest::newRow("stale 20") << QStringLiteral("stale_stage") << QStringLiteral("days") << 20 << 16;
        QTest::newRow("activity 2") << QStringLiteral("no_recent_activity") << QStringLiteral("days") << 2 << 19;
        QTest::newRow("amount 15") << QStringLiteral("amount_dropped") << QStringLiteral("percent") << 15 << 2;
        QTest::newRow("pushed 1") << QStringLiteral("close_date_pushed") << QStringLiteral("count") << 1 << 2;
        QTest::newRow("meddpicc 8") << QStringLiteral("meddpicc_incomplete") << QStringLiteral("min_confirmed") << 8
                                    << 2;
        QTest::newRow("early 81") << QStringLiteral("early_stage_commit") << QStringLiteral("max_probability") << 81
                                  << 3;
        QTest::newRow("health 90") << QStringLiteral("renewal_health") << QStringLiteral("health") << 90 << 2;
        QTest::newRow("paper 10") << QStringLiteral("paper_process_unmapped") << QStringLiteral("days") << 10 << 0;
        QTest::newRow("security 60") << QStringLiteral("security_review_not_started") << QStringLiteral("days") << 60
                                     << 1;
        QTest::newRow("poc idle 20") << QStringLiteral("poc_overrun_or_idle") << QStringLiteral("idle_days") << 20 << 1;
    }

    void thresholdsChangeHitCounts()
    {
        QFETCH(QString, rule);
        QFETCH(QString, key);
        QFETCH(int, value);
        QFETCH(int, hits);
        RuleSet rules;
        QVERIFY(rules.setParameter(rule, key, value));
        QCOMPARE(int(RiskEngine(*m_data, rules).evaluate(D, Scope::all(), {}, rule).hits.size()), hits);
    }

    void renewalWindowWidens()
    {
        RuleSet rules;
        QVERIFY(rules.setParameter(QStringLiteral("renewal_health"), QStringLiteral("health"), 90));
        QVERIFY(rules.setParameter(QStringLiteral("renewal_health"), QStringLiteral("days"), 160));
        const RiskResult result = RiskEngine(*m_data, rules).evaluate(D, Scope::all());
        QCOMPARE(dealsOf(result, QStringLiteral("renewal_health")),
                 (QStringList{QStringLiteral("O12"), QStringLiteral("O13"), QStringLiteral("O14")}));
    }

    void disabledFilterYieldsNothing()
    {
        RuleSet rules;
        rules.setEnabled(QStringLiteral("stale_stage"), false);
        const RiskEngine engine(*m_data, rules);
        QVERIFY(engine.evaluate(D, Scope::all(), {}, QStringLiteral("stale_stage")).hits.empty());
        const RiskResult all = engine.evaluate(D, Scope::all());
        QCOMPARE(all.hits.size(), size_t(13));
        QVERIFY(dealsOf(all, QStringLiteral("stale_stage")).isEmpty());
        for (const QString &id : RuleSet::ruleIds())
            rules.setEnabled(id, false);
        QVERIFY(RiskEngine(*m_data, rules).evaluate(D, Scope::all()).hits.empty());
    }

    void pastAsOfIsReproducible()
    {
        const RuleSet rules;
        const RiskResult before = RiskEngine(*m_data, rules).evaluate(QDate(2026, 9, 21), Scope::all());
        QCOMPARE(before.asOf, QDate(2026, 9, 21));
        QCOMPARE(dealsOf(before, QStringLiteral("past_close_date")),
                 (QStringList{QStringLiteral("O6"), QStringLiteral("O21")}));
        QVERIFY(dealsOf(before, QStringLiteral("amount_dropped")).isEmpty());
        QVERIFY(dealsOf(before, QStringLiteral("close_date_pushed")).isEmpty());
        // A date between snapshots uses the snapshot before it.
        QCOMPARE(RiskEngine(*m_data, rules).evaluate(QDate(2026, 9, 24), Scope::all()).asOf, QDate(2026, 9, 21));
        QVERIFY(RiskEngine(*m_data, rules).evaluate(QDate(2026, 1, 1), Scope::all()).hits.empty());
    }

    void snoozeHidesAHitUntilItsDate()
    {
        const RuleSet rules;
        const RiskEngine engine(*m_data, rules);
        const std::vector<RiskSnooze> snoozes{{QStringLiteral("O1"), QStringLiteral("stale_stage"), QDate(2026, 10, 5),
                                               QStringLiteral("Board meets in October")},
                                              {QStringLiteral("O6"), QString(), QDate(2026, 9, 27),
                                               QStringLiteral("Waiting for PO")},
                                              {QStringLiteral("O2"), QStringLiteral("past_close_date"),
                                               QDate(2026, 12, 1), QString()}};
        const RiskResult now = engine.evaluate(D, Scope::all(), snoozes);
        QCOMPARE(now.hits.size(), size_t(14));
        QCOMPARE(now.snoozed.size(), size_t(1));
        QCOMPARE(now.snoozed[0].opportunityId, QStringLiteral("O1"));
        QCOMPARE(now.snoozed[0].snoozeReason, QStringLiteral("Board meets in October"));
        QCOMPARE(now.snoozed[0].snoozedUntil, QDate(2026, 10, 5));
        QCOMPARE(now.countsPerRep[size_t(m_data->repIndex(QStringLiteral("R1")))], 6);
        QCOMPARE(dealsOf(now, QStringLiteral("past_close_date")), QStringList{QStringLiteral("O6")}); // ended

        const RiskResult before = engine.evaluate(QDate(2026, 9, 21), Scope::all(), snoozes);
        QCOMPARE(dealsOf(before, QStringLiteral("past_close_date")), QStringList{QStringLiteral("O21")});
        QCOMPARE(dealsOf(before, QStringLiteral("past_close_date"), true), QStringList{QStringLiteral("O6")});
    }

    void enteredDateFallsBackToTheSnapshots()
    {
        // Without an entered date in the export, the first snapshot of the current stage run counts.
        CrmData data = test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"));
        for (SnapshotRow &row : data.snapshots)
            if (row.opportunityId == QLatin1String("O1"))
                row.stageEnteredDate = QDate();
        for (SnapshotRow &row : data.snapshots)
            if (row.opportunityId == QLatin1String("O1") && row.asOf < QDate(2026, 9, 21))
                row.stage = QStringLiteral("Discovery");
        const auto dataset = DatasetLoader::fromCrmData(data);
        RuleSet rules;
        QVERIFY(rules.setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 5));
        const RiskResult result =
            RiskEngine(*dataset, rules).evaluate(D, Scope::rep(QStringLiteral("R1")), {}, QStringLiteral("stale_stage"));
        const RiskHit *hit = find(result, QStringLiteral("stale_stage"), QStringLiteral("O1"));
        QVERIFY(hit);
        QCOMPARE(hit->date(QStringLiteral("entered")), QDate(2026, 9, 21)); // Proposal since the 09-21 snapshot
        QCOMPARE(hit->number(QStringLiteral("days")), 7);
        QVERIFY(hit->fact(QStringLiteral("entered_source")));
        QCOMPARE(hit->snapshots, (std::vector<QDate>{QDate(2026, 9, 21), D}));
        QVERIFY(hit->text.endsWith(QStringLiteral("Entered date taken from the first snapshot in this stage.")));
    }

    void engineFillsCockpitExceptionCounts()
    {
        AnalyticsSettings settings;
        settings.snoozes = {{QStringLiteral("O1"), QString(), QDate(2026, 10, 5), QStringLiteral("r")}};
        const Engine engine(m_data, settings);
        const Query query = engine.resolve(D);
        const RiskResult risk = engine.exceptions(query);
        QCOMPARE(risk.hits.size(), size_t(14));
        QCOMPARE(engine.exceptions(query, QStringLiteral("renewal_health")).hits.size(), size_t(2));
        QVERIFY(!risk.snoozed.empty()); // O1's hits: counted by neither
        const RiskCounts counts = engine.exceptionCounts(query);
        QCOMPARE(counts.visible, 14);
        QCOMPARE(counts.perRep, risk.countsPerRep);
        QVERIFY(!risk.hits.front().text.isEmpty());
        const CockpitResult cockpit = engine.cockpit(query);
        QCOMPARE(cockpit.exceptions, 14);
        int sum = 0;
        for (const TeamRow &row : cockpit.team) {
            sum += row.exceptions;
            if (row.repId == QLatin1String("R1"))
                QCOMPARE(row.exceptions, 6);
            if (row.repId == QLatin1String("R3"))
                QCOMPARE(row.exceptions, 5);
        }
        QCOMPARE(sum, 14);
    }

    void russianEvidenceUsesTheGlossaryAndAgreesTheWords()
    {
        // The labels a new database starts with; the fixture's stages are the default ladder.
        TermLabels::install(TermLabels(defaultTermLabels()));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        const RiskResult all = RiskEngine(*m_data, RuleSet()).evaluate(D, Scope::all());
        auto text = [&](const char *rule, const char *deal) {
            const RiskHit *hit = find(all, QLatin1String(rule), QLatin1String(deal));
            return hit ? hit->text : QString();
        };
        // O2: Negotiation since 2026-09-03, 25 days at 09-28 (limit 21).
        QCOMPARE(text("stale_stage", "O2"), nbsp("На этапе «Переговоры» с 03.09.2026: 25~дней (лимит~21)."));
        // O7: Commit, Champion partial, Economic buyer confirmed.
        QCOMPARE(text("commit_without_champion_or_eb", "O7"),
                 QStringLiteral("В Commit; чемпион подтверждён частично, экономический покупатель подтверждён."));
        // O18: 5 of 8 confirmed; Paper process partial, Identify pain none, Competition partial.
        QCOMPARE(text("meddpicc_incomplete", "O18"),
                 nbsp("В Commit, подтверждено 5~из 8~элементов MEDDPICC (порог~6); остальные: процесс "
                      "оформления подтверждён частично, боль клиента не подтверждена, конкуренты "
                      "подтверждены частично."));
        // O8: Best Case, close 2026-10-20 = 22 days after 09-28.
        QCOMPARE(text("paper_process_unmapped", "O8"),
                 nbsp("Best Case, дата закрытия 20.10.2026 (через 22~дня после даты среза); процесс "
                      "оформления подтверждён частично."));
        // O10: planned end 2026-09-15, 13 days before 09-28; last check-in 09-25, 3 days.
        QCOMPARE(text("poc_overrun_or_idle", "O10"),
                 nbsp("Пилот идёт с 01.08.2026, плановое завершение 15.09.2026, последняя сверка "
                      "25.09.2026. С планового завершения прошло 13~дней. 3~дня с последней сверки "
                      "(лимит~14)."));
        // O19: Commit at Qualified.
        QVERIFY2(text("early_stage_commit", "O19").startsWith(QStringLiteral("В Commit на этапе «Квалификация» (")),
                 qPrintable(text("early_stage_commit", "O19")));
        for (const RiskHit &hit : all.hits)
            QVERIFY2(!hit.text.contains(QStringLiteral("Negotiation")), qPrintable(hit.text));
    }

    void aCloseDateOnTheAsOfDateSaysSo()
    {
        // O8 (paper process partial) and O9 (security review not started) closing on the as-of date.
        CrmData data = test::loadRiskFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"));
        for (SnapshotRow &row : data.snapshots)
            if (row.opportunityId == QLatin1String("O8") || row.opportunityId == QLatin1String("O9"))
                row.closeDate = D;
        const auto dataset = DatasetLoader::fromCrmData(data);
        auto texts = [&] {
            const RiskResult all = RiskEngine(*dataset, RuleSet()).evaluate(D, Scope::all());
            const RiskHit *paper = find(all, QStringLiteral("paper_process_unmapped"), QStringLiteral("O8"));
            const RiskHit *security = find(all, QStringLiteral("security_review_not_started"), QStringLiteral("O9"));
            return QStringList{paper ? paper->text : QString(), security ? security->text : QString()};
        };
        QCOMPARE(texts(),
                 (QStringList{QStringLiteral("Best Case, close date 2026-09-28 (the as-of date); Paper "
                                             "process (partial)."),
                              QStringLiteral("Close date 2026-09-28 (the as-of date); security review: not "
                                             "started.")}));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(texts(),
                 (QStringList{QStringLiteral("Best Case, дата закрытия 28.09.2026 (дата среза); процесс "
                                             "оформления подтверждён частично."),
                              QStringLiteral("Дата закрытия 28.09.2026 (дата среза); проверка ИБ: не "
                                             "начата.")}));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
