// Money is never added up across currencies without rates (issue 14). The exports in data/ are
// written for this test: a Salesforce-style org with deals in COP, MXN, PEN and USD (sf/), its
// CurrencyType.csv (sf-rates/) and DatedConversionRate.csv (sf-dated/), the same deals as a
// canonical export with currency_rates.csv (canonical/), a --rates file (rates.csv), and a
// single-currency RUB export (rub/). Rates are units per USD: COP 4000 (5000 from 2026-03-01
// in the dated tables), MXN 20, PEN 4. Every expected figure is worked out in the comments.
#include "analytics/text/TextFormat.h"
#include "export/render/ReportFormat.h"
#include "fixtures/RunDmcockpit.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

namespace {
const QString Data = QStringLiteral(DMC_TEST_DIR "/data/");

// The refusal for the four-currency org; the rows are the deals with an amount per currency.
const QString FourCurrencies = QStringLiteral(
    "amounts come in 4 currencies and there are no exchange rates, so they are not added up: "
    "COP (2 rows), MXN (2 rows), PEN (1 row), USD (1 row); give rates in the export's CurrencyType.csv or "
    "DatedConversionRate.csv (Salesforce; dated rates apply by close date), in currency_rates.csv (canonical), "
    "or in a file named with dmcockpit import ... --rates FILE");

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

// The cockpit JSON of the whole org for 2026Q1 as of 2026-03-20.
nlohmann::json cockpit(const QString &db)
{
    const auto result =
        test::runDmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                            QStringLiteral("2026Q1"), QStringLiteral("--json")});
    if (result.exitCode != 0)
        return {{"error", result.errText().toStdString()}};
    return nlohmann::json::parse(result.outText().toStdString());
}
} // namespace

class TestImportCurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString freshDatabase() { return m_dir.filePath(QStringLiteral("db%1.db").arg(++m_databases)); }

    Result<Importer::Report> import(const QString &path, const QString &profileName, const QStringList &paths,
                                    ImportOptions options = {})
    {
        auto database = Database::open(path);
        if (!database)
            return database.error();
        auto profile = ImportProfile::load(profileName);
        if (!profile)
            return profile.error();
        return Importer(**database, *profile, options).run(paths);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Translations::install(QStringLiteral("en"))); // the English plural forms
    }

    // Four currencies and no rates: refused, exit 3, and the database is as it was.
    void refusesSeveralCurrenciesWithoutRates()
    {
        const QString db = freshDatabase();
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
        }
        const auto report = import(db, QStringLiteral("salesforce"), {Data + QStringLiteral("sf")});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QCOMPARE(report.error().file, QStringLiteral("Opportunity.csv"));
        QCOMPARE(report.error().message, FourCurrencies);

        const auto cli =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                QStringLiteral("salesforce"), Data + QStringLiteral("sf")});
        QCOMPARE(cli.exitCode, 3);
        QCOMPARE(cli.errText(),
                 QStringLiteral("Opportunity.csv: ") + FourCurrencies + QStringLiteral("; nothing was imported\n"));

        auto database = Database::open(db);
        QVERIFY(database.ok());
        for (const char *table : {"opportunity", "rep", "snapshot", "import_log", "currency_rate"})
            QCOMPARE(scalar(**database, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)),
                     QStringLiteral("0"));
        QCOMPARE((*database)->setting(QStringLiteral("reporting_currency")), QString());
    }

    // The same org with CurrencyType.csv (USD corporate): won in Q1 = 400,000,000 / 4000
    // + 2,000,000 / 20 + 150,000 / 4 + 50,000 = 100,000 + 100,000 + 37,500 + 50,000 = 287,500 USD;
    // commit 800,000,000 / 4000 = 200,000; best case 1,000,000 / 20 = 50,000.
    void convertsWithCurrencyType()
    {
        const QString db = freshDatabase();
        const auto report = import(db, QStringLiteral("salesforce"),
                                   {Data + QStringLiteral("sf"), Data + QStringLiteral("sf-rates/CurrencyType.csv")});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const nlohmann::json json = cockpit(db);
        QCOMPARE(json.value("reporting_currency", ""), std::string("USD"));
        QCOMPARE(json["totals"]["won"].get<double>(), 287500.0);
        QCOMPARE(json["totals"]["commit"].get<double>(), 200000.0);
        QCOMPARE(json["totals"]["best_case"].get<double>(), 50000.0);
    }

    // With DatedConversionRate.csv as well: a COP deal converts at the rate of its close date.
    // Bogota fleet closes 2026-01-20 (4000: 100,000); Medellin stores closes 2026-03-28, after the
    // 2026-03-01 rate of 5000: 800,000,000 / 5000 = 160,000 in commit. Won stays 287,500.
    void convertsByCloseDateWithDatedRates()
    {
        const QString db = freshDatabase();
        const auto report = import(db, QStringLiteral("salesforce"),
                                   {Data + QStringLiteral("sf"), Data + QStringLiteral("sf-rates/CurrencyType.csv"),
                                    Data + QStringLiteral("sf-dated/DatedConversionRate.csv")});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QCOMPARE(scalar(**database, QStringLiteral("SELECT COUNT(*) FROM currency_rate_dated WHERE code = 'COP'")),
                     QStringLiteral("2"));
        }
        const nlohmann::json json = cockpit(db);
        QCOMPARE(json["totals"]["won"].get<double>(), 287500.0);
        QCOMPARE(json["totals"]["commit"].get<double>(), 160000.0);
        QCOMPARE(json["totals"]["best_case"].get<double>(), 50000.0);
    }

    // Dated rates alone do not cover MXN and PEN: refused, naming only those two.
    void datedRatesAloneNameTheRest()
    {
        const QString db = freshDatabase();
        const auto report =
            import(db, QStringLiteral("salesforce"),
                   {Data + QStringLiteral("sf"), Data + QStringLiteral("sf-dated/DatedConversionRate.csv")});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message,
                 QStringLiteral(
                     "there is no exchange rate to USD (the reporting currency) for MXN (2 rows), PEN (1 row); "
                     "give rates in the export's CurrencyType.csv or DatedConversionRate.csv (Salesforce; dated "
                     "rates apply by close date), in currency_rates.csv (canonical), or in a file named with "
                     "dmcockpit import ... --rates FILE"));
    }

    // A canonical export: without currency_rates.csv refused (the same rows), with it converted.
    void canonicalCurrencyRates()
    {
        const QString folder = Data + QStringLiteral("canonical/");
        const QString refusedDb = freshDatabase();
        const auto refused =
            import(refusedDb, QStringLiteral("canonical"),
                   {folder + QStringLiteral("reps.csv"), folder + QStringLiteral("opportunities.csv")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().file, QStringLiteral("opportunities.csv"));
        QCOMPARE(refused.error().message, FourCurrencies);

        const QString db = freshDatabase();
        ImportOptions options;
        options.asOf = QDate(2026, 3, 20);
        const auto report = import(db, QStringLiteral("canonical"), {folder}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const nlohmann::json json = cockpit(db);
        QCOMPARE(json.value("reporting_currency", ""), std::string("USD"));
        QCOMPARE(json["totals"]["won"].get<double>(), 287500.0);
        QCOMPARE(json["totals"]["commit"].get<double>(), 200000.0);
        QCOMPARE(json["totals"]["best_case"].get<double>(), 50000.0);
    }

    // --rates FILE on the command line (canonical columns, one dated COP row from 2026-03-01):
    // Bogota fleet (2026-01-20, before the dated rate) at the undated 4000, Medellin stores at 5000.
    // The file is logged with the import, and the database is USD with rates for COP, MXN, PEN.
    void ratesFileOnTheCommandLine()
    {
        const QString db = freshDatabase();
        const auto imported =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                QStringLiteral("salesforce"), QStringLiteral("--rates"),
                                Data + QStringLiteral("rates.csv"), Data + QStringLiteral("sf")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        const nlohmann::json json = cockpit(db);
        QCOMPARE(json["totals"]["won"].get<double>(), 287500.0);
        QCOMPARE(json["totals"]["commit"].get<double>(), 160000.0);

        auto database = Database::open(db);
        QVERIFY(database.ok());
        const auto files =
            nlohmann::json::parse(scalar(**database, QStringLiteral("SELECT files FROM import_log")).toStdString());
        bool logged = false;
        for (const auto &file : files)
            logged = logged || (file.at("table") == "rates" && file.at("rows") == 5);
        QVERIFY(logged);

        const auto info = test::runDmcockpit({QStringLiteral("info"), QStringLiteral("--db"), db});
        QVERIFY(
            info.outText().contains(QStringLiteral("Reporting currency: USD\nExchange rates to USD: COP, MXN, PEN\n")));

        // A rates file with a bad rate names its file, line and column.
        const QString bad = m_dir.filePath(QStringLiteral("bad-rates.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,rate\nUSD,1\nCOP,0\n");
        file.close();
        const auto refused = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), freshDatabase(),
                                                 QStringLiteral("--profile"), QStringLiteral("salesforce"),
                                                 QStringLiteral("--rates"), bad, Data + QStringLiteral("sf")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.errText(),
                 QStringLiteral(
                     "bad-rates.csv, line 3, column 2: rate \"0\" is not a positive number; nothing was imported\n"));
    }

    // A single RUB export without a profile currency: RUB becomes the reporting currency, stored
    // in the database; the cockpit says RUB and the Russian pack writes 1 250 000 ₽.
    void singleCurrencyBecomesTheReportingCurrency()
    {
        const QString db = freshDatabase();
        ImportOptions options;
        options.asOf = QDate(2026, 3, 20);
        const auto report = import(db, QStringLiteral("canonical"), {Data + QStringLiteral("rub")}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QCOMPARE((*database)->setting(QStringLiteral("reporting_currency")), QStringLiteral("RUB"));
        }
        const nlohmann::json json = cockpit(db);
        QCOMPARE(json.value("reporting_currency", ""), std::string("RUB"));
        QCOMPARE(json["totals"]["won"].get<double>(), 1250000.0);
        QCOMPARE(json["totals"]["commit"].get<double>(), 480000.0);

        const auto text = test::runDmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), db,
                                              QStringLiteral("--period"), QStringLiteral("2026Q1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().startsWith(
                     QStringLiteral("Cockpit Q1 FY2026, as of 2026-03-20, scope All reps (RUB)\n")),
                 qPrintable(text.outText()));

        const auto russian = test::runDmcockpit(
            {QStringLiteral("pack"), QStringLiteral("--db"), db, QStringLiteral("--rep"), QStringLiteral("r1"),
             QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--lang"), QStringLiteral("ru"),
             QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(russian.exitCode, 0);
        const QString nbsp(QChar(0x00A0));
        // The pack's numbers table writes the cockpit's compact amounts: 1 250 000 RUB is "1,25 млн ₽".
        const QString rouble = QStringLiteral("1,25") + nbsp + QStringLiteral("млн") + nbsp + QStringLiteral("\u20BD");
        QVERIFY2(russian.outText().contains(rouble), qPrintable(russian.outText()));
        QVERIFY2(!russian.outText().contains(QStringLiteral("USD")), qPrintable(russian.outText()));
    }

    // A profile naming RUB makes RUB the reporting currency of a new database even without a
    // currency column; a USD export into that database without rates is then refused.
    void profileCurrencyAndAForeignExport()
    {
        const QString db = freshDatabase();
        const QString profile = m_dir.filePath(QStringLiteral("rub-profile.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "rub", "format": "canonical", "currency": "RUB"})");
        file.close();
        const QString folder = m_dir.filePath(QStringLiteral("nocurrency"));
        QVERIFY(QDir().mkpath(folder));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile out(QDir(folder).filePath(name));
            return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
        };
        QVERIFY(write(QStringLiteral("reps.csv"), "id,name\nr1,Ирина\n"));
        QVERIFY(
            write(QStringLiteral("opportunities.csv"),
                  "id,owner_id,name,stage,category,amount,close_date\nd1,r1,A,Closed Won,closed,1000,2026-02-16\n"));
        ImportOptions options;
        options.asOf = QDate(2026, 3, 20);
        auto report = import(db, profile, {folder}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QCOMPARE((*database)->setting(QStringLiteral("reporting_currency")), QStringLiteral("RUB"));
            QCOMPARE(scalar(**database, QStringLiteral("SELECT currency FROM opportunity")), QStringLiteral("RUB"));
        }
        // The Salesforce org's USD deal alone (a file with only its row).
        const QString usd = m_dir.filePath(QStringLiteral("usd"));
        QVERIFY(QDir().mkpath(usd));
        QFile in(Data + QStringLiteral("sf/Opportunity.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile out(QDir(usd).filePath(QStringLiteral("Opportunity.csv")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.at(0) + '\n' + lines.at(4) + '\n');
        out.close();
        report = import(db, QStringLiteral("salesforce"), {usd});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.startsWith(
                     QStringLiteral("there is no exchange rate to RUB (the reporting currency) for USD (1 row); ")),
                 qPrintable(report.error().message));
    }

    // Russian writes the currency after the number with no-break spaces, the rouble as ₽;
    // English sentences keep "1,250,000 USD" and the ISO code for other currencies.
    void formatsMoneyByLanguage()
    {
        const QString nbsp(QChar(0x00A0));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(TextFormat::money(125000000, QStringLiteral("RUB")),
                 QStringLiteral("1") + nbsp + QStringLiteral("250") + nbsp + QStringLiteral("000") + nbsp
                     + QStringLiteral("\u20BD"));
        QCOMPARE(TextFormat::money(125000000, QStringLiteral("USD")),
                 QStringLiteral("1") + nbsp + QStringLiteral("250") + nbsp + QStringLiteral("000") + nbsp
                     + QStringLiteral("USD"));
        QCOMPARE(ReportFormat::moneyWithCurrency(125000049, QStringLiteral("RUB")),
                 QStringLiteral("1") + nbsp + QStringLiteral("250") + nbsp + QStringLiteral("000") + nbsp
                     + QStringLiteral("\u20BD"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(TextFormat::money(125000000, QStringLiteral("USD")), QStringLiteral("1,250,000 USD"));
        // Sentences write whole units, half away from zero (1,250,000.50 -> 1,250,001).
        QCOMPARE(TextFormat::money(125000050, QStringLiteral("COP")), QStringLiteral("1,250,001 COP"));
        QCOMPARE(ReportFormat::moneyWithCurrency(125000000, QStringLiteral("USD")), QStringLiteral("1,250,000 USD"));
    }
};

QTEST_GUILESS_MAIN(TestImportCurrency)
#include "tst_import_currency.moc"
