// The dataset cache (DatasetCache): a Dataset read back from its image equals the one built from
// SQL, a CRM write makes the image stale, a damaged image is ignored and rewritten; and the
// quick-check record (QuickCheckRecord) that lets Database::open skip PRAGMA quick_check; the POC
// and play rows come back from the image grouped as the SQL load groups them (format 8); the deals'
// id lookup of an image is built on its first use; a command reads the texts in place; rows given
// back read the same again.
#include "fixtures/DatasetCompare.h"
#include "fixtures/DemoDistrict.h"
#include "fixtures/FixtureCsv.h"
#include "fixtures/FolderImport.h"

#include "analytics/dataset/DatasetCache.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "export/json/CockpitJson.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/QuickCheckRecord.h"
#include "store/Transaction.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <future>
#include <optional>

using namespace dmc;
using dmc::test::compareDatasets;

class TestDatasetCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheDir;
    QTemporaryDir m_dir;
    CrmData m_crm;

    static std::string cockpitJson(const std::shared_ptr<const Dataset> &data)
    {
        const Engine engine(data, AnalyticsSettings());
        const Query query = engine.resolve(QDate(2026, 3, 23), engine.calendar().period(2026, 1));
        return toJson(engine.cockpit(query), *data).dump(1);
    }

    std::unique_ptr<Database> freshDatabase(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            return nullptr;
        Transaction transaction((*db)->connectionName());
        if (!CrmWriter(**db).write(m_crm).ok() || !transaction.commit())
            return nullptr;
        return std::move(db.value());
    }

    // The image DatasetLoader writes for `db`, read back once: the stamp naming it, or none.
    static std::optional<DatasetCache::Stamp> writtenImage(Database &db)
    {
        if (!DatasetLoader::load(db).ok())
            return std::nullopt;
        auto stamp = DatasetCache::stampOf(db);
        if (!stamp || !DatasetCache::read(*stamp))
            return std::nullopt;
        return stamp;
    }

    static void comparePocs(const Dataset &a, const Dataset &b)
    {
        const PocRecords &x = a.pocs().records();
        const PocRecords &y = b.pocs().records();
        QCOMPARE(x.pocs.size(), y.pocs.size());
        QCOMPARE(x.criteria.size(), y.criteria.size());
        QCOMPARE(x.checkIns.size(), y.checkIns.size());
        QCOMPARE(x.tasks.size(), y.tasks.size());
        for (size_t i = 0; i < x.pocs.size(); ++i) {
            const PocRecord &p = x.pocs[i];
            QCOMPARE(p.id, y.pocs[i].id);
            QCOMPARE(p.phase, y.pocs[i].phase);
            QCOMPARE(p.outcome, y.pocs[i].outcome);
            QCOMPARE(p.start, y.pocs[i].start);
            QCOMPARE(p.evaluator, y.pocs[i].evaluator);
            QCOMPARE(p.goLive, y.pocs[i].goLive);
            QCOMPARE(p.dataReady, y.pocs[i].dataReady);
            QCOMPARE(a.pocs().criteriaOf(p).size(), b.pocs().criteriaOf(y.pocs[i]).size());
            QCOMPARE(a.pocs().checkInsOf(p).size(), b.pocs().checkInsOf(y.pocs[i]).size());
            QCOMPARE(a.pocs().tasksOf(p).size(), b.pocs().tasksOf(y.pocs[i]).size());
        }
        for (size_t i = 0; i < x.criteria.size(); ++i) {
            QCOMPARE(x.criteria[i].id, y.criteria[i].id);
            QCOMPARE(x.criteria[i].metric, y.criteria[i].metric);
            QCOMPARE(x.criteria[i].result, y.criteria[i].result);
            QCOMPARE(x.criteria[i].changedDate, y.criteria[i].changedDate);
        }
        for (size_t deal = 0; deal < a.opportunities().size(); ++deal)
            QCOMPARE(a.pocs().pocsOf(qint32(deal)).size(), b.pocs().pocsOf(qint32(deal)).size());
    }

    static void comparePlays(const Dataset &a, const Dataset &b)
    {
        const PlayRecords &x = a.plays().records();
        const PlayRecords &y = b.plays().records();
        QCOMPARE(x.partners.size(), y.partners.size());
        for (size_t i = 0; i < x.partners.size(); ++i)
            QCOMPARE(x.partners[i].capabilities, y.partners[i].capabilities);
        QCOMPARE(x.opportunityPartners.size(), y.opportunityPartners.size());
        QCOMPARE(x.plays.size(), y.plays.size());
        for (size_t i = 0; i < x.plays.size(); ++i) {
            QCOMPARE(x.plays[i].segments, y.plays[i].segments);
            QCOMPARE(x.plays[i].minAmount, y.plays[i].minAmount);
            QCOMPARE(x.plays[i].artifacts, y.plays[i].artifacts);
            QCOMPARE(a.plays().stepsOf(x.plays[i]).size(), b.plays().stepsOf(y.plays[i]).size());
        }
        QCOMPARE(x.steps.size(), y.steps.size());
        QCOMPARE(x.compliance.size(), y.compliance.size());
        QCOMPARE(x.tasks.size(), y.tasks.size());
        for (size_t i = 0; i < x.tasks.size(); ++i) {
            QCOMPARE(x.tasks[i].id, y.tasks[i].id);
            QCOMPARE(x.tasks[i].ownerRole, y.tasks[i].ownerRole);
            QCOMPARE(x.tasks[i].dependsOn, y.tasks[i].dependsOn);
        }
        for (size_t deal = 0; deal < a.opportunities().size(); ++deal) {
            QCOMPARE(a.plays().complianceOf(qint32(deal)).size(), b.plays().complianceOf(qint32(deal)).size());
            QCOMPARE(a.plays().tasksOf(qint32(deal)).size(), b.plays().tasksOf(qint32(deal)).size());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cacheDir.isValid() && m_dir.isValid());
        // Before any database opens: nothing of this test lands in the user's cache folder.
        qputenv("DMC_CACHE_DIR", m_cacheDir.path().toUtf8());
        m_crm = test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        QCOMPARE(m_crm.snapshots.size(), size_t(44));
    }

    void imageEqualsSqlLoad()
    {
        auto db = freshDatabase(QStringLiteral("equal.db"));
        QVERIFY(db);
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        QVERIFY(stamp->file.startsWith(m_cacheDir.path()));
        QVERIFY(!QFileInfo::exists(stamp->file));

        auto fromSql = DatasetLoader::loadFromSql(*db);
        QVERIFY(fromSql.ok());
        QVERIFY(!QFileInfo::exists(stamp->file)); // loadFromSql never writes an image
        auto first = DatasetLoader::load(*db);    // builds from SQL, writes the image
        QVERIFY(first.ok());
        QVERIFY(QFileInfo::exists(stamp->file));
        compareDatasets(*first.value(), *fromSql.value());
        if (QTest::currentTestFailed())
            return;
        // The rows' file never had a name there.
        QVERIFY(QDir(QFileInfo(stamp->file).path()).entryList({QStringLiteral("rows-*")}, QDir::Files).isEmpty());
        const std::shared_ptr<const Dataset> cached = DatasetCache::read(*stamp);
        QVERIFY(cached);
        compareDatasets(*cached, *fromSql.value());
        if (QTest::currentTestFailed())
            return;
        const std::string expected = cockpitJson(fromSql.value());
        QCOMPARE(cockpitJson(cached), expected);
        // The fixture's hand-computed won total at S3 (tests/fixtures/small/README.md): 85,000 USD.
        QCOMPARE(nlohmann::json::parse(expected)["totals"]["won"].get<double>(), 85000.0);
        auto second = DatasetLoader::load(*db);
        QVERIFY(second.ok());
        QCOMPARE(cockpitJson(second.value()), expected);
    }

    // Rows given back (Dataset::releaseRows) are read again from the image file, and a dataset built
    // from SQL keeps its own rows: given back, its heap pages would read as zeros.
    void rowsGivenBackReadTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("district.db"));
        QCOMPARE(test::createDemoDistrict(path), QString());
        auto db = Database::open(path);
        QVERIFY(db);
        const auto stamp = writtenImage(**db);
        QVERIFY(stamp);
        const std::shared_ptr<const Dataset> cached = DatasetCache::read(*stamp);
        auto fromSql = DatasetLoader::loadFromSql(**db);
        QVERIFY(cached && fromSql.ok());
        const Dataset &built = *fromSql.value();
        // Whole pages of both, so that there is something to give back.
        QVERIFY(built.rows().size() * sizeof(SnapshotRecord) > 16 * 4096);
        const std::vector<SnapshotRecord> before(built.rows().begin(), built.rows().end());
        cached->releaseRows(cached->rows());
        built.releaseRows(built.rows());
        QCOMPARE(built.rows().size(), before.size());
        QVERIFY(std::memcmp(built.rows().data(), before.data(), before.size() * sizeof(SnapshotRecord)) == 0);
        compareDatasets(*cached, built);
    }

    // The POC fixture (tests/fixtures/poc/README.md: p1-p7, p6 on a deal the data lacks) and the
    // plays fixture (tests/fixtures/plays/README.md) read back from the image as from SQL.
    void pocAndPlayRowsComeBackFromTheImage()
    {
        for (const QString fixture : {QStringLiteral("poc"), QStringLiteral("plays")}) {
            auto opened = Database::open(m_dir.filePath(fixture + QStringLiteral("-rows.db")));
            QVERIFY(opened.ok());
            Database &db = *opened.value();
            QVERIFY(test::importFolder(db, QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/") + fixture).ok());
            auto fromSql = DatasetLoader::loadFromSql(db);
            QVERIFY(fromSql.ok());
            const auto stamp = DatasetCache::stampOf(db);
            QVERIFY(stamp);
            QVERIFY(DatasetLoader::load(db).ok()); // the import wrote the image; this reads it
            const std::shared_ptr<const Dataset> image = DatasetCache::read(*stamp);
            QVERIFY(image);
            const Dataset &sql = *fromSql.value();
            comparePocs(*image, sql);
            comparePlays(*image, sql);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(image->presence().bits(), sql.presence().bits());
            if (fixture == QLatin1String("poc")) {
                QCOMPARE(image->pocs().records().pocs.size(), size_t(6));
                const auto o1 = image->pocs().pocsOf(qint32(image->opportunityIndex(QStringLiteral("o1"))));
                QCOMPARE(o1.size(), size_t(1));
                QCOMPARE(o1[0].evaluator, QStringLiteral("Dana Fox"));
                QCOMPARE(o1[0].goLive, QDate(2026, 5, 1));
            } else {
                QStringList ids;
                for (const DealTask &task :
                     image->plays().tasksOf(qint32(image->opportunityIndex(QStringLiteral("d3")))))
                    ids << task.id;
                QCOMPARE(ids,
                         QStringList(
                             {QStringLiteral("t3"), QStringLiteral("t4"), QStringLiteral("t5"), QStringLiteral("t9")}));
                QStringList artifacts;
                for (const ComplianceRecord &r :
                     image->plays().complianceOf(qint32(image->opportunityIndex(QStringLiteral("d1")))))
                    artifacts << r.artifact;
                QCOMPARE(artifacts, QStringList({QStringLiteral("soc2"), QStringLiteral("vpat")}));
            }
        }
    }

    // What an import calls once it has written: the image of the database as it now stands,
    // so the first command after the import reads it instead of rebuilding.
    void preparedAfterImportTheImageIsCurrent()
    {
        auto db = freshDatabase(QStringLiteral("prepared.db"));
        QVERIFY(db);
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        QVERIFY(!QFileInfo::exists(stamp->file));
        DatasetLoader::prepareAfterImport(*db);
        QVERIFY(QFileInfo::exists(stamp->file));
        const std::shared_ptr<const Dataset> cached = DatasetCache::read(*stamp);
        QVERIFY(cached);
        // The small fixture: 44 snapshot rows; the cockpit from the image equals the SQL one.
        QCOMPARE(cached->rows().size(), size_t(44));
        QCOMPARE(cockpitJson(cached), cockpitJson(DatasetLoader::loadFromSql(*db).value()));
    }

    void crmWriteMakesImageStale()
    {
        auto db = freshDatabase(QStringLiteral("stale.db"));
        QVERIFY(db);
        QVERIFY(DatasetLoader::load(*db).ok());
        const auto before = DatasetCache::stampOf(*db);
        QVERIFY(before && DatasetCache::read(*before));
        QCOMPARE(db->setting(CrmWriter::generationKey()), QStringLiteral("1"));

        // A second import changes one deal's name: same row count, new generation.
        CrmData changed = m_crm;
        QVERIFY(!changed.opportunities.empty());
        const QString id = changed.opportunities.front().id;
        changed.opportunities.front().name = QStringLiteral("Renamed deal");
        {
            Transaction transaction(db->connectionName());
            QVERIFY(CrmWriter(*db).write(changed).ok());
            QVERIFY(transaction.commit());
        }
        QCOMPARE(db->setting(CrmWriter::generationKey()), QStringLiteral("2"));
        const auto after = DatasetCache::stampOf(*db);
        QVERIFY(after);
        QCOMPARE(after->file, before->file);
        QVERIFY(after->text != before->text);
        QVERIFY(!DatasetCache::read(*after)); // the old image does not match
        auto reloaded = DatasetLoader::load(*db);
        QVERIFY(reloaded.ok());
        const Dataset &data = *reloaded.value();
        QCOMPARE(data.opportunity(data.opportunityIndex(id)).name, QStringLiteral("Renamed deal"));
        const auto image = DatasetCache::read(*after); // rewritten for the new generation
        QVERIFY(image);
        QCOMPARE(image->opportunity(image->opportunityIndex(id)).name, QStringLiteral("Renamed deal"));
    }

    void damagedImageIsIgnoredAndRewritten_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("offsets overwritten") << 2;
        QTest::newRow("empty") << 3;
    }

    void damagedImageIsIgnoredAndRewritten()
    {
        QFETCH(int, damage);
        auto db = freshDatabase(QStringLiteral("damaged-%1.db").arg(damage));
        QVERIFY(db);
        auto fromSql = DatasetLoader::loadFromSql(*db);
        QVERIFY(fromSql.ok());
        const auto stamp = writtenImage(*db);
        QVERIFY(stamp);
        {
            QFile file(stamp->file);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 1000);
            switch (damage) {
            case 0: QVERIFY(file.resize(size / 2)); break;
            case 1: file.write(QByteArray(int(size), '\x5a')); break;
            case 2:
                file.seek(size - 40);
                file.write(QByteArray(36, '\xff'));
                break;
            default: QVERIFY(file.resize(0)); break;
            }
        }
        QVERIFY(!DatasetCache::read(*stamp));
        auto loaded = DatasetLoader::load(*db);
        QVERIFY(loaded.ok());
        QCOMPARE(cockpitJson(loaded.value()), cockpitJson(fromSql.value()));
        const auto rewritten = DatasetCache::read(*stamp);
        QVERIFY(rewritten);
        compareDatasets(*rewritten, *fromSql.value());
    }

    // A snapshot row whose index points past what the records hold is refused like any other
    // damage (its bounds are taken on another core while the records are read, format 10).
    void rowIndexOutOfRangeIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("deal past the deals") << QStringLiteral("deal");
        QTest::newRow("negative owner") << QStringLiteral("owner");
        QTest::newRow("stage past the stages") << QStringLiteral("stage");
        QTest::newRow("date past the snapshots") << QStringLiteral("date");
    }

    void rowIndexOutOfRangeIsRefused()
    {
        QFETCH(QString, field);
        auto db = freshDatabase(QStringLiteral("row-%1.db").arg(field));
        QVERIFY(db);
        auto fromSql = DatasetLoader::loadFromSql(*db);
        QVERIFY(fromSql.ok());
        const auto stamp = writtenImage(*db);
        QVERIFY(stamp);
        const Dataset &data = *fromSql.value();
        QVERIFY(data.rows().size() > 2);
        const SnapshotRecord row = data.rows()[1];
        SnapshotRecord damaged = row;
        if (field == u"deal")
            damaged.opportunity = qint32(data.opportunities().size());
        else if (field == u"owner")
            damaged.owner = -2;
        else if (field == u"stage")
            damaged.stage = quint8(data.stages().size());
        else
            damaged.dateIndex = quint16(data.snapshotDates().size());

        QFile file(stamp->file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray image = file.readAll();
        const QByteArray original(reinterpret_cast<const char *>(&row), sizeof row);
        const qsizetype at = image.indexOf(original);
        QVERIFY(at > 0);
        QCOMPARE(image.indexOf(original, at + 1), qsizetype(-1)); // that row, once
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(reinterpret_cast<const char *>(&damaged), sizeof damaged), qint64(sizeof damaged));
        file.close();
        QVERIFY(!DatasetCache::read(*stamp));
    }

    // The string table is read in two halves on two cores (format 11): its header says how many
    // texts there are, how many in the first half and where the second starts. A header that does
    // not match the texts is refused like any other damage.
    void stringTableHalvesThatDoNotMeetAreRefused_data()
    {
        QTest::addColumn<int>("field"); // which of the header's three numbers is off by one
        QTest::newRow("count") << 0;
        QTest::newRow("first half") << 1;
        QTest::newRow("second half's start") << 2;
    }

    void stringTableHalvesThatDoNotMeetAreRefused()
    {
        QFETCH(int, field);
        auto db = freshDatabase(QStringLiteral("strings-%1.db").arg(field));
        QVERIFY(db);
        const auto stamp = writtenImage(*db);
        QVERIFY(stamp);

        QFile file(stamp->file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The trailer (QDataStream, little-endian): the POC block's, the string table's and the
        // plain vectors' offsets, then the end marker.
        QVERIFY(file.seek(file.size() - qint64(3 * sizeof(qint64) + sizeof(quint32))));
        QDataStream trailer(&file);
        trailer.setByteOrder(QDataStream::LittleEndian);
        qint64 pocPlayAt = 0;
        qint64 stringsAt = 0;
        trailer >> pocPlayAt >> stringsAt;
        QVERIFY(stringsAt > pocPlayAt);
        quint64 header[3] = {};
        QVERIFY(file.seek(stringsAt));
        QCOMPARE(file.read(reinterpret_cast<char *>(header), sizeof header), qint64(sizeof header));
        QVERIFY(header[0] > 10); // the fixture's ids, names, stages... are in the table
        QCOMPARE(header[1], header[0] / 2);
        header[field] += 1;
        QVERIFY(file.seek(stringsAt));
        QCOMPARE(file.write(reinterpret_cast<const char *>(header), sizeof header), qint64(sizeof header));
        file.close();
        QVERIFY(!DatasetCache::read(*stamp));
    }

    // A command reads texts in place (format 12): each QString points into the image's mapping,
    // which stays until the process exits, so a text copied out outlives the Dataset. The result
    // equals the copying read's; the table's texts start at an even offset whatever its position.
    void textsReadInPlaceEqualCopiedOnesAndOutliveTheDataset()
    {
        for (const QString fixture : {QStringLiteral("small"), QStringLiteral("poc"), QStringLiteral("plays")}) {
            auto opened = Database::open(m_dir.filePath(fixture + QStringLiteral("-in-place.db")));
            QVERIFY(opened.ok());
            Database &db = *opened.value();
            QVERIFY(test::importFolder(db, QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/") + fixture).ok());
            const auto stamp = writtenImage(db);
            QVERIFY(stamp);
            const std::shared_ptr<const Dataset> copied = DatasetCache::read(*stamp);
            QVERIFY(copied);
            DatasetCache::setTextsInPlace(true);
            std::shared_ptr<const Dataset> inPlace = DatasetCache::read(*stamp);
            DatasetCache::setTextsInPlace(false);
            QVERIFY(inPlace);
            compareDatasets(*inPlace, *copied);
            comparePocs(*inPlace, *copied);
            comparePlays(*inPlace, *copied);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(cockpitJson(inPlace), cockpitJson(copied));

            const QString &copiedId = copied->opportunity(0).id;
            const QString &inPlaceId = inPlace->opportunity(0).id;
            QVERIFY(!copiedId.isEmpty());
            QVERIFY(copiedId.data_ptr().isMutable());   // its own allocation
            QVERIFY(!inPlaceId.data_ptr().isMutable()); // the mapping's bytes
            QCOMPARE(quintptr(inPlaceId.constData()) % alignof(QChar), quintptr(0));
            const QString kept = inPlaceId;
            inPlace.reset();
            QCOMPARE(kept, copiedId); // still readable: the mapping outlived its Dataset
        }
    }

    // An image leaves the deals' id lookup to its first use; two threads asking at once both get
    // every deal's own index, and -1 for an id the data lacks (built once, under std::call_once).
    void idLookupIsBuiltOnFirstUseFromAnyThread()
    {
        auto db = freshDatabase(QStringLiteral("lookup.db"));
        QVERIFY(db);
        QVERIFY(DatasetLoader::load(*db).ok()); // writes the image
        const auto stamp = DatasetCache::stampOf(*db);
        QVERIFY(stamp);
        const std::shared_ptr<const Dataset> image = DatasetCache::read(*stamp);
        QVERIFY(image);
        const qsizetype deals = qsizetype(image->opportunities().size());
        QVERIFY(deals > 1);
        auto lookUpAll = [&image] {
            QList<int> found;
            for (const Opportunity &deal : image->opportunities())
                found << image->opportunityIndex(deal.id);
            found << image->opportunityIndex(QStringLiteral("no-such-deal"));
            return found;
        };
        auto first = std::async(std::launch::async, lookUpAll);
        auto second = std::async(std::launch::async, lookUpAll);
        QList<int> expected;
        for (int i = 0; i < deals; ++i)
            expected << i;
        expected << -1;
        QCOMPARE(first.get(), expected);
        QCOMPARE(second.get(), expected);
    }

    // Written before CrmWriter kept a generation: staleness cannot be told, so no image.
    void databaseWithoutGenerationIsNotCached()
    {
        auto db = freshDatabase(QStringLiteral("old.db"));
        QVERIFY(db);
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DELETE FROM setting WHERE key = 'crm_generation'")));
        QVERIFY(!DatasetCache::stampOf(*db));
        QVERIFY(DatasetLoader::load(*db).ok());
    }

    void quickCheckRecordFollowsTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("checked.db"));
        {
            auto db = freshDatabase(QStringLiteral("checked.db"));
            QVERIFY(db);
        }
        // Just written: too recent to be trusted, so the open checks and remembers nothing.
        QVERIFY(Database::open(path).ok());
        QVERIFY(!QuickCheckRecord::unchangedSinceCleanCheck(path));
        // Aged files (as after two seconds) are remembered after a clean check.
        const QDateTime old = QDateTime::currentDateTime().addSecs(-60);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (QFileInfo(path).metadataChangeTime() > QDateTime::currentDateTime().addSecs(-2))
            QTest::qWait(2100); // ctime cannot be set back: let it age
        QuickCheckRecord::rememberCleanCheck(path);
        QVERIFY(QuickCheckRecord::unchangedSinceCleanCheck(path));
        // Any write changes the fingerprint: the next open checks again.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(4096, '\0'));
        }
        QVERIFY(!QuickCheckRecord::unchangedSinceCleanCheck(path));
        QuickCheckRecord::forget(path);
        QVERIFY(!QuickCheckRecord::unchangedSinceCleanCheck(path));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCache)
#include "tst_datasetcache.moc"
