// The dataset image built from the snapshot rows an import streams (DatasetFromImport) equals the
// one built by reading the table back, for a Salesforce history replay and a canonical snapshots
// file; and it is not built, the table being read instead, when the rows streamed are not the
// whole table: a re-import over stored weeks, rows out of key order, no cache. The rows it builds
// wait in a file (SpilledRows) and read back as they were written, or sorted when out of order.
#include "fixtures/DatasetCompare.h"
#include "fixtures/FolderImport.h"

#include "analytics/dataset/DatasetBuilder.h"
#include "analytics/dataset/DatasetCache.h"
#include "analytics/dataset/DatasetFromImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/dataset/SpilledRows.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString SmallFixture = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small");
const QString SalesforceWeeks = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-weeks");

Status importObserved(Database &database, const QString &folder, const QString &profileName,
                      DatasetFromImport &streamed)
{
    auto profile = ImportProfile::load(profileName);
    if (!profile)
        return profile.error();
    ImportOptions options;
    options.snapshotObserver = &streamed;
    auto report = Importer(database, std::move(profile.value()), options).run({folder});
    if (!report)
        return report.error();
    return Done{};
}

// Deals D1 and D2 of rep r1, with a row at each of `dates`. Deal by deal: D1's rows at the dates
// in the order given, then D2's; date by date: both deals' rows at the first date, then the next.
// Amounts count up from 100 dollars in steps of 100, in the order the rows are fed.
enum class FeedOrder { DealByDeal, DateByDate };

void feedTwoDeals(DatasetBuilder &builder, const QList<QDate> &dates, FeedOrder order)
{
    builder.addRep(Rep{QStringLiteral("r1"), QStringLiteral("Rep One")});
    const QList<QByteArray> ids{"D1", "D2"};
    for (const QByteArray &id : ids) {
        Opportunity deal;
        deal.id = QString::fromLatin1(id);
        deal.ownerId = QStringLiteral("r1");
        deal.stage = QStringLiteral("Discovery");
        builder.addOpportunity(deal);
    }
    Cents amount = 10000;
    auto feed = [&](const QByteArray &id, QDate date) {
        DatasetBuilder::RawSnapshot row;
        row.asOf = DayNumber(date.toJulianDay());
        row.opportunityId = id;
        row.ownerId = "r1";
        row.stage = "Discovery";
        row.category = "pipeline";
        row.amount = amount;
        amount += 10000;
        builder.addSnapshot(row);
    };
    if (order == FeedOrder::DealByDeal) {
        for (const QByteArray &id : ids)
            for (const QDate &date : dates)
                feed(id, date);
    } else {
        for (const QDate &date : dates)
            for (const QByteArray &id : ids)
                feed(id, date);
    }
}

// The Dataset of feedTwoDeals(), its rows spilled to a file in `spillFolder` when one is given.
std::shared_ptr<Dataset> twoDeals(const QList<QDate> &dates, FeedOrder order, const QString &spillFolder = {})
{
    DatasetBuilder builder;
    if (!spillFolder.isEmpty())
        builder.spillRowsTo(SpilledRows::create(spillFolder));
    feedTwoDeals(builder, dates, order);
    return builder.finish();
}

} // namespace

class TestDatasetFromImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheDir;
    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        return db ? std::move(db.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cacheDir.isValid() && m_dir.isValid());
        qputenv("DMC_CACHE_DIR", m_cacheDir.path().toUtf8());
    }

    // tests/fixtures/data/salesforce-weeks: 006A in the weeks ending 01-07, 01-14, 01-21 and at
    // 01-24; 006B (created 01-16) at 01-21 and 01-24: six rows replayed from the history.
    void salesforceReplayBuildsTheImageOfTheTable()
    {
        auto db = open(QStringLiteral("sf.db"));
        QVERIFY(db);
        DatasetFromImport streamed(0); // its rows spilled to a file, as at company scale
        const Status imported = importObserved(*db, SalesforceWeeks, QStringLiteral("salesforce"), streamed);
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
        const std::shared_ptr<const Dataset> fromStream = streamed.finish(*db);
        QVERIFY(fromStream);
        auto fromSql = DatasetLoader::loadFromSql(*db);
        QVERIFY(fromSql.ok());
        QCOMPARE(fromStream->rows().size(), size_t(6));
        QCOMPARE(fromStream->snapshotDates(),
                 (QList<QDate>{QDate(2024, 1, 7), QDate(2024, 1, 14), QDate(2024, 1, 21), QDate(2024, 1, 24)}));
        // 006B at 01-21: 4,000.00 EUR at 0.92 EUR a dollar is 4,347.83 USD.
        const qint32 deal = fromStream->opportunityIndex(QStringLiteral("006B"));
        QVERIFY(deal >= 0);
        const auto history = fromStream->historyOf(deal);
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(fromStream->rows()[history.front()].amount, Cents(434783));
        test::compareDatasets(*fromStream, *fromSql.value());
    }

    // The small canonical fixture: 44 snapshot rows, in (as_of, opportunity_id) order.
    void canonicalFileInKeyOrderBuildsTheImageOfTheTable()
    {
        auto db = open(QStringLiteral("canonical.db"));
        QVERIFY(db);
        DatasetFromImport streamed(0); // its rows spilled to a file, as at company scale
        QVERIFY(importObserved(*db, SmallFixture, QStringLiteral("canonical"), streamed).ok());
        const std::shared_ptr<const Dataset> fromStream = streamed.finish(*db);
        QVERIFY(fromStream);
        QCOMPARE(fromStream->rows().size(), size_t(44));
        test::compareDatasets(*fromStream, *DatasetLoader::loadFromSql(*db).value());
    }

    // What the import command does: the image written after the import is the one from the
    // stream, and reads back equal to the table.
    void preparedImageIsTheTable()
    {
        auto db = open(QStringLiteral("prepared.db"));
        QVERIFY(db);
        DatasetFromImport streamed(0); // its rows spilled to a file, as at company scale
        QVERIFY(importObserved(*db, SalesforceWeeks, QStringLiteral("salesforce"), streamed).ok());
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        QVERIFY(!QFileInfo::exists(stamp->file));
        DatasetLoader::prepareAfterImport(*db, &streamed);
        const std::shared_ptr<const Dataset> image = DatasetCache::read(*stamp);
        QVERIFY(image);
        test::compareDatasets(*image, *DatasetLoader::loadFromSql(*db).value());
    }

    // A second export over stored weeks: the stream may leave stored rows standing, so the image
    // comes from the table, with the second export's amount (D01 at 03-09: 30,000 -> 31,000).
    void reimportOverStoredWeeksReadsTheTable()
    {
        auto db = open(QStringLiteral("again.db"));
        QVERIFY(db);
        QVERIFY(test::importFolder(*db, SmallFixture).ok());
        QFile snapshots(SmallFixture + QStringLiteral("/snapshots.csv"));
        QVERIFY(snapshots.open(QIODevice::ReadOnly));
        QByteArray changed = snapshots.readAll();
        const QByteArray before = "2026-03-09,D01,r1,Negotiation,commit,30000,";
        QVERIFY(changed.contains(before));
        changed.replace(before, "2026-03-09,D01,r1,Negotiation,commit,31000,");
        QTemporaryDir copy;
        const QString folder = test::fixtureWith(copy, SmallFixture, QStringLiteral("snapshots.csv"), changed);

        DatasetFromImport streamed;
        QVERIFY(importObserved(*db, folder, QStringLiteral("canonical"), streamed).ok());
        QVERIFY(!streamed.finish(*db));
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        DatasetLoader::prepareAfterImport(*db, &streamed);
        const std::shared_ptr<const Dataset> image = DatasetCache::read(*stamp);
        QVERIFY(image);
        const qint32 deal = image->opportunityIndex(QStringLiteral("D01"));
        QVERIFY(deal >= 0);
        QCOMPARE(image->rows()[image->historyOf(deal).front()].amount, Cents(3100000));
        test::compareDatasets(*image, *DatasetLoader::loadFromSql(*db).value());
    }

    // Two rows of 03-09 swapped (D02 before D01): the stream is refused, the table read.
    void rowsOutOfKeyOrderReadTheTable()
    {
        QFile snapshots(SmallFixture + QStringLiteral("/snapshots.csv"));
        QVERIFY(snapshots.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = snapshots.readAll().split('\n');
        QVERIFY(lines.value(1).startsWith("2026-03-09,D01,") && lines.value(2).startsWith("2026-03-09,D02,"));
        lines.swapItemsAt(1, 2);
        QTemporaryDir copy;
        const QString folder = test::fixtureWith(copy, SmallFixture, QStringLiteral("snapshots.csv"), lines.join('\n'));

        auto db = open(QStringLiteral("unordered.db"));
        QVERIFY(db);
        DatasetFromImport streamed;
        QVERIFY(importObserved(*db, folder, QStringLiteral("canonical"), streamed).ok());
        QVERIFY(!streamed.finish(*db));
        const auto loaded = DatasetLoader::loadFromSql(*db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value()->rows().size(), size_t(44));
    }

    // 40,000 rows (more than one write's buffer of 32,768) read back in place as appended; the
    // file has no name in the folder from the start.
    void spilledRowsReadBackInPlace()
    {
        QTemporaryDir folder;
        std::unique_ptr<SpilledRows> spilled = SpilledRows::create(folder.path());
        QVERIFY(spilled);
        QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        for (qint32 i = 0; i < 40000; ++i) {
            SnapshotRecord row;
            row.amount = Cents(i) * 100;
            row.opportunity = i;
            spilled->append(row);
        }
        MappedColumn<SnapshotRecord> rows;
        QVERIFY(spilled->mapInto(rows));
        QVERIFY(rows.isMapped());
        QCOMPARE(rows.size(), size_t(40000));
        QCOMPARE(rows[0].amount, Cents(0));
        QCOMPARE(rows[32767].opportunity, 32767);
        QCOMPARE(rows[32768].amount, Cents(3276800));
        QCOMPARE(rows[39999].amount, Cents(3999900));
    }

    // Rows fed deal by deal, the later date first: spilled, they are copied and sorted into
    // (date, deal) order as rows held in memory are. Sorted, the rows are D1 200, D2 400 at
    // 03-09, then D1 100, D2 300 at 03-16; D1's history is 200 then 100.
    void spilledRowsOutOfOrderAreSorted()
    {
        const QList<QDate> laterFirst{QDate(2026, 3, 16), QDate(2026, 3, 9)};
        QTemporaryDir folder;
        const std::shared_ptr<Dataset> fromFile = twoDeals(laterFirst, FeedOrder::DealByDeal, folder.path());
        const std::shared_ptr<Dataset> fromMemory = twoDeals(laterFirst, FeedOrder::DealByDeal);
        QVERIFY(fromFile && fromMemory);

        QCOMPARE(fromFile->snapshotDates(), (QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 16)}));
        QCOMPARE(fromFile->rows().size(), size_t(4));
        QCOMPARE(fromFile->rows()[0].amount, Cents(20000));
        QCOMPARE(fromFile->rows()[1].amount, Cents(40000));
        QCOMPARE(fromFile->rows()[3].amount, Cents(30000));
        const auto history = fromFile->historyOf(fromFile->opportunityIndex(QStringLiteral("D1")));
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(fromFile->rows()[history[0]].amount, Cents(20000));
        QCOMPARE(fromFile->rows()[history[1]].amount, Cents(10000));
        test::compareDatasets(*fromFile, *fromMemory);
    }

    // Rows date by date, in order, are used in place: D1 100, D2 200 at 03-09, D1 300, D2 400 at
    // 03-16, equal to the rows held in memory.
    void spilledRowsInOrderEqualHeldOnes()
    {
        const QList<QDate> inOrder{QDate(2026, 3, 9), QDate(2026, 3, 16)};
        QTemporaryDir folder;
        const std::shared_ptr<Dataset> fromFile = twoDeals(inOrder, FeedOrder::DateByDate, folder.path());
        const std::shared_ptr<Dataset> fromMemory = twoDeals(inOrder, FeedOrder::DateByDate);
        QVERIFY(fromFile && fromMemory);
        QCOMPARE(fromFile->rows().size(), size_t(4));
        QCOMPARE(fromFile->rows()[2].amount, Cents(30000));
        QCOMPARE(fromFile->rowsAt(1).size(), size_t(2));
        QCOMPARE(fromFile->rowsAt(1)[1].amount, Cents(40000));
        test::compareDatasets(*fromFile, *fromMemory);
    }

    // With the cache off there is no image to write, so nothing is built during the import.
    void withoutCacheNothingIsBuilt()
    {
        const QByteArray folder = qgetenv("DMC_CACHE_DIR");
        qputenv("DMC_CACHE_DIR", "off");
        auto db = open(QStringLiteral("nocache.db"));
        DatasetFromImport streamed;
        const bool imported = db && importObserved(*db, SmallFixture, QStringLiteral("canonical"), streamed).ok();
        const bool built = db && streamed.finish(*db) != nullptr;
        qputenv("DMC_CACHE_DIR", folder);
        QVERIFY(imported);
        QVERIFY(!built);
    }
};

QTEST_GUILESS_MAIN(TestDatasetFromImport)
#include "tst_datasetfromimport.moc"
