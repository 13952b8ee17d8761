// The DM's capacity assumption sets (AssumptionSetStore): saved, reopened after a restart, renamed,
// guarded by versions, removed; a DM action table that no import and no CRM write touches.
#include "fixtures/SmallDatabase.h"

#include "store/AssumptionSetStore.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

CapacityAssumptions setA()
{
    CapacityAssumptions a;
    a.name = QStringLiteral("A");
    a.attainmentFactor = 0.85;
    a.curves = CapacityAssumptions::Curves::Shipped;
    a.districtTarget = 123456789;
    // One hire placed in district D, one added for region East: both places survive the restart.
    a.hires = {{QStringLiteral("New AE"), QStringLiteral("AE"), QDate(2026, 9, 1), Cents(30000000),
                QStringLiteral("D")},
               {QStringLiteral("Second AE"), QStringLiteral("SE"), QDate(2026, 11, 15), std::nullopt, QString(),
                QStringLiteral("East")}};
    a.leavers = {{QStringLiteral("r1"), QDate(2026, 10, 31)}};
    return a;
}

qint64 count(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestAssumptionSets : public QObject
{
    Q_OBJECT

private slots:
    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sets.db"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            AssumptionSetStore store(**database, QStringLiteral("dm"));
            auto saved = store.save(setA(), 0);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
            QCOMPARE(saved->version, 1);
            CapacityAssumptions b;
            b.name = QStringLiteral("B");
            QVERIFY(store.save(b, 0).ok());
        }
        auto database = Database::open(path);
        QVERIFY(database.ok());
        AssumptionSetStore store(**database, QStringLiteral("dm"));
        auto sets = store.sets();
        QVERIFY(sets.ok());
        QCOMPARE(sets->size(), size_t(2));
        QCOMPARE(sets->at(0).set, setA());
        QCOMPARE(sets->at(0).author, QStringLiteral("dm"));
        QCOMPARE(sets->at(1).set.name, QStringLiteral("B"));
        QCOMPARE(sets->at(1).set.attainmentFactor, 1.0);
        QVERIFY(!sets->at(1).set.districtTarget);

        // An edit with the version read moves it on; one with an old version is refused.
        CapacityAssumptions edited = setA();
        edited.attainmentFactor = 0.9;
        auto saved = store.save(edited, 1);
        QVERIFY(saved.ok());
        QCOMPARE(saved->version, 2);
        auto stale = store.save(setA(), 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(store.sets()->at(0).set.attainmentFactor, 0.9);

        // Renamed: the old name is gone, the new one holds the set; a taken name is refused.
        edited.name = QStringLiteral("C");
        QVERIFY(store.save(edited, 2, QStringLiteral("A")).ok());
        QCOMPARE(store.sets()->at(0).set.name, QStringLiteral("B"));
        QCOMPARE(store.sets()->at(1).set.name, QStringLiteral("C"));
        edited.name = QStringLiteral("B");
        QCOMPARE(store.save(edited, 3, QStringLiteral("C")).error().kind, Error::Kind::Conflict);
        QVERIFY(store.remove(QStringLiteral("C")).ok());
        QCOMPARE(store.sets()->size(), size_t(1));

        CapacityAssumptions nameless;
        QVERIFY(!store.save(nameless, 0).ok());
    }

    // Importing CRM data and emptying the CRM tables leave the sets alone; the sets touch no CRM table.
    void neverTouchedByCrmData()
    {
        QVERIFY(dmActionTables().contains(QStringLiteral("capacity_assumption_set")));
        QVERIFY(!crmTables().contains(QStringLiteral("capacity_assumption_set")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.db"));
        QCOMPARE(test::importSmallFixture(path), QString());
        auto database = Database::open(path);
        QVERIFY(database.ok());
        QStringList before;
        for (const QString &table : crmTables())
            before << QString::number(count(**database, table));
        AssumptionSetStore store(**database, QStringLiteral("dm"));
        QVERIFY(store.save(setA(), 0).ok());
        QStringList after;
        for (const QString &table : crmTables())
            after << QString::number(count(**database, table));
        QCOMPARE(after, before);
        QVERIFY(CrmWriter(**database).removeAll().ok());
        QCOMPARE(store.sets()->size(), size_t(1));
        database->reset();
        QCOMPARE(test::importSmallFixture(path), QString());
        auto reopened = Database::open(path);
        QCOMPARE(AssumptionSetStore(**reopened, QStringLiteral("dm")).sets()->at(0).set, setA());
    }
};

QTEST_GUILESS_MAIN(TestAssumptionSets)
#include "tst_assumption_sets.moc"
