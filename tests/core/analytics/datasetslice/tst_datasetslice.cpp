// A scope's slice of the data (DatasetSlice): which deals, rows and accounts it keeps, by hand
// from the small fixture (tests/fixtures/small/README.md section 1, with deal D11 moved to an
// account of its own); that the cockpit, the exceptions, the pipeline changes and the forecast
// accuracy of a query within the scope are the same on the slice as on the whole; and that a
// scope's image is a file of its own that follows the data (DatasetLoader::load(database, scope)).
#include "fixtures/DemoDistrict.h"
#include "fixtures/FixtureCsv.h"

#include "analytics/dataset/DatasetCache.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/dataset/DatasetSlice.h"
#include "analytics/engine/Engine.h"
#include "export/json/AccuracyJson.h"
#include "export/json/CockpitJson.h"
#include "export/json/PipelineChangesJson.h"
#include "export/json/RiskJson.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace Qt::StringLiterals;

namespace {

QStringList dealIds(const Dataset &data)
{
    QStringList ids;
    for (const Opportunity &deal : data.opportunities())
        ids << deal.id;
    return ids;
}

QStringList accountIds(const Dataset &data)
{
    QStringList ids;
    for (const Account &account : data.accounts())
        ids << account.id;
    return ids;
}

// "D10 r3" for each row of one snapshot, in row order.
QStringList rowsAt(const Dataset &data, QDate date)
{
    QStringList rows;
    for (const SnapshotRecord &row : data.rowsAt(data.dateIndex(date)))
        rows << data.opportunity(row.opportunity).id + QLatin1Char(' ') + data.reps()[size_t(row.owner)].rep.id;
    return rows;
}

// The snapshot dates of one deal's rows, oldest first.
QList<QDate> historyDates(const Dataset &data, const QString &deal)
{
    QList<QDate> dates;
    for (const quint32 row : data.historyOf(qint32(data.opportunityIndex(deal))))
        dates << data.snapshotDate(data.rows()[row].dateIndex);
    return dates;
}

// What the commands that load a slice answer for `scope` (cockpit, exceptions, changes, accuracy)
// as JSON text.
std::string answers(const std::shared_ptr<const Dataset> &data, const Scope &scope, std::optional<QDate> asOf,
                    std::optional<QDate> compareTo)
{
    const Engine engine(data, AnalyticsSettings());
    const Query query = engine.resolve(asOf, std::nullopt, scope, compareTo);
    return toJson(engine.cockpit(query), *data).dump(1) + toJson(engine.exceptions(query)).dump(1)
        + toJson(engine.changes(*query.compareTo, query.asOf, scope, query.period), *data).dump(1)
        + toJson(engine.accuracy(scope, {}), *data).dump(1);
}

} // namespace

class TestDatasetSlice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheDir;
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_small;

private slots:
    void initTestCase()
    {
        QVERIFY(m_cacheDir.isValid() && m_dir.isValid());
        qputenv("DMC_CACHE_DIR", m_cacheDir.path().toUtf8());
        CrmData crm = test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        // D11 (r3) on an account no other deal has, so that a slice drops accounts too.
        Account a4;
        a4.id = QStringLiteral("a4");
        a4.name = QStringLiteral("Delta Inc");
        crm.accounts.push_back(a4);
        for (Opportunity &deal : crm.opportunities)
            if (deal.id == QLatin1String("D11"))
                deal.accountId = QStringLiteral("a4");
        m_small = DatasetLoader::fromCrmData(crm);
        QCOMPARE(dealIds(*m_small).size(), 12);
        QCOMPARE(accountIds(*m_small), QStringList({u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s}));
    }

    void westKeepsTheDealsItsRepOwnedAtAnySnapshot()
    {
        const std::shared_ptr<const Dataset> west = DatasetSlice::cut(*m_small, Scope::district(u"West"_s));
        // r3 owns D10 and D11, and owned D12 at S1 (r1 from S2 on).
        QCOMPARE(dealIds(*west), QStringList({u"D10"_s, u"D11"_s, u"D12"_s}));
        QCOMPARE(west->opportunityOwner(west->opportunityIndex(u"D12"_s)), west->repIndex(u"r1"_s));
        // Every row of a kept deal, whoever owned it then.
        QCOMPARE(rowsAt(*west, QDate(2026, 3, 9)), QStringList({u"D10 r3"_s, u"D11 r3"_s, u"D12 r3"_s}));
        QCOMPARE(rowsAt(*west, QDate(2026, 3, 16)), QStringList({u"D10 r3"_s, u"D11 r3"_s, u"D12 r1"_s}));
        QCOMPARE(west->rows().size(), size_t(12));
        const QList<QDate> fourSnapshots = {QDate(2026, 3, 9), QDate(2026, 3, 16), QDate(2026, 3, 23),
                                            QDate(2026, 4, 6)};
        QCOMPARE(historyDates(*west, u"D12"_s), fourSnapshots);
        QCOMPARE(historyDates(*west, u"D10"_s), fourSnapshots);
        // D12 is on a1, D10 on a3, D11 on a4: a2 and its reading go.
        QCOMPARE(accountIds(*west), QStringList({u"a1"_s, u"a3"_s, u"a4"_s}));
        QCOMPARE(west->opportunityAccount(west->opportunityIndex(u"D11"_s)), 2);
        QCOMPARE(west->accountIndex(u"a4"_s), 2);
        QCOMPARE(west->healthOf(west->accountIndex(u"a1"_s)).size(), size_t(2));
        QCOMPARE(west->healthOf(west->accountIndex(u"a3"_s)).size(), size_t(0));
        // Kept whole: the reps and the dates. Of the three forecast calls (r1 two, r3 one), r3's.
        QCOMPARE(west->reps().size(), size_t(3));
        QCOMPARE(west->snapshotCount(), 4);
        QCOMPARE(m_small->forecastCalls().size(), size_t(3));
        QCOMPARE(west->forecastCalls().size(), size_t(1));
        QCOMPARE(west->forecastCalls().front().rep, west->repIndex(u"r3"_s));
        QCOMPARE(west->forecastCalls().front().commit, Cents(6000000));
        QCOMPARE(west->presence().bits(), m_small->presence().bits());
    }

    void eastKeepsItsDealsAndTheOneThatLeftIt()
    {
        const std::shared_ptr<const Dataset> east = DatasetSlice::cut(*m_small, Scope::district(u"East"_s));
        QCOMPARE(dealIds(*east),
                 QStringList({u"D01"_s, u"D02"_s, u"D03"_s, u"D04"_s, u"D05"_s, u"D06"_s, u"D07"_s, u"D08"_s, u"D09"_s,
                              u"D12"_s}));
        // D07 was deleted after S2; D08 is new at S3.
        QCOMPARE(rowsAt(*east, QDate(2026, 3, 23)),
                 QStringList({u"D01 r1"_s, u"D02 r1"_s, u"D03 r1"_s, u"D04 r1"_s, u"D05 r1"_s, u"D06 r2"_s, u"D08 r2"_s,
                              u"D09 r2"_s, u"D12 r1"_s}));
        QCOMPARE(historyDates(*east, u"D07"_s), QList<QDate>({QDate(2026, 3, 9), QDate(2026, 3, 16)}));
        QCOMPARE(accountIds(*east), QStringList({u"a1"_s, u"a2"_s, u"a3"_s}));

        const std::shared_ptr<const Dataset> bob = DatasetSlice::cut(*m_small, Scope::rep(u"r2"_s));
        QCOMPARE(dealIds(*bob), QStringList({u"D06"_s, u"D07"_s, u"D08"_s, u"D09"_s}));
        QCOMPARE(bob->rows().size(), size_t(4 + 2 + 2 + 4));
    }

    void answersWithinTheScopeAreThoseOfTheWhole_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("compareTo");
        const QDate s1(2026, 3, 9), s2(2026, 3, 16), s3(2026, 3, 23), s4(2026, 4, 6);
        for (const char *scope : {"district:East", "district:West", "rep:r1", "rep:r2", "rep:r3", "region:North"}) {
            QTest::addRow("%s at S3 against S2", scope) << QString::fromLatin1(scope) << s3 << s2;
            QTest::addRow("%s at S2 against S1", scope) << QString::fromLatin1(scope) << s2 << s1;
            QTest::addRow("%s at S4 against S1", scope) << QString::fromLatin1(scope) << s4 << s1;
        }
    }

    void answersWithinTheScopeAreThoseOfTheWhole()
    {
        QFETCH(QString, scope);
        QFETCH(QDate, asOf);
        QFETCH(QDate, compareTo);
        const Scope parsed = *Scope::parse(scope);
        const std::shared_ptr<const Dataset> slice = DatasetSlice::cut(*m_small, parsed);
        const std::string whole = answers(m_small, parsed, asOf, compareTo);
        QVERIFY(whole.find("\"team\"") != std::string::npos);
        QCOMPARE(answers(slice, parsed, asOf, compareTo), whole);
    }

    void aDemoDistrictAnswersTheSameFromEachScopesImage()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(test::createDemoDistrict(path), QString());
        auto database = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(database.ok());
        auto whole = DatasetLoader::load(**database);
        QVERIFY(whole.ok());
        QVERIFY(!(*whole)->pocs().isEmpty());
        QList<Scope> scopes;
        for (const QString &district : (*whole)->districts())
            scopes << Scope::district(district);
        for (size_t rep = 0; rep < (*whole)->reps().size(); rep += 3)
            scopes << Scope::rep((*whole)->reps()[rep].rep.id);
        QVERIFY(scopes.size() >= 3);
        const QDate latest = *(*whole)->latestSnapshotDate();
        qsizetype partnerLinks = 0;
        for (const Scope &scope : scopes) {
            const auto stamp = DatasetCache::stampOf(**database, scope);
            QVERIFY(stamp);
            QVERIFY(stamp->file != DatasetCache::stampOf(**database)->file);
            QVERIFY(!QFileInfo::exists(stamp->file));
            auto cut = DatasetLoader::load(**database, scope); // cut from the whole, image written
            QVERIFY(cut.ok());
            QVERIFY(QFileInfo::exists(stamp->file));
            auto read = DatasetLoader::load(**database, scope); // read from the image
            QVERIFY(read.ok());
            QVERIFY((*read)->opportunities().size() < (*whole)->opportunities().size());
            QCOMPARE(dealIds(**read), dealIds(**cut));
            // Partner links only of the slice's deals; all of them.
            qsizetype links = 0;
            for (const OpportunityPartner &link : (*whole)->plays().records().opportunityPartners)
                links += (*read)->opportunityIndex(link.opportunityId) >= 0;
            QCOMPARE(qsizetype((*read)->plays().records().opportunityPartners.size()), links);
            partnerLinks += links;
            for (const QDate &asOf : {latest, latest.addDays(-28)}) {
                const std::string expected = answers(*whole, scope, asOf, asOf.addDays(-7));
                QCOMPARE(answers(*cut, scope, asOf, asOf.addDays(-7)), expected);
                QCOMPARE(answers(*read, scope, asOf, asOf.addDays(-7)), expected);
            }
        }
        QVERIFY(partnerLinks > 0);
    }

    void aScopesImageFollowsTheData()
    {
        const QString path = m_dir.filePath(QStringLiteral("follows.db"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            Transaction transaction((*database)->connectionName());
            QVERIFY(CrmWriter(**database)
                        .write(test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small")))
                        .ok());
            QVERIFY(transaction.commit());
        }
        auto database = Database::open(path);
        QVERIFY(database.ok());
        const Scope west = Scope::district(u"West"_s);
        QVERIFY(DatasetLoader::load(**database, west).ok());
        const auto before = DatasetCache::stampOf(**database, west);
        QVERIFY(before && DatasetCache::read(*before));
        QVERIFY(!before->text.contains("scope=district:East"));
        QVERIFY(before->text.endsWith(";scope=district:West"));

        // A CRM write (a deal moves to r3) makes the image stale; the next load cuts it again.
        CrmData moved = test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        for (Opportunity &deal : moved.opportunities)
            if (deal.id == QLatin1String("D05"))
                deal.ownerId = QStringLiteral("r3");
        {
            Transaction transaction((*database)->connectionName());
            QVERIFY(CrmWriter(**database).write(moved).ok());
            QVERIFY(transaction.commit());
        }
        const auto after = DatasetCache::stampOf(**database, west);
        QVERIFY(after && after->file == before->file && after->text != before->text);
        QVERIFY(!DatasetCache::read(*after));
        auto reloaded = DatasetLoader::load(**database, west);
        QVERIFY(reloaded.ok());
        QCOMPARE(dealIds(**reloaded), QStringList({u"D05"_s, u"D10"_s, u"D11"_s, u"D12"_s}));
        QVERIFY(DatasetCache::read(*after));

        // The database's scope images share a folder of their own, which an import empties (its
        // writes made each stale); the company's image is written anew beside it.
        const QString whole = DatasetCache::stampOf(**database)->file;
        QCOMPARE(QFileInfo(after->file).dir().dirName(), QFileInfo(whole).completeBaseName() + u".scopes"_s);
        QVERIFY(DatasetLoader::load(**database, Scope::district(u"East"_s)).ok());
        QCOMPARE(QFileInfo(after->file).dir().entryList(QDir::Files).size(), 2);
        DatasetLoader::prepareAfterImport(**database);
        QVERIFY(!QFileInfo::exists(after->file));
        QVERIFY(!QFileInfo(after->file).dir().exists());
        QVERIFY(QFileInfo::exists(whole));
        QVERIFY(DatasetLoader::load(**database, west).ok());
        QVERIFY(DatasetCache::read(*DatasetCache::stampOf(**database, west)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSlice)
#include "tst_datasetslice.moc"
