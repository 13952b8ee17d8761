// The POC board on tests/fixtures/poc (its README has every value below by hand), the import of the
// four POC files and its errors, the DOR checklist as data.
#include "fixtures/FolderImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Query.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "analytics/poc/PocDigestBuilder.h"
#include "analytics/poc/PocText.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "export/CanonicalExporter.h"
#include "export/poc/PocDigestReport.h"
#include "domain/FiscalCalendar.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/PocReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/poc");

const PocScorecard *find(const PocBoard &board, const QString &id)
{
    for (const PocScorecard &card : board.pocs)
        if (card.poc.id == id)
            return &card;
    return nullptr;
}

} // namespace

class TestPoc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Dataset> m_data;
    PocRecords m_records;
    PocChecklist m_checklist;

    PocBoard board(Scope scope = Scope::all(), int within = 90) const
    {
        const FiscalCalendar calendar;
        const Query query = Query::resolve(*m_data, calendar, QDate(2026, 6, 15), std::nullopt, scope);
        return PocBoardBuilder(*m_data, calendar, m_records, m_checklist).build(query, within);
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("poc.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        const Status imported = test::importFolder(*m_database, FixtureDir);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto data = DatasetLoader::loadFromSql(*m_database);
        QVERIFY(data.ok());
        m_data = *data;
        auto records = PocReader(*m_database).read();
        QVERIFY(records.ok());
        m_records = *records;
    }

    void storedRows()
    {
        QCOMPARE(m_records.pocs.size(), size_t(6));
        QCOMPARE(m_records.criteria.size(), size_t(9));
        QCOMPARE(m_records.checkIns.size(), size_t(12));
        QCOMPARE(m_records.tasks.size(), size_t(9));
        const PocRecord &p4 = m_records.pocs[3];
        QCOMPARE(p4.id, QStringLiteral("p4"));
        QCOMPARE(p4.phase, PocPhase::Stopped);
        QCOMPARE(p4.outcome, std::optional<PocOutcome>(PocOutcome::NoDecision));
        QCOMPARE(p4.actualEnd, QDate(2026, 4, 10));
        QCOMPARE(p4.evaluator, QStringLiteral("Hal Ng"));
        QVERIFY(!p4.exitPlan);
        const PocCriterion &c8 = m_records.criteria[7];
        QCOMPARE(c8.id, QStringLiteral("c8"));
        QCOMPARE(c8.changedDate, QDate(2026, 4, 20));
        QCOMPARE(c8.result, CriterionResult::Met);
        QCOMPARE(m_records.criteria[5].target, QStringLiteral("1,000,000"));
        QCOMPARE(m_records.tasks[0].side, TaskSide::Buyer);
    }

    void boardMembersAndOrder()
    {
        const PocBoard b = board();
        QStringList ids;
        for (const PocScorecard &card : b.pocs)
            ids << card.poc.id;
        // p1 ended in Q1: not on the Q2 board. o6 is the shorthand POC of a deal without a POC row;
        // o2 has both, and its pocs.csv row wins.
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("p4"), QStringLiteral("p3"), QStringLiteral("p5"), QStringLiteral("o6"),
                              QStringLiteral("p2"), QStringLiteral("p7")}));
        QVERIFY(find(b, QStringLiteral("o6"))->fromShorthand);
        QVERIFY(!find(b, QStringLiteral("p2"))->fromShorthand);
    }

    void readyPoc()
    {
        const PocBoard boardP3 = board();
        const PocScorecard &p3 = *find(boardP3, QStringLiteral("p3"));
        QVERIFY(p3.dorRecorded);
        QVERIFY(p3.dorComplete);
        QCOMPARE(p3.dorMissing, 0);
        QCOMPARE(p3.criteriaMeasurable, 2);
        QCOMPARE(p3.criteriaMet, 1);
        QCOMPARE(p3.criteriaOpen, 1);
        QCOMPARE(p3.checkInsPlanned, 3);
        QCOMPARE(p3.checkInsHeldOfPlanned, 2);
        QCOMPARE(p3.lastCheckIn, QDate(2026, 4, 28));
        QCOMPARE(p3.daysSinceCheckIn, std::optional<int>(48));
        QCOMPARE(p3.sellerTasks.open, 1);
        QCOMPARE(p3.sellerTasks.overdue, 1);
        QCOMPARE(p3.buyerTasks.open, 0);
        QCOMPARE(p3.ownerName, QStringLiteral("Bob Stone"));
        QCOMPARE(p3.segment, QStringLiteral("Enterprise"));
    }

    void overrunPoc()
    {
        const PocBoard boardP3 = board();
        const PocScorecard &p3 = *find(boardP3, QStringLiteral("p3"));
        QCOMPARE(p3.elapsedDays, std::optional<int>(70));
        QCOMPARE(p3.plannedDays, std::optional<int>(28));
        QCOMPARE(p3.overrunDays, std::optional<int>(42));
        QVERIFY(!p3.daysLeft);
        QCOMPARE(p3.facts.value(0), QStringLiteral("day 70 of 28 planned"));
        QVERIFY(p3.facts.contains(QStringLiteral("42 days past the planned end")));
        QVERIFY(p3.facts.contains(QStringLiteral("1 seller task overdue")));
    }

    void pocMissingTwoDorItems()
    {
        const PocBoard boardP2 = board();
        const PocScorecard &p2 = *find(boardP2, QStringLiteral("p2"));
        QVERIFY(p2.dorRecorded);
        QVERIFY(!p2.dorComplete);
        QCOMPARE(p2.dorMissing, 2);
        QStringList missing;
        for (const PocDorItem &item : p2.dor)
            if (item.state == PocDorItem::State::Missing)
                missing << item.id;
        QCOMPARE(missing, (QStringList{QStringLiteral("environment_ready"), QStringLiteral("data_ready")}));
        QCOMPARE(p2.criteriaMeasurable, 1);
        QCOMPARE(p2.elapsedDays, std::optional<int>(28));
        QCOMPARE(p2.daysLeft, std::optional<int>(14));
        QCOMPARE(p2.overrunDays, std::optional<int>(0));
        QCOMPARE(p2.checkInsPlanned, 2); // k6 is planned after the as-of
        QCOMPARE(p2.checkInsHeldOfPlanned, 1);
        QCOMPARE(p2.daysSinceCheckIn, std::optional<int>(21));
        QCOMPARE(p2.buyerTasks.total, 4);
        QCOMPARE(p2.buyerTasks.open, 3);
        QCOMPARE(p2.buyerTasks.overdue, 2);
        QCOMPARE(p2.sellerTasks.open, 1);
        QCOMPARE(p2.sellerTasks.overdue, 0);
        QCOMPARE(p2.facts,
                 (QStringList{QStringLiteral("day 28 of 42 planned"), QStringLiteral("14 days left"),
                              QStringLiteral("1 measurable criterion"),
                              QStringLiteral("2 DOR items missing at the start: environment ready on or before the "
                                             "start; data ready"),
                              QStringLiteral("check-ins held: 1 of 2 planned"),
                              QStringLiteral("last check-in 2026-05-25, 21 days before the as-of"),
                              QStringLiteral("2 buyer tasks overdue")}));
    }

    void stoppedPoc()
    {
        const PocBoard boardP4 = board();
        const PocScorecard &p4 = *find(boardP4, QStringLiteral("p4"));
        QVERIFY(p4.ended);
        QCOMPARE(p4.elapsedDays, std::optional<int>(32));
        QCOMPARE(p4.overrunDays, std::optional<int>(4));
        QCOMPARE(p4.dorMissing, 1); // no exit plan
        QCOMPARE(p4.criteriaNotMet, 1);
        QCOMPARE(p4.dealState, PocScorecard::DealState::Lost);
        QCOMPARE(p4.facts.value(0), QStringLiteral("32 days of 28 planned, ended 2026-04-10"));
    }

    void criterionChangedAfterStart()
    {
        const PocBoard boardP5 = board();
        const PocScorecard &p5 = *find(boardP5, QStringLiteral("p5"));
        QCOMPARE(p5.criteriaChangedAfterStart, 1); // c8 changed 04-20; c9 was recorded then, never changed
        QCOMPARE(p5.criteriaMeasurable, 2);
        // Only c8 was recorded by the start (c9 on 04-20): one measurable criterion is enough.
        QVERIFY(p5.dorComplete);
        QCOMPARE(p5.overrunDays, std::optional<int>(0));
        QCOMPARE(p5.elapsedDays, std::optional<int>(25));
        QVERIFY(p5.facts.contains(QStringLiteral("1 criterion changed after the start")));
        QCOMPARE(p5.wonDate, QDate(2026, 6, 5));
    }

    void shorthandPoc()
    {
        const PocBoard boardO6 = board();
        const PocScorecard &o6 = *find(boardO6, QStringLiteral("o6"));
        QVERIFY(!o6.dorRecorded);
        QVERIFY(!o6.dorComplete);
        QCOMPARE(o6.elapsedDays, std::optional<int>(42));
        QCOMPARE(o6.overrunDays, std::optional<int>(14));
        QCOMPARE(o6.checkInsHeld, 1);
        QCOMPARE(o6.daysSinceCheckIn, std::optional<int>(26));
        for (const PocDorItem &item : o6.dor)
            QCOMPARE(item.state, PocDorItem::State::NotRecorded);
    }

    void plannedPoc()
    {
        const PocBoard boardP7 = board();
        const PocScorecard &p7 = *find(boardP7, QStringLiteral("p7"));
        QVERIFY(!p7.started);
        QVERIFY(!p7.elapsedDays);
        QCOMPARE(p7.dorMissing, 6); // everything but the planned end
        QCOMPARE(p7.facts.value(0), QStringLiteral("starts 2026-06-22, 28 days planned"));
    }

    void figures()
    {
        const PocFigures f = board().figures;
        QCOMPARE(f.pocs, 6);
        QCOMPARE(f.started, 5);
        QCOMPARE(f.dorRecorded, 4);
        QCOMPARE(f.dorComplete, 2);
        QCOMPARE(f.duration.n, 5);
        QCOMPARE(f.duration.median, std::optional<double>(32)); // 25 28 32 42 70
        QCOMPARE(f.duration.p75, std::optional<int>(42));
        QCOMPARE(f.overrun.n, 5);
        QCOMPARE(f.overrun.median, std::optional<double>(4)); // 0 0 4 14 42
        QCOMPARE(f.overrun.p75, std::optional<int>(14));
        QCOMPARE(f.overrunning, 3);
        QCOMPARE(f.criteriaMet, 3);
        QCOMPARE(f.criteriaWithResult, 4);
        QCOMPARE(f.withOutcome, 2);
        QCOMPARE(f.technicalWins, 1);
        QCOMPARE(f.checkInsPlanned, 8);
        QCOMPARE(f.checkInsHeldOfPlanned, 6);
        QCOMPARE(f.buyerTasks.total, 5);
        QCOMPARE(f.buyerTasks.open, 3);
        QCOMPARE(f.buyerTasks.overdue, 2);
        QCOMPARE(f.sellerTasks.total, 2);
        QCOMPARE(f.sellerTasks.open, 2);
        QCOMPARE(f.sellerTasks.overdue, 1);
        QCOMPARE(f.decidedWithPoc, 3); // o1, o4, o5
        QCOMPARE(f.wonWithPoc, 2);
        QCOMPARE(f.decidedWithoutPoc, 3); // o7, o9, o10
        QCOMPARE(f.wonWithoutPoc, 1);
    }

    void segments()
    {
        const PocBoard b = board();
        QCOMPARE(b.segments.size(), size_t(2));
        QCOMPARE(b.segments[0].segment, QStringLiteral("Enterprise"));
        QCOMPARE(b.segments[0].duration.n, 3);
        QCOMPARE(b.segments[0].duration.median, std::optional<double>(42)); // 32 42 70
        QCOMPARE(b.segments[0].duration.p75, std::optional<int>(70));
        QCOMPARE(b.segments[0].overrun.median, std::optional<double>(14)); // 4 14 42
        QCOMPARE(b.segments[0].overrun.p75, std::optional<int>(42));
        QCOMPARE(b.segments[1].segment, QStringLiteral("Mid-Market"));
        QCOMPARE(b.segments[1].duration.median, std::optional<double>(26.5)); // 25 28
        QCOMPARE(b.segments[1].duration.p75, std::optional<int>(28));
        QCOMPARE(b.segments[1].overrun.median, std::optional<double>(0));
    }

    void cohortsAcrossTwoQuarters()
    {
        const PocBoard b = board();
        QCOMPARE(b.cohorts.size(), size_t(2));
        const PocCohort &q1 = b.cohorts[0];
        QCOMPARE(q1.period, QStringLiteral("2026Q1"));
        QCOMPARE(q1.started, 2); // p1, p4
        QCOMPARE(q1.dorRecorded, 2);
        QCOMPARE(q1.dorComplete, 1);
        QCOMPARE(q1.duration.median, std::optional<double>(31)); // 30 32
        QCOMPARE(q1.duration.p75, std::optional<int>(32));
        QCOMPARE(q1.overrun.median, std::optional<double>(3)); // 2 4
        QCOMPARE(q1.ended, 2);
        QCOMPARE(q1.wonWithin, 1); // o1 won 47 days after p1 ended; o4 lost
        QCOMPARE(q1.windowOpen, 0);
        QCOMPARE(q1.withGoLive, 1);
        QCOMPARE(q1.liveWithin, 1); // p1 live 58 days after its end
        const PocCohort &q2 = b.cohorts[1];
        QCOMPARE(q2.period, QStringLiteral("2026Q2"));
        QCOMPARE(q2.started, 4); // p3, p5, o6, p2
        QCOMPARE(q2.dorRecorded, 3);
        QCOMPARE(q2.dorComplete, 2);
        QCOMPARE(q2.duration.median, std::optional<double>(35)); // 25 28 42 70
        QCOMPARE(q2.duration.p75, std::optional<int>(42));
        QCOMPARE(q2.overrun.median, std::optional<double>(7)); // 0 0 14 42
        QCOMPARE(q2.ended, 1);
        QCOMPARE(q2.wonWithin, 1); // o5 won 28 days after p5 ended

        // Within 30 days, p1's deal (won 47 days after) no longer counts.
        QCOMPARE(board(Scope::all(), 30).cohorts[0].wonWithin, 0);
    }

    void scope()
    {
        const PocBoard b = board(Scope::rep(QStringLiteral("r1")));
        QStringList ids;
        for (const PocScorecard &card : b.pocs)
            ids << card.poc.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("o6"), QStringLiteral("p2"), QStringLiteral("p7")}));
        QCOMPARE(b.cohorts.size(), size_t(2)); // p1 (Q1), o6 and p2 (Q2)
        QCOMPARE(b.cohorts[0].started, 1);
    }

    void dealScorecards()
    {
        const FiscalCalendar calendar;
        const PocBoardBuilder builder(*m_data, calendar, m_records, m_checklist);
        const auto cards = builder.scorecardsOf(QStringLiteral("o1"), QDate(2026, 6, 15));
        QCOMPARE(cards.size(), size_t(1));
        QCOMPARE(cards[0].poc.id, QStringLiteral("p1"));
        QCOMPARE(cards[0].checkInsPlanned, 3);
        QCOMPARE(cards[0].checkInsHeldOfPlanned, 2);
        QCOMPARE(cards[0].dealState, PocScorecard::DealState::Won);
        // The same POC a month earlier: running, day 14 of 28.
        const auto early = builder.scorecardsOf(QStringLiteral("o1"), QDate(2026, 2, 16));
        QCOMPARE(early[0].facts.value(0), QStringLiteral("day 14 of 28 planned"));
    }

    // The deal detail's builder reads one deal's poc_* columns, not every deal's: each deal's
    // scorecards are the ones the whole-dataset builder gives it (p1 on o1; o2's stored row over
    // its shorthand columns; o6's shorthand POC; none for a deal with neither).
    void oneDealBuilderGivesThatDealsScorecards()
    {
        const FiscalCalendar calendar;
        const QDate asOf(2026, 6, 15);
        const PocBoardBuilder all(*m_data, calendar, m_records, m_checklist);
        QStringList seen;
        for (qint32 i = 0; i < qint32(m_data->opportunities().size()); ++i) {
            const QString id = m_data->opportunity(i).id;
            const PocBoardBuilder one(*m_data, calendar, m_records, m_checklist, i);
            const auto expected = all.scorecardsOf(id, asOf);
            const auto cards = one.scorecardsOf(id, asOf);
            QCOMPARE(cards.size(), expected.size());
            for (size_t c = 0; c < cards.size(); ++c) {
                QCOMPARE(cards[c].poc.id, expected[c].poc.id);
                QCOMPARE(cards[c].fromShorthand, expected[c].fromShorthand);
                QCOMPARE(cards[c].facts, expected[c].facts);
                QCOMPARE(cards[c].elapsedDays, expected[c].elapsedDays);
                QCOMPARE(cards[c].checkInsHeld, expected[c].checkInsHeld);
                seen << id + QLatin1Char(':') + cards[c].poc.id;
            }
        }
        QVERIFY2(seen.contains(QStringLiteral("o1:p1")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(seen.contains(QStringLiteral("o2:p2")));
        QVERIFY(seen.contains(QStringLiteral("o6:o6")));
        QVERIFY(!seen.join(QLatin1Char(' ')).contains(QStringLiteral("o2:o2")));
        // The shorthand POC of o6 is not read by a builder for another deal.
        const PocBoardBuilder other(*m_data, calendar, m_records, m_checklist,
                                    m_data->opportunityIndex(QStringLiteral("o1")));
        QVERIFY(other.scorecardsOf(QStringLiteral("o6"), asOf).empty());
    }

    void checklistAsData()
    {
        PocChecklist checklist;
        QCOMPARE(checklist.items().size(), size_t(7));
        // A database that does not require a data-ready item: p2 misses one item, not two.
        const Status merged =
            checklist.merge(R"({"version":1,"items":[{"id":"data_ready","required":false}]})", QStringLiteral("test"));
        QVERIFY(merged.ok());
        const FiscalCalendar calendar;
        const Query query = Query::resolve(*m_data, calendar, QDate(2026, 6, 15));
        const PocBoard b = PocBoardBuilder(*m_data, calendar, m_records, checklist).build(query);
        QCOMPARE(find(b, QStringLiteral("p2"))->dorMissing, 1);

        const Status bad = checklist.merge(R"({"items":[{"id":"budget"}]})", QStringLiteral("setting"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(QStringLiteral("items[0].id: \"budget\" is not one of")));

        // Stored in the database's setting, read by load().
        QVERIFY(m_database
                    ->setSetting(PocChecklist::SettingKey,
                                 QStringLiteral(R"({"items":[{"id":"measurable_criterion","min_count":2}]})"))
                    .ok());
        auto loaded = PocChecklist::load(*m_database);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->item(QStringLiteral("measurable_criterion"))->minCount, 2);
        QVERIFY(m_database->setSetting(PocChecklist::SettingKey, QStringLiteral("")).ok());
    }

    void descriptiveInBothLanguages()
    {
        for (const char *language : {"en", "ru"}) {
            Translations::install(QString::fromLatin1(language));
            const PocBoard b = board();
            for (const PocScorecard &card : b.pocs)
                for (const QString &fact : card.facts)
                    QVERIFY2(DescriptiveLanguage::isDescriptive(fact), qPrintable(fact));
            for (const QString &id : PocChecklist::itemIds())
                QVERIFY(DescriptiveLanguage::isDescriptive(PocChecklist::label(id)));
        }
        Translations::install(QStringLiteral("ru"));
        const PocBoard russian = board();
        // Russian typography: a no-break space after a number.
        QCOMPARE(PocText::timeline(*find(russian, QStringLiteral("p3"))),
                 QStringLiteral("день 70\u00A0из 28\u00A0по плану"));
        Translations::install(QStringLiteral("en"));
    }

    // The weekly digest of (04-30, 06-15] (tests/cli/pocscommand has its lines) states dates,
    // counts and names only, in both languages.
    void digestIsDescriptiveInBothLanguages()
    {
        for (const char *language : {"en", "ru"}) {
            Translations::install(QString::fromLatin1(language));
            const QDate since(2026, 4, 30);
            const PocDigest digest = PocDigestBuilder::build(board(), since, QStringLiteral("All"));
            QCOMPARE(digest.pocs.size(), size_t(5)); // p3, p5, o6, p2, p7
            int lines = 0;
            for (const PocDigestEntry &entry : digest.pocs) {
                QStringList sentences = PocDigestReport::changeLines(entry, since);
                sentences << PocDigestReport::standingLines(entry);
                for (const QString &sentence : sentences) {
                    QVERIFY2(DescriptiveLanguage::isDescriptive(sentence), qPrintable(sentence));
                    ++lines;
                }
            }
            // The Markdown's bullets: p3 3 + 2, p5 4 + 1, o6 2 + 1, p2 5 + 2, p7 1 + 1.
            QCOMPARE(lines, 22);
        }
        Translations::install(QStringLiteral("en"));
    }

    void exportRoundTrip()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        auto written = CanonicalExporter(*m_database).exportTo(out);
        QVERIFY(written.ok());
        QVERIFY(written->contains(QDir(out).filePath(QStringLiteral("poc_tasks.csv"))));
        auto second = Database::open(dir.filePath(QStringLiteral("two.db")));
        QVERIFY(second.ok());
        const Status imported = test::importFolder(**second, out);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        const QString again = dir.filePath(QStringLiteral("again"));
        QVERIFY(CanonicalExporter(**second).exportTo(again).ok());
        for (const char *name : {"pocs.csv", "poc_criteria.csv", "poc_checkins.csv", "poc_tasks.csv"}) {
            QFile a(QDir(out).filePath(QLatin1String(name))), b(QDir(again).filePath(QLatin1String(name)));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray text = a.readAll();
            QCOMPARE(text, b.readAll());
            QVERIFY(text.count('\n') > 1);
        }
        auto records = PocReader(**second).read();
        QVERIFY(records.ok());
        QCOMPARE(records->criteria[5].target, QStringLiteral("1,000,000"));
        QCOMPARE(records->pocs[0].goLive, QDate(2026, 5, 1));
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("status") << QStringLiteral("pocs.csv")
                                << QByteArray("id,opportunity_id,status,start_date\np1,o1,running,2026-02-02\n")
                                << QStringLiteral("pocs.csv, line 2, column 3: \"running\" is not planned, active, "
                                                  "complete or stopped");
        QTest::newRow("deal") << QStringLiteral("pocs.csv")
                              << QByteArray("id,opportunity_id,status,start_date\np1,o99,active,2026-02-02\n")
                              << QStringLiteral("pocs.csv, line 2, column 2: deal \"o99\" is not in opportunities.csv");
        QTest::newRow("end") << QStringLiteral("pocs.csv")
                             << QByteArray("id,opportunity_id,status,start_date,actual_end\n"
                                           "p1,o1,complete,2026-02-02,2026-01-02\n")
                             << QStringLiteral("pocs.csv, line 2, column 5: actual_end 2026-01-02 is before "
                                               "start_date 2026-02-02");
        QTest::newRow("poc") << QStringLiteral("poc_tasks.csv")
                             << QByteArray("id,poc_id,side,title\nt1,p1,buyer,x\nt2,p9,seller,y\n")
                             << QStringLiteral("poc_tasks.csv, line 3, column 2: POC \"p9\" is not in pocs.csv");
        QTest::newRow("side") << QStringLiteral("poc_tasks.csv")
                              << QByteArray("id,poc_id,side,title\nt1,p1,customer,x\n")
                              << QStringLiteral("poc_tasks.csv, line 2, column 3: \"customer\" is not buyer or seller");
        QTest::newRow("result") << QStringLiteral("poc_criteria.csv") << QByteArray("id,poc_id,result\nc1,p1,passed\n")
                                << QStringLiteral("poc_criteria.csv, line 2, column 3: \"passed\" is not open, met "
                                                  "or not_met");
    }

    void importErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        Translations::install(QStringLiteral("en"));
        QTemporaryDir dir;
        const QString folder = test::fixtureWith(dir, FixtureDir, file, content);
        auto database = Database::open(dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(database.ok());
        const Status imported = test::importFolder(**database, folder);
        QVERIFY(!imported.ok());
        const QString text = imported.error().toString();
        QVERIFY2(text.endsWith(error.section(QStringLiteral(", line"), 1).prepend(QStringLiteral(", line"))),
                 qPrintable(text));
        QVERIFY2(text.contains(file), qPrintable(text));
        // All or nothing: no deal and no POC was written.
        auto stored = PocReader(**database).read();
        QVERIFY(stored.ok());
        QCOMPARE(stored->pocs.size(), size_t(0));
        auto has = CrmReader(**database).hasCrmData();
        QVERIFY(has.ok());
        QVERIFY(!*has);
    }
};

QTEST_GUILESS_MAIN(TestPoc)
#include "tst_poc.moc"
