// The qualification history (issue 23): three weekly canonical imports of the same two deals
// (week1/, week2/, week3/ here) and the risk hits of each week read from what was true then.
//
// Both deals are Commit in Negotiation (80), in stage since 2026-05-25, active in the last week,
// every MEDDPICC element confirmed except where noted:
//   d1 closes 2026-06-30, security review complete; Champion partial in week 1 (2026-06-01),
//      confirmed from week 2 (2026-06-08) on.
//   d2 closes 2026-07-10, Champion confirmed; security review not_started in week 1, in_progress
//      from week 2 on.
// Week 3 (2026-06-15) brings week 2's values again (only the activity date moves).
//
// By hand, default rules:
//   as of 2026-06-01: commit_without_champion_or_eb on d1 (Commit, Champion partial); and
//     security_review_not_started on d2 (2026-07-10 is 39 days after 2026-06-01, <= 45, not
//     started). Nothing else: 7 of 8 elements confirmed on d1 (>= 6), paper process confirmed,
//     7 days in stage, 3 days since activity, close dates ahead.
//   as of 2026-06-08 and 2026-06-15: no hit (Champion confirmed, review in progress).
// Before the history, every as-of read the latest import's values: 2026-06-01 showed no hit.
#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/DatasetCache.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/dataset/QualificationHistory.h"
#include "analytics/risk/QualificationChanges.h"
#include "analytics/risk/RiskEngine.h"
#include "export/CanonicalExporter.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "store/QualificationHistoryStore.h"

#include "DealHistoryModel.h"
#include "Format.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString Here = QStringLiteral(DMC_TEST_DIR "/");
const QDate Week1(2026, 6, 1), Week2(2026, 6, 8), Week3(2026, 6, 15);

// "rule deal" per visible hit, in the engine's order (rep, rule, amount).
QStringList hitsOf(const Dataset &data, const QDate &asOf)
{
    QStringList hits;
    const RuleSet rules;
    for (const RiskHit &hit : RiskEngine(data, rules).evaluate(asOf, Scope::all()).hits)
        hits << hit.ruleId + u' ' + hit.opportunityId;
    return hits;
}

const QStringList HitsOfWeek1{QStringLiteral("commit_without_champion_or_eb d1"),
                              QStringLiteral("security_review_not_started d2")};

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    return std::move(opened.value());
}

Importer::Report import(Database &db, const QString &folder)
{
    auto profile = ImportProfile::load(QStringLiteral("canonical"));
    if (!profile)
        qFatal("no canonical profile");
    auto report = Importer(db, *profile).run({folder});
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return report.value();
}

std::shared_ptr<const Dataset> loadFromSql(const Database &db)
{
    auto loaded = DatasetLoader::loadFromSql(db);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toString()));
    return loaded.value();
}

QStringList storedRows(const Database &db)
{
    QStringList rows;
    auto records = QualificationHistoryStore(db).read();
    if (!records)
        return {records.error().toString()};
    for (const QualificationRecord &record : records.value())
        rows << record.opportunityId + u' ' + record.validFrom.toString(Qt::ISODate) + u' '
                + evidenceLevelKey(record.state.meddpicc[size_t(MeddpiccElement::Champion)]) + u' '
                + reviewStatusKey(record.state.securityReview);
    return rows;
}

} // namespace

class TestImportQualificationHistory : public QObject
{
    Q_OBJECT

private slots:
    void eachWeekReadsItsOwnQualification()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.filePath(QStringLiteral("weeks.db")));

        // Week 1 alone: its hits, and one change point per deal (the first values).
        QCOMPARE(import(*db, Here + QStringLiteral("week1")).qualificationChanges, qint64(2));
        const QStringList week1Alone = hitsOf(*loadFromSql(*db), Week1);
        QCOMPARE(week1Alone, HitsOfWeek1);

        // Week 2 changes Champion on d1 and the security review on d2: two change points.
        QCOMPARE(import(*db, Here + QStringLiteral("week2")).qualificationChanges, qint64(2));
        // Week 3 brings the same values: nothing recorded, the earlier points kept.
        QCOMPARE(import(*db, Here + QStringLiteral("week3")).qualificationChanges, qint64(0));
        QCOMPARE(storedRows(*db),
                 (QStringList{QStringLiteral("d1 2026-06-01 partial complete"),
                              QStringLiteral("d1 2026-06-08 confirmed complete"),
                              QStringLiteral("d2 2026-06-01 confirmed not_started"),
                              QStringLiteral("d2 2026-06-08 confirmed in_progress")}));

        const auto data = loadFromSql(*db);
        // The past week's hits are the ones it had before the later imports changed the fields.
        QCOMPARE(hitsOf(*data, Week1), week1Alone);
        QCOMPARE(hitsOf(*data, Week2), QStringList());
        QCOMPARE(hitsOf(*data, Week3), QStringList());
        // An as-of between snapshots reads the snapshot on or before it: 2026-06-05 is week 1.
        QCOMPARE(hitsOf(*data, QDate(2026, 6, 5)), HitsOfWeek1);

        // The latest record is untouched: the deal as the last import gave it.
        const int d1 = data->opportunityIndex(QStringLiteral("d1"));
        QVERIFY(data->opportunity(d1).meddpicc.level(size_t(MeddpiccElement::Champion)) == EvidenceLevel::Confirmed);
        const QualificationHistory &history = data->qualificationHistory();
        QCOMPARE(history.pointsOf(d1).size(), size_t(2));
        QVERIFY(history.stateAsOf(d1, DayNumber(Week3.toJulianDay())) == nullptr); // latest: nothing copied
        QVERIFY(history.stateAsOf(d1, DayNumber(Week2.toJulianDay())) == nullptr);
        const QualificationState *then = history.stateAsOf(d1, DayNumber(Week1.toJulianDay()));
        QVERIFY(then);
        QVERIFY(then->meddpicc[size_t(MeddpiccElement::Champion)] == EvidenceLevel::Partial);
        // Before the first point, the first point's values (the earliest the data knows).
        then = history.stateAsOf(d1, DayNumber(QDate(2026, 5, 1).toJulianDay()));
        QVERIFY(then);
        QVERIFY(then->meddpicc[size_t(MeddpiccElement::Champion)] == EvidenceLevel::Partial);

        // What the deal's history pane lists (no translator: the source texts).
        const std::vector<QualificationChange> changes = QualificationChanges::of(*data, d1);
        QCOMPARE(changes.size(), size_t(1));
        QCOMPARE(changes[0].date, Week2);
        QCOMPARE(changes[0].parts, QStringList{QString::fromUtf8("Champion: partial → confirmed")});
        const int d2 = data->opportunityIndex(QStringLiteral("d2"));
        QCOMPARE(QualificationChanges::of(*data, d2)[0].parts,
                 QStringList{QString::fromUtf8("Security review: not started → in progress")});

        // The deal's history pane: snapshots newest first, the change on the week-2 row.
        ui::DealHistoryModel pane;
        pane.setDeal(data, d1);
        QCOMPARE(pane.rowCount(), 3);
        const auto cell = [&](int row) {
            return pane.data(pane.index(row, ui::DealHistoryModel::Qualification)).toString();
        };
        QCOMPARE(pane.data(pane.index(1, ui::DealHistoryModel::Snapshot)).toString(), ui::Format::date(Week2));
        QCOMPARE(cell(0), QString());
        QCOMPARE(cell(1), ui::Format::date(Week2) + QString::fromUtf8(": Champion: partial → confirmed"));
        QCOMPARE(cell(2), QString());
    }

    void theCacheImageKeepsTheChangePoints()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.filePath(QStringLiteral("cached.db")));
        import(*db, Here + QStringLiteral("week1"));
        import(*db, Here + QStringLiteral("week2"));
        // The first load writes the image (as the import command's prepareAfterImport does); read
        // it back directly.
        QVERIFY(DatasetLoader::load(*db).ok());
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        const std::shared_ptr<Dataset> cached = DatasetCache::read(*stamp);
        QVERIFY(cached);
        QCOMPARE(cached->qualificationHistory().points().size(), size_t(4));
        QCOMPARE(hitsOf(*cached, Week1), HitsOfWeek1);
        QCOMPARE(hitsOf(*cached, Week2), QStringList());
    }

    void theCanonicalExportCarriesTheHistory()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.filePath(QStringLiteral("one.db")));
        import(*db, Here + QStringLiteral("week1"));
        import(*db, Here + QStringLiteral("week2"));
        const QString out = dir.filePath(QStringLiteral("export"));
        QVERIFY(CanonicalExporter(*db).exportTo(out).ok());
        QFile file(out + QStringLiteral("/qualification_history.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header and the four change points
        QCOMPARE(lines[0],
                 QStringLiteral("opportunity_id,valid_from,meddpicc_metrics,meddpicc_economic_buyer,"
                                "meddpicc_decision_criteria,meddpicc_decision_process,meddpicc_paper_process,"
                                "meddpicc_identify_pain,meddpicc_champion,meddpicc_competition,poc_status,poc_start,"
                                "poc_planned_end,poc_last_check_in,poc_success_criteria,security_review,legal_review,"
                                "next_step"));
        QCOMPARE(lines[1],
                 QStringLiteral("d1,2026-06-01,confirmed,confirmed,confirmed,confirmed,confirmed,confirmed,"
                                "partial,confirmed,,,,,0,complete,in_progress,Pricing call"));

        // Imported into a fresh database, the export gives the same weeks; the file's own points
        // match the deals' values at the export's as-of, so the import adds none.
        auto fresh = openDatabase(dir.filePath(QStringLiteral("two.db")));
        QCOMPARE(import(*fresh, out).qualificationChanges, qint64(0));
        QCOMPARE(storedRows(*fresh), storedRows(*db));
        const auto data = loadFromSql(*fresh);
        QCOMPARE(hitsOf(*data, Week1), HitsOfWeek1);
        QCOMPARE(hitsOf(*data, Week2), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestImportQualificationHistory)
#include "tst_import_qualhistory.moc"
