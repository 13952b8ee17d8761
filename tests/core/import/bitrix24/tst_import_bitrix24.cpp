// Bitrix24 deal exports through the built-in profile `bitrix24`: the example of
// docs/import-profiles.md (docs/examples/bitrix24: Windows-1251, ';', CRLF, Russian headers,
// "1 250 000,00" with spaces and no-break spaces, dd.MM.yyyy HH:mm:ss, owners by full name, and
// a reps.csv), an English-header export with stage ids of three funnels (english/, UTF-8), and
// bad files with their exact messages.
//
// The example, by hand (Q4 2025, as of 2025-11-14, the latest date in the file: deal 8 modified
// and won on 14.11.2025):
//   Анна Смирнова  deals 1, 2, 3, 10: 1 250 000 + 480 000 + 2 100 000 + 540 000 = 4 370 000,00
//                  won 2 100 000 (3), commit 480 000 (2), best case 1 250 000 (1), lost 540 000 (10)
//   Дмитрий Козлов deals 4, 5, 6, 11: 90 000 + 735 500,50 + 310 000 + 64 999,99 = 1 200 500,49
//                  won 64 999,99 (11), pipeline 90 000 + 735 500,50 = 825 500,50, lost 310 000 (6)
//   Елена Морозова deals 7, 8, 9: 1 000 000 + 150 000 + 2 400 000 = 3 550 000,00
//                  won 150 000 (8), best case 1 000 000 + 2 400 000 = 3 400 000
#include "fixtures/RunDmcockpit.h"
#include "import/Importer.h"
#include "import/csv/FieldParser.h"
#include "import/profile/ImportProfile.h"
#include "import/sources/RepNameId.h"
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
const QString ExampleDir = QStringLiteral(DMC_SOURCE_DIR "/docs/examples/bitrix24/");
const QString EnglishDir = QStringLiteral(DMC_TEST_DIR "/english/");

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

class TestImportBitrix24 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    Result<Importer::Report> import(const QStringList &paths, std::unique_ptr<Database> &db)
    {
        db.reset();
        auto opened = Database::open(m_dir.filePath(QStringLiteral("b%1.db").arg(++m_count)));
        if (!opened)
            return opened.error();
        db = std::move(opened.value());
        auto profile = ImportProfile::load(QStringLiteral("bitrix24"));
        if (!profile)
            return profile.error();
        return Importer(*db, *profile).run(paths);
    }

    // The example's deals file with one text replaced (both in Windows-1251), in a folder of its own.
    QString changedExample(const QString &from, const QString &to)
    {
        QFile source(ExampleDir + QStringLiteral("bitrix24-deals.csv"));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = source.readAll();
        if (!bytes.contains(cp1251(from)))
            return QStringLiteral("<%1 not in the example>").arg(from);
        bytes.replace(cp1251(from), cp1251(to));
        const QString folder = m_dir.filePath(QStringLiteral("changed%1").arg(++m_count));
        QDir().mkpath(folder);
        QFile target(folder + QStringLiteral("/bitrix24-deals.csv"));
        if (!target.open(QIODevice::WriteOnly))
            return {};
        target.write(bytes);
        return folder;
    }

private slots:
    void exampleImportsWithRepsAndDistricts()
    {
        std::unique_ptr<Database> db;
        auto report = import({ExampleDir}, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rowsRejected, 0);
        QCOMPARE(report->rowsRead, 11 + 3);

        // Rep ids come from the names: the same in every import.
        QCOMPARE(RepNameId::idFor(QStringLiteral("Анна Смирнова")), QStringLiteral("rep-557050fd80aa"));
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, name, district, region FROM rep ORDER BY name")),
                 (QStringList{QStringLiteral("rep-557050fd80aa|Анна Смирнова|Москва-Центр|Центральный"),
                              QStringLiteral("rep-20d2faf6fe81|Дмитрий Козлов|Москва-Центр|Центральный"),
                              QStringLiteral("rep-639070be0774|Елена Морозова|Санкт-Петербург|Северо-Запад")}));
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT r.name, COUNT(*), SUM(o.amount) FROM opportunity o "
                                     "JOIN rep r ON r.id = o.owner_id GROUP BY r.name ORDER BY r.name")),
                 (QStringList{QStringLiteral("Анна Смирнова|4|437000000"), QStringLiteral("Дмитрий Козлов|4|120050049"),
                              QStringLiteral("Елена Морозова|3|355000000")}));

        // Stages from the ladder, categories from the stages, dates day-first, the account by name.
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT id, stage, category, amount, currency, close_date, created_date, "
                                     "account_id FROM opportunity WHERE id IN ('1', '5', '9', '10') ORDER BY id")),
                 (QStringList{
                     QStringLiteral("1|В работе|best_case|125000000|RUB|2025-12-15|2025-09-02|ООО «Северный ветер»"),
                     QStringLiteral(
                         "10|Анализ причины провала|omitted|54000000|RUB|2025-10-31|2025-08-12|ООО «Северный ветер»"),
                     QStringLiteral(
                         "5|Подготовка документов|pipeline|73550050|RUB|2025-12-19|2025-10-20|ООО «Логистик-Центр»"),
                     QStringLiteral("9|В работе|best_case|240000000|RUB|2025-12-25|2025-10-01|АО «Технопарк»")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT DISTINCT as_of FROM snapshot")),
                 QStringList{QStringLiteral("2025-11-14")});
        QCOMPARE(rows(*db, QStringLiteral("SELECT COUNT(*) FROM snapshot")), QStringList{QStringLiteral("11")});
    }

    void exampleCockpitPerRep()
    {
        const QString database = m_dir.filePath(QStringLiteral("cockpit.db"));
        const auto import = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), database,
                                                QStringLiteral("--profile"), QStringLiteral("bitrix24"), ExampleDir});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const auto cockpit =
            test::runDmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), database, QStringLiteral("--json")});
        QVERIFY2(cockpit.exitCode == 0, cockpit.err.constData());
        const auto json = nlohmann::json::parse(cockpit.out.toStdString());
        QCOMPARE(json.at("period").get<std::string>(), std::string("2025Q4"));
        QStringList team;
        for (const auto &row : json.at("team"))
            team << QStringLiteral("%1 %2/%3: won %4 commit %5 best %6 pipeline %7")
                        .arg(QString::fromStdString(row.at("rep").get<std::string>()),
                             QString::fromStdString(row.at("district").get<std::string>()),
                             QString::fromStdString(row.at("region").get<std::string>()))
                        .arg(row.at("won").get<double>(), 0, 'f', 2)
                        .arg(row.at("commit").get<double>(), 0, 'f', 2)
                        .arg(row.at("best_case").get<double>(), 0, 'f', 2)
                        .arg(row.at("pipeline").get<double>(), 0, 'f', 2);
        team.sort();
        QCOMPARE(team,
                 (QStringList{
                     QStringLiteral("Анна Смирнова Москва-Центр/Центральный: won 2100000.00 commit 480000.00 "
                                    "best 1250000.00 pipeline 0.00"),
                     QStringLiteral("Дмитрий Козлов Москва-Центр/Центральный: won 64999.99 commit 0.00 "
                                    "best 0.00 pipeline 825500.50"),
                     QStringLiteral("Елена Морозова Санкт-Петербург/Северо-Запад: won 150000.00 commit 0.00 "
                                    "best 3400000.00 pipeline 0.00"),
                 }));
    }

    // English headers, stage ids with the funnel prefix of a second and third funnel (and the
    // 20-character cut Bitrix24 stores: PREPAYMENT_INVOIC), one owner written two ways.
    void englishHeadersAndFunnelStageIds()
    {
        std::unique_ptr<Database> db;
        auto report = import({EnglishDir}, db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, name FROM rep ORDER BY id")),
                 (QStringList{QStringLiteral("rep-a163a0419821|Anna Smirnova"),
                              QStringLiteral("rep-de1bee599a77|Oleg Pavlov")}));
        QCOMPARE(rows(*db,
                      QStringLiteral("SELECT owner_id, COUNT(*), SUM(amount) FROM opportunity "
                                     "GROUP BY owner_id ORDER BY owner_id")),
                 (QStringList{QStringLiteral("rep-a163a0419821|3|6050050"),
                              QStringLiteral("rep-de1bee599a77|2|37500000")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT id, stage, category, amount FROM opportunity ORDER BY id")),
                 (QStringList{QStringLiteral("101|Новая|pipeline|1200000"),
                              QStringLiteral("102|В работе|best_case|4850050"),
                              QStringLiteral("103|Счёт на предоплату|best_case|30000000"),
                              QStringLiteral("104|Сделка успешна|closed|7500000"),
                              QStringLiteral("105|Сделка провалена|omitted|NULL")}));
        QCOMPARE(rows(*db, QStringLiteral("SELECT DISTINCT as_of FROM snapshot")),
                 QStringList{QStringLiteral("2025-11-12")});
        QVERIFY(report->notes.contains(QStringLiteral("deal types not in the profile, read as new: Rollout")));
    }

    void badExportsAreNamed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown stage")
            << QStringLiteral(";Новая;") << QStringLiteral(";Переговоры;")
            << QStringLiteral(
                   "bitrix24-deals.csv, line 5, column 3: unknown stage \"Переговоры\": add it to the profile");
        QTest::newRow("amount with a decimal point")
            << QStringLiteral("1 250 000,00") << QStringLiteral("1250000.00")
            << QStringLiteral("bitrix24-deals.csv, line 2, column 5: Сумма \"1250000.00\" is not an amount");
        QTest::newRow("date not day-first")
            << QStringLiteral("05.11.2025 14:30:00;05.11.2025 14:30:00")
            << QStringLiteral("2025/11/05;05.11.2025 14:30:00")
            << QStringLiteral(
                   "bitrix24-deals.csv, line 5, column 10: Дата создания \"2025/11/05\" is not a date "
                   "(expected dd.MM.yyyy HH:mm:ss, dd.MM.yyyy HH:mm, dd.MM.yyyy, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd)");
        QTest::newRow("no owner column")
            << QStringLiteral(";Ответственный;") << QStringLiteral(";Менеджер;")
            << QStringLiteral("bitrix24-deals.csv, line 1: the required column is missing: none of \"Ответственный\", "
                              "\"Responsible\", \"Responsible person\" is in the header");
        QTest::newRow("owner empty") << QStringLiteral(";Елена Морозова;ПАО") << QStringLiteral(";;ПАО")
                                     << QStringLiteral("bitrix24-deals.csv, line 9, column 7: Ответственный is empty");
        QTest::newRow("deal listed twice")
            << QStringLiteral("\r\n3;") << QStringLiteral("\r\n1;")
            << QStringLiteral("bitrix24-deals.csv, line 4, column 1: deal \"1\" is listed twice (first on line 2)");
    }

    void badExportsAreNamed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        std::unique_ptr<Database> db;
        auto report = import({changedExample(from, to)}, db);
        QVERIFY(!report);
        QCOMPARE(report.error().toString(), message);
        QCOMPARE(rows(*db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), QStringList{QStringLiteral("0")});
    }

    void twoExportsInOneFolderAreRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("two"));
        QDir().mkpath(folder);
        QVERIFY(
            QFile::copy(ExampleDir + QStringLiteral("bitrix24-deals.csv"), folder + QStringLiteral("/deals-2025.csv")));
        QVERIFY(QFile::copy(EnglishDir + QStringLiteral("deals.csv"), folder + QStringLiteral("/deals.csv")));
        std::unique_ptr<Database> db;
        auto report = import({folder}, db);
        QVERIFY(!report);
        QCOMPARE(report.error().toString(),
                 QStringLiteral("several files match \"*.csv\" of profile \"bitrix24\": "
                                "deals-2025.csv, deals.csv; an import reads one"));
    }

    void thousandsSeparatorsStandBeforeThreeDigits()
    {
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1.250.000,00"), u','), std::optional<Cents>(125000000));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1\u00a0250\u00a0000,5"), u','),
                 std::optional<Cents>(125000050));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1250000.00"), u','), std::nullopt);
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1.25"), u','), std::nullopt);
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1,250,000.00"), u'.'), std::optional<Cents>(125000000));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1250,00"), u'.'), std::nullopt);
        QCOMPARE(FieldParser::parseAmount(QStringLiteral(",250"), u'.'), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestImportBitrix24)
#include "tst_import_bitrix24.moc"
