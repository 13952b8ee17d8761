// amoCRM deal exports through the built-in profile `amocrm`: the example of
// docs/import-profiles.md (docs/examples/amocrm: Windows-1251, ';', CRLF, Russian headers,
// budgets "1 480 000,50" and "360 000", dd.MM.yyyy HH:mm:ss, owners by full name, no reps.csv),
// an English-header export, a reps.csv written in Russian, and bad files with their messages.
//
// The example, by hand (as of 2025-11-13: deal 20500 created and 20491 modified that day):
//   Ольга Васильева 20481, 20482, 20483: 360 000 + 1 480 000,50 + 95 000 = 1 935 000,50
//   Сергей Новиков  20490, 20491, 20492, 20493: 250 000 + 620 000 + 180 000 + 45 000 = 1 095 000
//   Павел Орлов     20500 (no budget), 20501: 2 750 000
// Q4 2025: Ольга won 95 000, commit 1 480 000,50, pipeline 360 000; Сергей won 45 000, best case
// 620 000 (20490 closes 30.01.2026, 20492 is lost); Павел commit 2 750 000 (20500 has no close
// date: in no period).
#include "fixtures/RunDmcockpit.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

namespace {
const QString ExampleDir = QStringLiteral(DMC_SOURCE_DIR "/docs/examples/amocrm/");

QStringList rows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {QStringLiteral("<query failed: %1>").arg(sql)};
    QStringList result;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; query.value(i).isValid(); ++i)
            cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        result << cells.join(u'|');
    }
    return result;
}

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}
} // namespace

class TestImportAmoCrm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    Result<Importer::Report> import(const QStringList &paths, std::unique_ptr<Database> &db)
    {
        db.reset();
        auto opened = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_count)));
        if (!opened)
            return opened.error();
        db = std::move(opened.value());
        auto profile = ImportProfile::load(QStringLiteral("amocrm"));
        if (!profile)
            return profile.error();
        return Importer(*db, *profile).run(paths);
    }

    // A folder with the given files (name -> bytes).
    QString folder(const QHash<QString, QByteArray> &files)
    {
        const QString path = m_dir.filePath(QStringLiteral("export%1").arg(++m_count));
        QDir().mkpath(path);
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QFile file(path + u'/' + it.key());
            if (file.open(QIODevice::WriteOnly))
                file.write(it.value());
        }
        return path;
    }

    QByteArray example()
    {
        QFile file(ExampleDir + QStringLiteral("amocrm-deals.csv"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void exampleImports()
    {
        std::unique_ptr<Database> db;
        auto report = import({ExampleDir}, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rowsRead, 9);
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, name, district FROM rep ORDER BY name")),
                 (QStringList{QStringLiteral("rep-af301d3d6995|Ольга Васильева|"),
                              QStringLiteral("rep-7b51054c3730|Павел Орлов|"),
                              QStringLiteral("rep-2f086e0dd2f5|Сергей Новиков|")}));
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT r.name, COUNT(*), SUM(o.amount) FROM opportunity o "
                                     "JOIN rep r ON r.id = o.owner_id GROUP BY r.name ORDER BY r.name")),
                 (QStringList{QStringLiteral("Ольга Васильева|3|193500050"), QStringLiteral("Павел Орлов|2|275000000"),
                              QStringLiteral("Сергей Новиков|4|109500000")}));
        // The close date is amoCRM's own when the deal is closed, else the planned one.
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT id, stage, category, amount, close_date, created_date FROM opportunity "
                                     "WHERE id IN ('20481', '20483', '20492', '20500') ORDER BY id")),
                 (QStringList{QStringLiteral("20481|Переговоры|pipeline|36000000|2025-12-19|2025-09-03"),
                              QStringLiteral("20483|Успешно реализовано|closed|9500000|2025-10-15|2025-09-01"),
                              QStringLiteral("20492|Закрыто и не реализовано|omitted|18000000|2025-10-28|2025-08-05"),
                              QStringLiteral("20500|Неразобранное|pipeline|NULL|NULL|2025-11-13")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT DISTINCT as_of, currency FROM snapshot")),
                 QStringList{QStringLiteral("2025-11-13|RUB")});
    }

    void exampleCockpitPerRep()
    {
        const QString database = m_dir.filePath(QStringLiteral("cockpit.db"));
        const auto import =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), database, QStringLiteral("--profile"),
                                QStringLiteral("amocrm"), ExampleDir + QStringLiteral("amocrm-deals.csv")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const auto cockpit =
            test::runDmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), database, QStringLiteral("--json")});
        QVERIFY2(cockpit.exitCode == 0, cockpit.err.constData());
        const auto json = nlohmann::json::parse(cockpit.out.toStdString());
        QCOMPARE(json.at("period").get<std::string>(), std::string("2025Q4"));
        QStringList team;
        for (const auto &row : json.at("team"))
            team << QStringLiteral("%1: won %2 commit %3 best %4 pipeline %5")
                        .arg(QString::fromStdString(row.at("rep").get<std::string>()))
                        .arg(row.at("won").get<double>(), 0, 'f', 2)
                        .arg(row.at("commit").get<double>(), 0, 'f', 2)
                        .arg(row.at("best_case").get<double>(), 0, 'f', 2)
                        .arg(row.at("pipeline").get<double>(), 0, 'f', 2);
        team.sort();
        QCOMPARE(team,
                 (QStringList{
                     QStringLiteral("Ольга Васильева: won 95000.00 commit 1480000.50 best 0.00 pipeline 360000.00"),
                     QStringLiteral("Павел Орлов: won 0.00 commit 2750000.00 best 0.00 pipeline 0.00"),
                     QStringLiteral("Сергей Новиков: won 45000.00 commit 0.00 best 620000.00 pipeline 0.00"),
                 }));
    }

    // An English export in UTF-8 and a reps.csv saved by Excel in Windows-1251 with Russian headers.
    void englishHeadersAndRussianRepsCsv()
    {
        const QByteArray deals =
            "ID,Lead name,Sale,Responsible user,Created at,Closed at,Stage,Pipeline,Company\r\n"
            "7,Annual plan,\"120 000\",Olga Vasilieva,01.10.2025 10:00:00,,Negotiation,Sales,Acme\r\n"
            "8,Upgrade,\"80 000,50\",Olga Vasilieva,02.10.2025 10:00:00,30.10.2025 16:00:00,Closed - won,Sales,Acme\r\n"
            "9,Trial,\"5 000\",Pavel Orlov,03.10.2025 10:00:00,04.11.2025 09:00:00,Closed - lost,Sales,\r\n";
        const QByteArray reps = cp1251(QStringLiteral("Сотрудник;Отдел;Регион\r\n"
                                                      "Olga Vasilieva;Москва;Центр\r\n"
                                                      "Pavel Orlov;Казань;Поволжье\r\n"
                                                      "Ivan Sidorov;Казань;Поволжье\r\n"));
        std::unique_ptr<Database> db;
        auto report =
            import({folder({{QStringLiteral("leads_2025-11-04.csv"), deals}, {QStringLiteral("reps.csv"), reps}})}, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db, QStringLiteral("SELECT name, district, region FROM rep ORDER BY name")),
                 (QStringList{QStringLiteral("Olga Vasilieva|Москва|Центр"),
                              QStringLiteral("Pavel Orlov|Казань|Поволжье")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, stage, amount, close_date FROM opportunity ORDER BY id")),
                 (QStringList{QStringLiteral("7|Переговоры|12000000|NULL"),
                              QStringLiteral("8|Успешно реализовано|8000050|2025-10-30"),
                              QStringLiteral("9|Закрыто и не реализовано|500000|2025-11-04")}));
        QVERIFY(report->notes.contains(QStringLiteral("reps.csv: rows naming no deal owner: Ivan Sidorov")));
    }

    void badExportsAreNamed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("stage of a funnel the profile lacks")
            << QStringLiteral(";Первичный контакт;") << QStringLiteral(";Демонстрация;")
            << QStringLiteral(
                   "amocrm-deals.csv, line 5, column 12: unknown stage \"Демонстрация\": add it to the profile");
        QTest::newRow("budget with a currency sign")
            << QStringLiteral(";620 000;") << QStringLiteral(";620 000 руб.;")
            << QStringLiteral("amocrm-deals.csv, line 6, column 3: Бюджет \"620 000 руб.\" is not an amount");
        QTest::newRow("no stage column")
            << QStringLiteral(";Этап сделки;") << QStringLiteral(";Шаг;")
            << QStringLiteral("amocrm-deals.csv, line 1: the required column is missing: none of \"Этап сделки\", "
                              "\"Этап\", \"Статус\", \"Lead stage\", \"Stage\", \"Status\" is in the header");
    }

    void badExportsAreNamed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QByteArray bytes = example();
        QVERIFY(bytes.contains(cp1251(from)));
        bytes.replace(cp1251(from), cp1251(to));
        std::unique_ptr<Database> db;
        auto report = import({folder({{QStringLiteral("amocrm-deals.csv"), bytes}})}, db);
        QVERIFY(!report);
        QCOMPARE(report.error().toString(), message);
        QCOMPARE(rows(*db, QStringLiteral("SELECT COUNT(*) FROM rep")), QStringList{QStringLiteral("0")});
    }
};

QTEST_GUILESS_MAIN(TestImportAmoCrm)
#include "tst_import_amocrm.moc"
