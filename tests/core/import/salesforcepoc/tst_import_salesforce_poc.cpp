// POCs from a Salesforce export: the POC__c custom objects and the opportunity's technical evaluation
// fields, read with the built-in salesforce profile (its `values` table maps the picklists). Every value
// below is worked out by hand in tests/fixtures/data/salesforce-poc/README.md.
#include "fixtures/FolderImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Query.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "domain/FiscalCalendar.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/PocReader.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-poc");

// "status|start|planned end|success criteria" of a deal's POC columns.
QString pocColumns(const Database &db, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT poc_status, COALESCE(poc_start, ''), COALESCE(poc_planned_end, ''), "
                                 "poc_success_criteria FROM opportunity WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no deal %1>").arg(id);
    return QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()}
        .join(u'|');
}

template<typename T>
const T *byId(const std::vector<T> &rows, const QString &id)
{
    for (const T &row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

const PocScorecard *card(const PocBoard &board, const QString &id)
{
    for (const PocScorecard &scorecard : board.pocs)
        if (scorecard.poc.id == id)
            return &scorecard;
    return nullptr;
}

} // namespace

class TestImportSalesforcePoc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    PocRecords m_records;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("sf.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        const Status imported = test::importFolder(*m_database, FixtureDir, QStringLiteral("salesforce"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto records = PocReader(*m_database).read();
        QVERIFY(records.ok());
        m_records = *records;
    }

    void customObjects()
    {
        // a0P03 is deleted in the export, and so are its children.
        QCOMPARE(m_records.pocs.size(), size_t(2));
        QCOMPARE(m_records.criteria.size(), size_t(4));
        QCOMPARE(m_records.checkIns.size(), size_t(3));
        QCOMPARE(m_records.tasks.size(), size_t(3));

        const PocRecord *p1 = byId(m_records.pocs, QStringLiteral("a0P01"));
        QVERIFY(p1);
        QCOMPARE(p1->opportunityId, QStringLiteral("006A"));
        QCOMPARE(p1->phase, PocPhase::Active); // "In Progress"
        QVERIFY(!p1->outcome);
        QCOMPARE(p1->start, QDate(2026, 5, 18));
        QCOMPARE(p1->plannedEnd, QDate(2026, 6, 29));
        QCOMPARE(p1->environmentReady, QDate(2026, 5, 15));
        QVERIFY(p1->dataReady);
        QCOMPARE(p1->evaluator, QStringLiteral("Dana Fox (IT)"));
        QVERIFY(p1->exitPlan);
        QVERIFY(p1->nextStepAgreed);

        const PocRecord *p2 = byId(m_records.pocs, QStringLiteral("a0P02"));
        QVERIFY(p2);
        QCOMPARE(p2->phase, PocPhase::Complete); // "Completed"
        QCOMPARE(p2->outcome, std::optional<PocOutcome>(PocOutcome::TechnicalWin));
        QCOMPARE(p2->actualEnd, QDate(2026, 4, 3));
        QCOMPARE(p2->goLive, QDate(2026, 6, 1));
        QVERIFY(!p2->exitPlan);
    }

    void picklistsAndTimestamps()
    {
        const PocCriterion *c1 = byId(m_records.criteria, QStringLiteral("a0C01"));
        QVERIFY(c1);
        QCOMPARE(c1->pocId, QStringLiteral("a0P01"));
        QCOMPARE(c1->result, CriterionResult::Open);    // "Not Evaluated"
        QCOMPARE(c1->recordedDate, QDate(2026, 5, 10)); // CreatedDate 2026-05-10T14:03:00.000Z
        QCOMPARE(c1->method, QStringLiteral("time study"));
        QCOMPARE(byId(m_records.criteria, QStringLiteral("a0C02"))->result, CriterionResult::Open); // blank
        QCOMPARE(byId(m_records.criteria, QStringLiteral("a0C02"))->changedDate, QDate(2026, 5, 28));
        const PocCriterion *c3 = byId(m_records.criteria, QStringLiteral("a0C03"));
        QCOMPARE(c3->result, CriterionResult::Met);
        QCOMPARE(c3->target, QStringLiteral("1,000,000"));
        const PocCriterion *c4 = byId(m_records.criteria, QStringLiteral("a0C04"));
        QCOMPARE(c4->result, CriterionResult::NotMet); // "Not Met"
        QCOMPARE(c4->resultDate, QDate(2026, 4, 1));

        QCOMPARE(byId(m_records.tasks, QStringLiteral("a0T01"))->side, TaskSide::Buyer);  // "Customer"
        QCOMPARE(byId(m_records.tasks, QStringLiteral("a0T02"))->side, TaskSide::Seller); // "Our Team"
        QCOMPARE(byId(m_records.tasks, QStringLiteral("a0T03"))->side, TaskSide::Buyer);  // "Buyer", as it is
        QCOMPARE(byId(m_records.tasks, QStringLiteral("a0T01"))->title, QStringLiteral("Provide test data"));
        QCOMPARE(byId(m_records.tasks, QStringLiteral("a0T02"))->doneDate, QDate(2026, 6, 4));

        const PocCheckIn *k1 = byId(m_records.checkIns, QStringLiteral("a0K01"));
        QCOMPARE(k1->heldDate, QDate(2026, 5, 25));
        QCOMPARE(k1->note, QStringLiteral("kick-off"));
        QVERIFY(!byId(m_records.checkIns, QStringLiteral("a0K02"))->heldDate.isValid());
    }

    void opportunityFields()
    {
        QCOMPARE(pocColumns(*m_database, QStringLiteral("006C")), QStringLiteral("active|2026-05-04|2026-06-01|1"));
        // A blank status stays blank (not recorded), as in the canonical columns.
        QCOMPARE(pocColumns(*m_database, QStringLiteral("006D")), QStringLiteral("|||0"));
        QCOMPARE(pocColumns(*m_database, QStringLiteral("006A")), QStringLiteral("|||0"));
    }

    // The board reads what the import stored as it reads canonical POCs.
    void board()
    {
        auto data = DatasetLoader::loadFromSql(*m_database);
        QVERIFY(data.ok());
        const FiscalCalendar calendar;
        const Query query = Query::resolve(**data, calendar, QDate(2026, 6, 15), std::nullopt, Scope::all());
        const PocBoard board = PocBoardBuilder(**data, calendar, m_records, PocChecklist()).build(query, 90);
        QStringList ids;
        for (const PocScorecard &scorecard : board.pocs)
            ids << scorecard.poc.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("006C"), QStringLiteral("a0P01"), QStringLiteral("a0P02")}));

        const PocScorecard &p1 = *card(board, QStringLiteral("a0P01"));
        QVERIFY(p1.dorComplete);
        QCOMPARE(p1.dorMissing, 0);
        QCOMPARE(p1.elapsedDays, std::optional<int>(28)); // 05-18 to 06-15
        QCOMPARE(p1.plannedDays, std::optional<int>(42)); // 05-18 to 06-29
        QCOMPARE(p1.criteriaMeasurable, 1);               // a0C02 has no metric or target
        QCOMPARE(p1.buyerTasks.open, 2);
        QCOMPARE(p1.buyerTasks.overdue, 1); // a0T01, due 06-01
        QCOMPARE(p1.sellerTasks.open, 0);
        QCOMPARE(p1.ownerName, QStringLiteral("Ann Lee"));

        const PocScorecard &p2 = *card(board, QStringLiteral("a0P02"));
        QVERIFY(p2.dorRecorded);
        QCOMPARE(p2.dorMissing, 1);                       // no exit plan
        QCOMPARE(p2.elapsedDays, std::optional<int>(25)); // 03-09 to 04-03
        QCOMPARE(p2.criteriaMet, 1);
        QCOMPARE(p2.criteriaNotMet, 1);

        const PocScorecard &shorthand = *card(board, QStringLiteral("006C"));
        QVERIFY(shorthand.fromShorthand);
        QCOMPARE(shorthand.overrunDays, std::optional<int>(14)); // planned end 06-01, as-of 06-15
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray pocHeader = "Id,IsDeleted,Name,Opportunity__c,Status__c,Start_Date__c\n";
        QTest::newRow("status not mapped")
            << QStringLiteral("POC__c.csv") << QByteArray(pocHeader + "a0P01,0,P,006A,On Hold,2026-05-18\n")
            << QStringLiteral("POC__c.csv, line 2, column 5: \"On Hold\" is not planned, active, complete or stopped");
        QTest::newRow("deal not exported")
            << QStringLiteral("POC__c.csv") << QByteArray(pocHeader + "a0P01,0,P,006Z,In Progress,2026-05-18\n")
            << QStringLiteral("POC__c.csv, line 2, column 4: deal \"006Z\" is not in Opportunity.csv");
        QTest::newRow("task of a deleted POC")
            << QStringLiteral("POC_Task__c.csv")
            << QByteArray("Id,IsDeleted,Name,POC__c,Side__c\na0T09,0,T,a0P03,Customer\n")
            << QStringLiteral("POC_Task__c.csv, line 2, column 4: POC \"a0P03\" is not in POC__c.csv");
        QTest::newRow("evaluation status not mapped")
            << QStringLiteral("Opportunity.csv")
            << QByteArray("Id,IsDeleted,Name,StageName,OwnerId,CloseDate,Technical_Evaluation_Status__c\n"
                          "006A,0,Acme,Value Proposition,005A,2026-07-31,Paused\n")
            << QStringLiteral("Opportunity.csv, line 2, column 7: \"Paused\" is not none, planned, active, complete or "
                              "failed");
    }

    void importErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString folder = test::fixtureWith(dir, FixtureDir, file, content);
        QVERIFY(!folder.isEmpty());
        auto database = Database::open(dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(database.ok());
        const Status imported = test::importFolder(**database, folder, QStringLiteral("salesforce"));
        QVERIFY(!imported.ok());
        const QString text = imported.error().toString();
        QVERIFY2(text.endsWith(error), qPrintable(text));
        // All or nothing: no deal and no POC was written.
        auto stored = PocReader(**database).read();
        QVERIFY(stored.ok());
        QCOMPARE(stored->pocs.size(), size_t(0));
        auto has = CrmReader(**database).hasCrmData();
        QVERIFY(has.ok());
        QVERIFY(!*has);
    }
};

QTEST_GUILESS_MAIN(TestImportSalesforcePoc)
#include "tst_import_salesforce_poc.moc"
