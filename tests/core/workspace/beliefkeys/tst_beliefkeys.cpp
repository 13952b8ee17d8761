// Belief ratings are stored as keys and shown in the language of the moment, through the path the
// window and the pack command take (ActionStore -> DmActions -> CoachingPackData). A database from
// before keys holds the belief's text in the language the DM used: it reads in today's language,
// keeps every rating, and stores the key once the DM rates the belief again. A wording that is no
// default belief's stays as written.
//
// Data: the risk fixture (tests/fixtures/risk/README.md); O7 is a Commit deal of Alice (R1) in
// 2026Q4, so it has a belief stack at 2026-09-28.
#include "fixtures/risk/RiskFixture.h"

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "i18n/Translations.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "workspace/DmActions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString O7 = QStringLiteral("O7");
const QString Alice = QStringLiteral("R1");
const QDate AsOf(2026, 9, 28);

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestBeliefKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QTemporaryDir m_dir;

    // The pack's belief stack of O7 in `language`, read from the database as the window does.
    std::vector<CoachingPackData::Belief> stackOfO7(Database &database, const QString &language) const
    {
        DmActions actions;
        actions.attach(&database, QStringLiteral("dana"));
        actions.setDataset(m_engine->sharedDataset());
        actions.setAsOf(AsOf);
        const CoachingPackData::Input input = actions.packInput(Alice);
        Translations::install(language);
        const Query query =
            m_engine->resolve(AsOf, m_engine->calendar().parse(QStringLiteral("2026Q4")), Scope::rep(Alice));
        for (const auto &stack : CoachingPackData::build(*m_engine, query, input).beliefStacks)
            if (stack.opportunityId == O7)
                return stack.beliefs;
        return {};
    }

    static std::vector<BeliefRating> storedRows(Database &database)
    {
        auto rows = ActionStore(database, QStringLiteral("dana")).beliefs(O7);
        return rows ? *rows : std::vector<BeliefRating>{};
    }

private slots:
    void initTestCase()
    {
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::loadRiskFixture(
                                                QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk/risk.json"))),
                                            AnalyticsSettings());
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void oldTextRowsReadInTheCurrentLanguageAndStoreKeysWhenRated()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("dm.db")), Database::OpenMode::ReadWrite);
        QVERIFY(opened.ok());
        Database &database = **opened;
        {
            // Rows as earlier versions wrote them: the text shown at the time.
            ActionStore store(database, QStringLiteral("dana"));
            const auto save = [&](int position, const QString &belief, BeliefLevel rating) {
                BeliefRating row;
                row.opportunityId = O7;
                row.position = position;
                row.belief = belief;
                row.rating = rating;
                QVERIFY(store.saveBelief(row, 0).ok());
            };
            save(2, QStringLiteral("The cost of doing nothing is growing"), BeliefLevel::MostlyProven); // in English
            save(3, utf8("Для этой задачи есть специализированное решение"), BeliefLevel::NeedsProof);  // in Russian
            save(6, QStringLiteral("Board approves in Q4"), BeliefLevel::Proven); // the DM's own words
        }

        const auto ru = stackOfO7(database, QStringLiteral("ru"));
        QCOMPARE(ru.size(), size_t(6));
        QCOMPARE(ru[1].text, utf8("Цена бездействия растёт"));
        QCOMPARE(ru[1].rating, QStringLiteral("mostly_proven"));
        QCOMPARE(ru[2].text, utf8("Для этой задачи есть специализированное решение"));
        QCOMPARE(ru[2].rating, QStringLiteral("needs_proof"));
        QCOMPARE(ru[5].text, QStringLiteral("Board approves in Q4"));
        QCOMPARE(ru[5].rating, QStringLiteral("proven"));
        const auto en = stackOfO7(database, QStringLiteral("en"));
        QCOMPARE(en[1].text, QStringLiteral("The cost of doing nothing is growing"));
        QCOMPARE(en[2].text, QStringLiteral("A purpose-built solution exists for this"));
        QCOMPARE(en[2].rating, QStringLiteral("needs_proof"));
        QCOMPARE(en[5].text, QStringLiteral("Board approves in Q4"));

        // Reading changes nothing stored.
        QCOMPARE(storedRows(database)[0].belief, QStringLiteral("The cost of doing nothing is growing"));

        // The DM rates in Russian: a new rating and a re-rated old row store keys; the others stay.
        {
            DmActions actions;
            actions.attach(&database, QStringLiteral("dana"));
            actions.setDataset(m_engine->sharedDataset());
            actions.setAsOf(AsOf);
            actions.packInput(Alice); // reads the stored versions, as the window does first
            QVERIFY(actions.saveBeliefRating(O7, 1, ru[0].stored(), QStringLiteral("proven")));
            QVERIFY(actions.saveBeliefRating(O7, 2, ru[1].stored(), QStringLiteral("proven")));
        }
        const auto rows = storedRows(database);
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0].position, 1);
        QCOMPARE(rows[0].belief, QStringLiteral("approach_ceiling"));
        QCOMPARE(rows[0].rating, BeliefLevel::Proven);
        QCOMPARE(rows[1].belief, QStringLiteral("cost_of_inaction"));
        QCOMPARE(rows[1].rating, BeliefLevel::Proven);
        QCOMPARE(rows[2].belief, utf8("Для этой задачи есть специализированное решение"));
        QCOMPARE(rows[2].rating, BeliefLevel::NeedsProof);
        QCOMPARE(rows[3].belief, QStringLiteral("Board approves in Q4"));

        // Rated in Russian, read in English.
        const auto after = stackOfO7(database, QStringLiteral("en"));
        QCOMPARE(after[0].text, QStringLiteral("Our current approach has a ceiling"));
        QCOMPARE(after[0].rating, QStringLiteral("proven"));
        QCOMPARE(after[1].text, QStringLiteral("The cost of doing nothing is growing"));
        QCOMPARE(after[1].rating, QStringLiteral("proven"));
        QCOMPARE(after[3].rating, QString());
    }
};

QTEST_GUILESS_MAIN(TestBeliefKeys)
#include "tst_beliefkeys.moc"
