// Salesforce exports: a real dev-org export (DMC_REAL_DATA, RealData.h), and a small four-week export written by hand
// (tests/fixtures/data/salesforce-weeks) whose weekly snapshots are checked row by row.
#include "fixtures/RealData.h"
#include "import/ImportSession.h"
#include "import/Importer.h"
#include "import/snapshots/HistorySnapshots.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>

using namespace dmc;

namespace {
QVariant value(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row: %1>").arg(sql);
    return query.value(0);
}

// "stage|category|amount|close_date" of one snapshot row, or "" when absent.
QString snapshot(const Database &db, const QString &asOf, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT stage, category, amount, close_date, currency FROM snapshot "
                                 "WHERE as_of = ? AND opportunity_id = ?"));
    query.addBindValue(asOf);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    QStringList parts;
    for (int i = 0; i < 5; ++i)
        parts << query.value(i).toString();
    return parts.join(u'|');
}
} // namespace

class TestImportSalesforce : public QObject
{
    Q_OBJECT

private slots:
    void importsDevOrgExport()
    {
        DMC_REAL_DATA_OR_SKIP(folder, "salesforce-devorg");
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("sf.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        auto report = Importer(db, *profile).run({folder});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->rowsRejected, 0);
        QCOMPARE(report->rowsRead, 31 + 62 + 12);

        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM opportunity")).toInt(), 31);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt(), 12);
        // No User.csv: the one owner becomes a rep named by its id.
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM rep")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM rep")).toString(), QStringLiteral("00546000001l1cJAAQ"));
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM opportunity WHERE stage = 'Closed Won'")).toInt(), 18);

        // The log names the 62 history rows read.
        const auto files =
            nlohmann::json::parse(value(db, QStringLiteral("SELECT files FROM import_log")).toString().toStdString());
        QCOMPARE(files.size(), size_t(3));
        bool sawHistory = false;
        for (const auto &file : files) {
            if (file.at("table") == "history") {
                QCOMPARE(file.at("rows").get<int>(), 62);
                QCOMPARE(file.at("sha256").get<std::string>().size(), size_t(64));
                sawHistory = true;
            }
        }
        QVERIFY(sawHistory);

        // All history rows carry CreatedDate 2018-10-13 17:16:45, so there is one week and one
        // snapshot, dated at the export's latest date. Each deal has two rows with the same
        // timestamp; the later one in the file (the real close date) wins over 2013-09-16:
        //   row 33: 0064600000J5S5TAAV Qualification 15000 CloseDate 2018-08-22 Pipeline
        //   row 63: 0064600000J5S5xAAF Id. Decision Makers 35000 CloseDate 2018-10-15 Pipeline
        //   row 36: 0064600000J5S5WAAV Closed Won 85000 CloseDate 2018-08-13 Closed
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(DISTINCT as_of) FROM snapshot")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM snapshot")).toInt(), 31);
        QCOMPARE(snapshot(db, QStringLiteral("2018-10-13"), QStringLiteral("0064600000J5S5TAAV")),
                 QStringLiteral("Qualification|pipeline|1500000|2018-08-22|USD"));
        QCOMPARE(snapshot(db, QStringLiteral("2018-10-13"), QStringLiteral("0064600000J5S5xAAF")),
                 QStringLiteral("Id. Decision Makers|pipeline|3500000|2018-10-15|USD"));
        QCOMPARE(snapshot(db, QStringLiteral("2018-10-13"), QStringLiteral("0064600000J5S5WAAV")),
                 QStringLiteral("Closed Won|closed|8500000|2018-08-13|USD"));
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM snapshot WHERE close_date = '2013-09-16'")).toInt(), 0);
    }

    void rebuildsWeeklySnapshotsFromHistory()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("weeks.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        auto report =
            Importer(db, *profile).run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-weeks")});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));

        // Weeks start Monday 2024-01-01; Sundays 01-07, 01-14, 01-21, then the latest date in the
        // export (LastModifiedDate and history of 006B: 2024-01-24).
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT as_of FROM snapshot ORDER BY as_of")));
        QStringList dates;
        while (query.next())
            dates << query.value(0).toString();
        QCOMPARE(dates,
                 (QStringList{QStringLiteral("2024-01-07"), QStringLiteral("2024-01-14"), QStringLiteral("2024-01-21"),
                              QStringLiteral("2024-01-24")}));
        // Both deals' qualification, first seen, is recorded at the last week, which the replay
        // knows before it writes (recorded before the rows stream).
        QCOMPARE(report->qualificationChanges, qint64(2));
        QCOMPARE(value(db,
                       QStringLiteral("SELECT MIN(valid_from) || '/' || MAX(valid_from) || '/' || COUNT(*) "
                                      "FROM qualification_history"))
                     .toString(),
                 QStringLiteral("2024-01-24/2024-01-24/2"));

        // 006A (history rows 2-4): Prospecting 1000 from 01-03, Negotiation/Review 2000 (Forecast)
        // from 01-10, Closed Won on 01-20.
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-07"), QStringLiteral("006A")),
                 QStringLiteral("Prospecting|pipeline|100000|2024-02-15|USD"));
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-14"), QStringLiteral("006A")),
                 QStringLiteral("Negotiation/Review|commit|200000|2024-02-15|USD"));
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-21"), QStringLiteral("006A")),
                 QStringLiteral("Closed Won|closed|200000|2024-01-20|USD"));
        // 006B is created on 01-16: absent before, Qualification on 01-21, Negotiation on 01-24, in EUR.
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-14"), QStringLiteral("006B")), QString());
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-21"), QStringLiteral("006B")),
                 QStringLiteral("Qualification|pipeline|400000|2024-03-31|EUR"));
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-24"), QStringLiteral("006B")),
                 QStringLiteral("Negotiation/Review|commit|500000|2024-02-28|EUR"));
        // Stage entered: 006A entered Negotiation/Review on 01-10.
        QCOMPARE(value(db,
                       QStringLiteral("SELECT stage_entered_date FROM snapshot WHERE as_of = '2024-01-14' "
                                      "AND opportunity_id = '006A'"))
                     .toString(),
                 QStringLiteral("2024-01-10"));

        // Deleted rows are skipped; users give names and districts; placeholder account -> none.
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM opportunity")).toInt(), 2);
        QCOMPARE(value(db, QStringLiteral("SELECT name || '/' || district || '/' || region FROM rep WHERE id = '005B'"))
                     .toString(),
                 QStringLiteral("Bob Ray/North/East"));
        QVERIFY(value(db, QStringLiteral("SELECT account_id FROM opportunity WHERE id = '006B'")).isNull());
        QCOMPARE(value(db, QStringLiteral("SELECT type FROM opportunity WHERE id = '006A'")).toString(),
                 QStringLiteral("expansion"));
        // Two currencies with their rates; USD is the reporting one.
        QCOMPARE(value(db, QStringLiteral("SELECT rate FROM currency_rate WHERE code = 'EUR'")).toDouble(), 0.92);
        QCOMPARE(db.setting(QStringLiteral("reporting_currency")), QStringLiteral("USD"));

        // --as-of 2024-01-17: weeks up to that date only; the last snapshot sits at 01-17.
        auto again = Database::open(dir.filePath(QStringLiteral("asof.db")));
        QVERIFY(again.ok());
        ImportOptions options;
        options.asOf = QDate(2024, 1, 17);
        QVERIFY(Importer(**again, *profile, options)
                    .run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-weeks")})
                    .ok());
        QCOMPARE(value(**again, QStringLiteral("SELECT MAX(as_of) FROM snapshot")).toString(),
                 QStringLiteral("2024-01-17"));
        QCOMPARE(snapshot(**again, QStringLiteral("2024-01-17"), QStringLiteral("006B")),
                 QStringLiteral("Qualification|pipeline|400000|2024-03-31|EUR"));
    }

    // The same export with API-shaped timestamps ("2024-01-10T14:00:00.000Z") and a history row
    // whose time does not exist (25:00): a lenient import keeps the other rows, builds the same
    // weeks, and the rejects file shows the bad row whole (columns the import does not read too).
    void readsApiTimestampsAndRejectsWholeRows()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-weeks");
        const QString folder = dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name : QDir(source).entryList(QDir::Files))
            QVERIFY(QFile::copy(source + u'/' + name, folder + u'/' + name));
        QFile history(folder + QStringLiteral("/OpportunityHistory.csv"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(history.readAll());
        history.close();
        text.replace(QStringLiteral("\"2024-01-10 14:00:00\""), QStringLiteral("\"2024-01-10T14:00:00.000Z\""));
        text.replace(QStringLiteral("\"2024-01-16 11:00:00\""), QStringLiteral("\"2024-01-16T11:00:00Z\""));
        text += QStringLiteral("\"008-6\",\"006A\",\"2024-01-21 25:00:00\",\"Prospecting\",\"1\",\"2024-02-15\","
                               "\"Pipeline\",\"0\"\n");
        QVERIFY(history.open(QIODevice::WriteOnly | QIODevice::Truncate));
        history.write(text.toUtf8());
        history.close();

        auto opened = Database::open(dir.filePath(QStringLiteral("api.db")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        ImportOptions options;
        options.lenient = true;
        auto report = Importer(db, *profile, options).run({folder});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->rowsRejected, 1);
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-14"), QStringLiteral("006A")),
                 QStringLiteral("Negotiation/Review|commit|200000|2024-02-15|USD"));
        QCOMPARE(snapshot(db, QStringLiteral("2024-01-21"), QStringLiteral("006B")),
                 QStringLiteral("Qualification|pipeline|400000|2024-03-31|EUR"));
        QCOMPARE(value(db,
                       QStringLiteral("SELECT stage_entered_date FROM snapshot WHERE as_of = '2024-01-14' "
                                      "AND opportunity_id = '006A'"))
                     .toString(),
                 QStringLiteral("2024-01-10"));

        QFile rejects(report->rejectsFile);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString rejected = QString::fromUtf8(rejects.readAll());
        QVERIFY2(rejected.contains(QStringLiteral("OpportunityHistory.csv,7,3,")), qPrintable(rejected));
        QVERIFY2(rejected.contains(
                     QStringLiteral("008-6|006A|2024-01-21 25:00:00|Prospecting|1|2024-02-15|Pipeline|0")),
                 qPrintable(rejected));
    }

    // Cancel reaches the weeks being written: the replay stops before its first week, with the
    // import's cancel message, and writes no row.
    void historyWriteStopsOnCancel()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("cancel.db")));
        QVERIFY(opened.ok());
        auto profile = ImportProfile::load(QStringLiteral("salesforce"));
        QVERIFY(profile.ok());
        std::atomic_bool cancel{true};
        ImportOptions options;
        options.cancel = &cancel;
        const ImportSession session(*profile, options, {});

        Opportunity deal;
        deal.id = QStringLiteral("006A");
        deal.ownerId = QStringLiteral("005A");
        deal.stage = QStringLiteral("Prospecting");
        deal.currency = QStringLiteral("USD");
        HistorySnapshots history(session);
        HistorySnapshots::Change change;
        change.at = HistorySnapshots::timeOf(QDate(2024, 1, 3), 9 * 3600 * 1000);
        change.stage = history.stageIndex(deal.stage);
        history.addChange(change);
        history.sortChanges(1);
        history.setDeals({deal}, QDate(2024, 1, 10));
        QCOMPARE(history.expectedRows(), qint64(2)); // weeks ending 01-07 and 01-10

        const Status written = history.run(**opened, nullptr);
        QVERIFY(!written);
        QCOMPARE(written.error().message, ImportSession::cancelledError().message);
        QCOMPARE(value(**opened, QStringLiteral("SELECT COUNT(*) FROM snapshot")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportSalesforce)
#include "tst_import_salesforce.moc"
