// Win / loss and source groups of the quarterly review on tests/fixtures/review/ReviewFixture.h:
// counts and amounts by outcome, loss reasons and competitors, and the minimum n for shares.
#include "fixtures/review/ReviewFixture.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "analytics/review/QuarterlyReview.h"
#include "analytics/review/ReviewText.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

class TestReviewWinLoss : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;

    WinLoss winLoss(const Scope &scope)
    {
        const Query query = m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3), scope);
        return QuarterlyReview::build(*m_engine, query, ReviewBaseline::Kind::PreviousPeriod).winLoss;
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(test::reviewFixture()), AnalyticsSettings());
    }

    // D1 in Q3: won 150 + 250 + 300.01, lost 100 with "Price" and 100 without a reason.
    void outcomes()
    {
        const WinLoss w = winLoss(Scope::district(QStringLiteral("D1")));
        QCOMPARE(w.won.count, 3);
        QCOMPARE(w.won.amount, Cents(70001));
        QCOMPARE(w.lostWithReason.count, 1);
        QCOMPARE(w.lostWithReason.amount, Cents(10000));
        QCOMPARE(w.lostWithoutReason.count, 1);
        QCOMPARE(w.noDecision.count, 0);
        QVERIFY(w.dataHasReasons);
        QVERIFY(w.dataHasCompetitors);
        QCOMPARE(w.reps.size(), size_t(1));
        QCOMPARE(w.reps[0].decided(), 5);
        QCOMPARE(*w.reps[0].winRate(), 0.6);
        QCOMPARE(w.districts.size(), size_t(1));
        QCOMPARE(w.districts[0].id, QStringLiteral("D1"));
    }

    // 2 lost deals, under WinLoss::MinimumLostForShare (10): the reason is counted, its share not given.
    void sharesSuppressedBelowTheMinimum()
    {
        QCOMPARE(WinLoss::MinimumLostForShare, 10);
        const WinLoss w = winLoss(Scope::district(QStringLiteral("D1")));
        QVERIFY(!w.sharesShown());
        QCOMPARE(w.reasons.size(), size_t(1));
        QCOMPARE(w.reasons[0].value, QStringLiteral("Price"));
        QCOMPARE(w.reasons[0].lost.count, 1);
        QVERIFY(!w.reasons[0].share);
        QCOMPARE(ReviewText::winLossNotes(w),
                 QStringList{QStringLiteral("2 deals lost: shares are given from 10 lost deals.")});
    }

    // Rep r3: 9 lost (5 Price, 4 No budget), one short of the minimum: no shares.
    void nineLostGiveNoShare()
    {
        const WinLoss w = winLoss(Scope::rep(QStringLiteral("r3")));
        QCOMPARE(w.lost(), 9);
        QVERIFY(!w.sharesShown());
        QCOMPARE(w.reasons[0].value, QStringLiteral("Price"));
        QCOMPARE(w.reasons[0].lost.count, 5);
        QVERIFY(!w.reasons[0].share);
    }

    // District D3: r3's 9 and r4's 1 make 10 lost, the minimum: Price 6 / 10, No budget 4 / 10,
    // Rival named on 3 of the 10.
    void sharesFromTheMinimumOn()
    {
        const WinLoss w = winLoss(Scope::district(QStringLiteral("D3")));
        QCOMPARE(w.lost(), 10);
        QVERIFY(w.sharesShown());
        QCOMPARE(w.lostWithReason.count, 10);
        QCOMPARE(w.lostWithReason.amount, Cents(200000));
        QCOMPARE(w.reasons.size(), size_t(2));
        QCOMPARE(w.reasons[0].value, QStringLiteral("Price"));
        QCOMPARE(w.reasons[0].lost.count, 6);
        QCOMPARE(*w.reasons[0].share, 0.6);
        QCOMPARE(w.reasons[1].value, QStringLiteral("No budget"));
        QCOMPARE(*w.reasons[1].share, 0.4);
        QCOMPARE(w.competitors.size(), size_t(1));
        QCOMPARE(w.competitors[0].value, QStringLiteral("Rival"));
        QCOMPARE(w.competitors[0].lost.count, 3);
        QCOMPARE(*w.competitors[0].share, 0.3);
        QVERIFY(ReviewText::winLossNotes(w).isEmpty());
        QCOMPARE(w.reps.size(), size_t(2));
        QCOMPARE(w.reps[0].id, QStringLiteral("r4")); // by district, then name: Rep Four, Rep Three
        QCOMPARE(w.reps[0].lostWithReason.count, 1);
        QCOMPARE(w.reps[1].lostWithReason.count, 9);
    }

    void sourceGroups_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("group");
        QTest::newRow("web") << QStringLiteral("Web") << QStringLiteral("inbound");
        QTest::newRow("phone inquiry") << QStringLiteral(" Phone Inquiry ") << QStringLiteral("inbound");
        QTest::newRow("referral") << QStringLiteral("Referral") << QStringLiteral("inbound");
        QTest::newRow("purchased list") << QStringLiteral("Purchased List") << QStringLiteral("outbound");
        QTest::newRow("outbound") << QStringLiteral("OUTBOUND") << QStringLiteral("outbound");
        QTest::newRow("partner referral") << QStringLiteral("Partner Referral") << QStringLiteral("partner");
        QTest::newRow("russian partner") << QStringLiteral("Партнёры") << QStringLiteral("partner");
        QTest::newRow("renewal") << QStringLiteral("Renewal") << QStringLiteral("other");
        QTest::newRow("empty") << QString() << QStringLiteral("other");
        QTest::newRow("unknown") << QStringLiteral("Carrier pigeon") << QStringLiteral("other");
    }

    void sourceGroups()
    {
        QFETCH(QString, source);
        QFETCH(QString, group);
        QCOMPARE(SourceGroups::key(SourceGroups::groupOf(source)), group);
    }

    // Every fixture deal's source is "Web": D1's Q3 deals are all inbound, 3 won of 5.
    void sourceMix()
    {
        const Query query = m_engine->resolve(QDate(2026, 10, 5), m_engine->calendar().period(2026, 3),
                                              Scope::district(QStringLiteral("D1")));
        const SourceMix mix = QuarterlyReview::build(*m_engine, query, ReviewBaseline::Kind::PreviousPeriod).sourceMix;
        QCOMPARE(mix.rows.size(), size_t(4));
        QCOMPARE(mix.rows[0].group, SourceGroup::Inbound);
        QCOMPARE(mix.rows[0].won, 3);
        QCOMPARE(mix.rows[0].decided, 5);
        QCOMPARE(mix.rows[0].bookings, Cents(70001));
        QCOMPARE(*mix.rows[0].winRate, 0.6);
        QCOMPARE(mix.rows[1].decided, 0);
        QVERIFY(!mix.rows[1].winRate);
    }
};

QTEST_GUILESS_MAIN(TestReviewWinLoss)
#include "tst_review_winloss.moc"
