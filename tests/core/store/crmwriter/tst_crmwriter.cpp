#include "store/CrmReader.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace dmc;

namespace {
CrmData sample()
{
    CrmData data;
    data.reportingCurrency = QStringLiteral("EUR");
    data.stages = {{QStringLiteral("Lead"), 10, 1, false, false}, {QStringLiteral("Closed Won"), 100, 2, true, false}};
    data.currencyRates = {{QStringLiteral("EUR"), 1.0, true}, {QStringLiteral("USD"), 1.1, false}};
    Rep rep;
    rep.id = QStringLiteral("r1");
    rep.name = QStringLiteral("Ann");
    rep.district = QStringLiteral("North");
    data.reps = {rep};
    data.quotas = {{QStringLiteral("r1"), QStringLiteral("2026Q1"), 50000000}};
    Account account;
    account.id = QStringLiteral("a1");
    account.name = QStringLiteral("Acme");
    data.accounts = {account};
    data.healthReadings = {{QStringLiteral("a1"), QDate(2026, 1, 5), 70}};
    Opportunity o;
    o.id = QStringLiteral("o1");
    o.ownerId = QStringLiteral("r1");
    o.name = QStringLiteral("Deal");
    o.stage = QStringLiteral("Lead");
    o.amount = 1234550;
    o.meddpicc.set(size_t(MeddpiccElement::Champion), {EvidenceLevel::Confirmed, QStringLiteral("CTO")});
    Opportunity noAccount = o;
    noAccount.id = QStringLiteral("o2");
    noAccount.amount.reset();
    o.accountId = QStringLiteral("a1");
    data.opportunities = {o, noAccount};
    SnapshotRow row;
    row.asOf = QDate(2026, 1, 11);
    row.opportunityId = QStringLiteral("o1");
    row.ownerId = QStringLiteral("r1");
    row.stage = QStringLiteral("Lead");
    row.amount = 1234550;
    data.snapshots = {row};
    data.forecastCalls = {{QStringLiteral("r1"), QStringLiteral("2026Q1"), QDate(2026, 1, 5), 100, 200}};
    return data;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

class TestCrmWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryTableAndUpsertsByKey()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        CrmData data = sample();
        for (int pass = 0; pass < 2; ++pass) {
            Transaction transaction(db.connectionName());
            const Status written = CrmWriter(db).write(data, 7);
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(count(db, QStringLiteral("stage")), 2);
        QCOMPARE(count(db, QStringLiteral("currency_rate")), 2);
        QCOMPARE(count(db, QStringLiteral("rep")), 1);
        QCOMPARE(count(db, QStringLiteral("quota")), 1);
        QCOMPARE(count(db, QStringLiteral("account")), 1);
        QCOMPARE(count(db, QStringLiteral("health_reading")), 1);
        QCOMPARE(count(db, QStringLiteral("opportunity")), 2);
        QCOMPARE(count(db, QStringLiteral("meddpicc")), 16);
        QCOMPARE(count(db, QStringLiteral("snapshot")), 1);
        QCOMPARE(count(db, QStringLiteral("forecast_call")), 1);
        QCOMPARE(db.setting(QStringLiteral("reporting_currency")), QStringLiteral("EUR"));

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT account_id, amount, import_id FROM opportunity WHERE id = 'o2'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).isNull());
        QVERIFY(query.value(1).isNull());
        QCOMPARE(query.value(2).toLongLong(), 7);
        QVERIFY(query.exec(QStringLiteral("SELECT level, note FROM meddpicc WHERE opportunity_id = 'o1' "
                                          "AND element = 'champion'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("confirmed"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("CTO"));

        // A changed value replaces the stored one instead of adding a row.
        data.opportunities[0].amount = 99;
        data.opportunities[0].meddpicc.set(size_t(MeddpiccElement::Champion), {EvidenceLevel::None, QString()});
        QVERIFY(CrmWriter(db).write(data).ok());
        QCOMPARE(count(db, QStringLiteral("opportunity")), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT amount FROM opportunity WHERE id = 'o1'")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 99);
        QVERIFY(query.exec(QStringLiteral("SELECT level FROM meddpicc WHERE opportunity_id = 'o1' "
                                          "AND element = 'champion'"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("none"));
        // A level the export no longer gives is stored as no value ("") while the deal has others.
        data.opportunities[0].meddpicc.set(size_t(MeddpiccElement::Champion), {});
        data.opportunities[0].meddpicc.setLevel(size_t(MeddpiccElement::Metrics), EvidenceLevel::Partial);
        QVERIFY(CrmWriter(db).write(data).ok());
        QVERIFY(query.exec(QStringLiteral("SELECT level FROM meddpicc WHERE opportunity_id = 'o1' "
                                          "AND element = 'champion'"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QString());
        QCOMPARE(count(db, QStringLiteral("meddpicc")), 16);
        // Its last value gone, the deal has no rows (o2 keeps its eight).
        data.opportunities[0].meddpicc.setLevel(size_t(MeddpiccElement::Metrics), std::nullopt);
        QVERIFY(CrmWriter(db).write(data).ok());
        QCOMPARE(count(db, QStringLiteral("meddpicc")), 8);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM meddpicc WHERE opportunity_id = 'o1'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aDealWithoutMeddpiccHasNoRows()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(opened.ok());
        CrmData data = sample();
        data.opportunities[1].meddpicc = Meddpicc(); // o2: as a Salesforce export gives it
        QVERIFY(CrmWriter(**opened).write(data).ok());
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT opportunity_id FROM meddpicc")));
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        QCOMPARE(ids, QStringList{QStringLiteral("o1")});
        // Read back, o2 has no level and no note, o1 its champion.
        std::map<QString, Meddpicc> read;
        QVERIFY(CrmReader(**opened).readOpportunities([&](const Opportunity &o) { read[o.id] = o.meddpicc; }).ok());
        QVERIFY(read.at(QStringLiteral("o2")).isEmpty());
        QCOMPARE(read.at(QStringLiteral("o1")).level(size_t(MeddpiccElement::Champion)), EvidenceLevel::Confirmed);
        QCOMPARE(read.at(QStringLiteral("o1")).note(size_t(MeddpiccElement::Champion)), QStringLiteral("CTO"));
    }

    void reportsForeignKeyViolation()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("fk.db")));
        QVERIFY(opened.ok());
        CrmData data;
        Opportunity o;
        o.id = QStringLiteral("o1");
        o.ownerId = QStringLiteral("nobody");
        o.name = QStringLiteral("x");
        o.stage = QStringLiteral("Lead");
        data.opportunities = {o};
        const Status written = CrmWriter(**opened).write(data);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Database);
        QVERIFY(written.error().message.contains(QStringLiteral("opportunity")));
    }
};

QTEST_GUILESS_MAIN(TestCrmWriter)
#include "tst_crmwriter.moc"
