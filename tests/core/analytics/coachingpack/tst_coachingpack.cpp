#include "fixtures/risk/RiskFixture.h"

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "export/json/CoachingPackJson.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

// The risk fixture (tests/fixtures/risk/README.md): Alice (R1) at 2026-09-28, period 2026Q4.
class TestCoachingPack : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    CoachingPackData alice(const CoachingPackData::Input &input = {}) const
    {
        const Query query = m_engine->resolve(QDate(2026, 9, 28), m_engine->calendar().parse(QStringLiteral("2026Q4")),
                                              Scope::rep(QStringLiteral("R1")));
        return CoachingPackData::build(*m_engine, query, input);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::loadRiskFixture(
                                                QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"))),
                                            AnalyticsSettings());
    }

    void numbersExceptionsAndMatrix()
    {
        const CoachingPackData pack = alice();
        QCOMPARE(pack.repName, QStringLiteral("Alice Archer"));
        QCOMPARE(pack.previousAsOf, std::optional<QDate>(QDate(2026, 9, 21)));
        // Q4 open deals of Alice: O1 O2 O10 O13 O16 pipeline, O7 O19 commit.
        QCOMPARE(pack.numbers.commit, Cents(10000000));
        QCOMPARE(pack.numbers.pipeline, Cents(5000000 * 3 + 9000000 + 7500000));
        QCOMPARE(pack.previous.pipeline, Cents(5000000 * 3 + 9000000 + 10000000));
        QVERIFY(pack.changes.invariantHolds());
        QCOMPARE(pack.changes.total.decreased, Cents(2500000));
        QCOMPARE(pack.exceptions.hits.size(), size_t(7));

        QStringList order;
        for (const auto &row : pack.meddpiccMatrix)
            order << row.opportunityId;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("O13"), QStringLiteral("O16"), QStringLiteral("O1"), QStringLiteral("O10"),
                              QStringLiteral("O19"), QStringLiteral("O2"), QStringLiteral("O7")}));
        QCOMPARE(pack.meddpiccMatrix.back().confirmed, 7);
        QCOMPARE(pack.meddpiccMatrix.back().levels[size_t(MeddpiccElement::Champion)], EvidenceLevel::Partial);
    }

    void questionsAreFilledForFlaggedDeals()
    {
        const CoachingPackData pack = alice();
        // Seven flagged deals, one question of each kind per deal.
        QCOMPARE(pack.questions.size(), size_t(21));
        const auto &first = pack.questions.front();
        QCOMPARE(first.opportunityId, QStringLiteral("O1"));
        QCOMPARE(first.questionId, QStringLiteral("diag_stage_history"));
        QCOMPARE(first.rules, QStringList{QStringLiteral("stale_stage")});
        QCOMPARE(first.text,
                 QStringLiteral(
                     "Deal O1 has been in Proposal for 39 days. What has happened on the deal since it entered Proposal?"));
        bool element = false;
        for (const auto &q : pack.questions)
            element |=
                q.text
                == QStringLiteral(
                    "Has the economic buyer at Umbrella confirmed a budget of 50,000 USD for Deal O7: yes or no?");
        QVERIFY(element);
        for (const auto &q : pack.questions)
            QVERIFY2(!q.text.contains(u'{'), qPrintable(q.text));
    }

    void beliefStacksDefaultToCommitDealsWithStoredRatings()
    {
        CoachingPackData::Input input;
        input.ratings.insert(QStringLiteral("O7"),
                             {{2, QString(), QStringLiteral("needs_proof")},
                              {6, QStringLiteral("Board approves in Q4"), QStringLiteral("proven")}});
        input.followUps = {{1, QStringLiteral("R1"), QStringLiteral("O7"), QString(),
                            QStringLiteral("Send mutual plan"), QStringLiteral("Alice"), QDate(2026, 9, 30)},
                           {2, QStringLiteral("R2"), QString(), QString(), QStringLiteral("Other rep"), QString(),
                            QDate(2026, 9, 30)}};
        const CoachingPackData pack = alice(input);
        QCOMPARE(pack.beliefStacks.size(), size_t(2));
        QCOMPARE(pack.beliefStacks[0].opportunityId, QStringLiteral("O19"));
        QCOMPARE(pack.beliefStacks[1].opportunityId, QStringLiteral("O7"));
        const auto &beliefs = pack.beliefStacks[1].beliefs;
        QCOMPARE(beliefs.size(), size_t(6));
        QCOMPARE(beliefs[0].text, QStringLiteral("Our current approach has a ceiling"));
        QCOMPARE(beliefs[0].rating, QString());
        QCOMPARE(beliefs[1].rating, QStringLiteral("needs_proof"));
        QCOMPARE(beliefs[5].text, QStringLiteral("Board approves in Q4"));
        QCOMPARE(pack.followUps.size(), size_t(1));
        QCOMPARE(pack.followUps[0].text, QStringLiteral("Send mutual plan"));

        input.selectedDeals = {QStringLiteral("O1"), QStringLiteral("nope")};
        QCOMPARE(alice(input).beliefStacks.size(), size_t(1));
    }

    // A rating stores a belief's key; ratings stored before keys hold the text of the day in
    // English or Russian. Either reads in the current language; a wording that is no default
    // belief's shows as stored.
    void beliefsReadInTheCurrentLanguage()
    {
        CoachingPackData::Input input;
        input.ratings.insert(QStringLiteral("O7"),
                             {{1, QStringLiteral("approach_ceiling"), QStringLiteral("proven")},
                              {2, QStringLiteral("The cost of doing nothing is growing"),
                               QStringLiteral("mostly_proven")},
                              {3, QString::fromUtf8("Для этой задачи есть специализированное решение"),
                               QStringLiteral("needs_proof")},
                              {6, QStringLiteral("Board approves in Q4"), QStringLiteral("proven")}});
        QVERIFY(Translations::install(QStringLiteral("ru")));
        const CoachingPackData russian = alice(input);
        QVERIFY(Translations::install(QStringLiteral("en")));
        const CoachingPackData english = alice(input);
        const auto &ru = russian.beliefStacks[1].beliefs;
        const auto &en = english.beliefStacks[1].beliefs;
        QCOMPARE(russian.beliefStacks[1].opportunityId, QStringLiteral("O7"));
        QCOMPARE(ru[0].key, QStringLiteral("approach_ceiling"));
        QCOMPARE(ru[0].text, QString::fromUtf8("У нынешнего подхода есть потолок"));
        QCOMPARE(en[0].text, QStringLiteral("Our current approach has a ceiling"));
        // Rated in English before keys: Russian now, and the key it stores from here on.
        QCOMPARE(ru[1].text, QString::fromUtf8("Цена бездействия растёт"));
        QCOMPARE(ru[1].key, QStringLiteral("cost_of_inaction"));
        QCOMPARE(ru[1].stored(), QStringLiteral("cost_of_inaction"));
        QCOMPARE(ru[1].rating, QStringLiteral("mostly_proven"));
        // Rated in Russian before keys: English now.
        QCOMPARE(en[2].text, QStringLiteral("A purpose-built solution exists for this"));
        QCOMPARE(en[2].rating, QStringLiteral("needs_proof"));
        // Not rated: the default in each language.
        QCOMPARE(ru[3].text, QString::fromUtf8("Этот поставщик понимает нашу специфику"));
        QCOMPARE(en[3].rating, QString());
        // The DM's own wording stays as written, in both languages.
        QCOMPARE(ru[5].text, QStringLiteral("Board approves in Q4"));
        QCOMPARE(ru[5].key, QString());
        QCOMPARE(ru[5].stored(), QStringLiteral("Board approves in Q4"));
        QCOMPARE(en[5].text, QStringLiteral("Board approves in Q4"));

        const nlohmann::json json = toJson(english, m_engine->dataset());
        QVERIFY(json["belief_stacks"][1]["beliefs"][1]["belief_key"] == "cost_of_inaction");
        QVERIFY(json["belief_stacks"][1]["beliefs"][1]["belief"] == "The cost of doing nothing is growing");
        QVERIFY(json["belief_stacks"][1]["beliefs"][5]["belief_key"].is_null());
    }

    void metricsBesideTheDistrictMedian()
    {
        const CoachingPackData pack = alice();
        QCOMPARE(pack.metrics.size(), size_t(5));
        const auto &activity = pack.metrics.back();
        QCOMPARE(activity.key, QStringLiteral("activity_days"));
        QCOMPARE(*activity.rep, 3.0);            // every open deal: activity 09-25
        QCOMPARE(*activity.districtMedian, 3.0); // Alice 3, Bob 3
        QCOMPARE(activity.districtReps, 2);
    }

    void jsonAndTextAreDescriptive()
    {
        const CoachingPackData pack = alice();
        const nlohmann::json json = toJson(pack, m_engine->dataset());
        QVERIFY(json["rep_id"] == "R1");
        QVERIFY(json["meddpicc_matrix"].size() == 7);
        QVERIFY(json["meddpicc_matrix"][6]["levels"]["champion"] == "partial");
        QVERIFY(json["questions"].size() == 21);
        QVERIFY(json["exceptions"]["count"] == 7);
        QVERIFY(json["belief_stacks"][0]["beliefs"].size() == 6);
        QVERIFY(json["changes"]["from"] == "2026-09-21");
        const QStringList lines = pack.allText();
        QVERIFY(lines.size() > 30);
        for (const QString &line : lines)
            QVERIFY2(DescriptiveLanguage::isDescriptive(line), qPrintable(line));
        // A scope that is not one rep gives an empty pack.
        const Query district =
            m_engine->resolve(QDate(2026, 9, 28), std::nullopt, Scope::district(QStringLiteral("East")));
        QVERIFY(CoachingPackData::build(*m_engine, district).repId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoachingPack)
#include "tst_coachingpack.moc"
