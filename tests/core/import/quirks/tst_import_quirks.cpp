// Messy but valid files (tests/fixtures/data/quirks) import, with the values read right.
#include "import/Importer.h"
#include "import/csv/CsvReader.h"
#include "import/csv/FieldParser.h"
#include "import/csv/TextDecoder.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
const QString QuirksDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/quirks/");

QString row(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<none>");
    QStringList cells;
    for (int i = 0; query.value(i).isValid(); ++i)
        cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
    return cells.join(u'|');
}
} // namespace

class TestImportQuirks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // Imports into a fresh database; the report's notes are returned through `notes`.
    std::unique_ptr<Database> import(const QString &profileName, const QString &path, QStringList *notes = nullptr)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("q%1.db").arg(++m_count)));
        if (!opened)
            return nullptr;
        auto profile = ImportProfile::load(profileName);
        if (!profile) {
            qWarning() << profile.error().toString();
            return nullptr;
        }
        auto report = Importer(**opened, *profile).run({path});
        if (!report) {
            qWarning() << report.error().toString();
            return nullptr;
        }
        if (notes)
            *notes = report->notes;
        return std::move(opened.value());
    }

private slots:
    void bomUtf8()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("bom"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT id, name FROM rep WHERE id = 'r1'")), QStringLiteral("r1|Ann Lee"));
        QCOMPARE(row(*db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), QStringLiteral("3"));
        QCOMPARE(row(*db, QStringLiteral("SELECT amount FROM opportunity WHERE id = 'o2'")), QStringLiteral("250050"));
    }

    void utf16LittleEndianBom()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("utf16"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT name FROM rep WHERE id = 'r1'")), QStringLiteral("Ann L\u00e9e"));
    }

    void russianExcelCp1251SemicolonDottedDates()
    {
        QStringList notes;
        auto db = import(QuirksDir + QStringLiteral("ru_excel/profile.json"),
                         QuirksDir + QStringLiteral("ru_excel/data"), &notes);
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT name, district FROM rep")),
                 QStringLiteral(
                     "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432|\u0421\u0435\u0432\u0435\u0440"));
        // "1 234,50" with a no-break space and a decimal comma; 05.03.2024; category "Воронка".
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT amount, close_date, category, currency FROM opportunity WHERE id = 'o1'")),
                 QStringLiteral("123450|2024-03-05|pipeline|RUB"));
        QCOMPARE(row(*db, QStringLiteral("SELECT name FROM opportunity WHERE id = 'o1'")),
                 QStringLiteral(
                     "\u041f\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u00ab\u0421\u0435\u0432\u0435\u0440\u00bb"));
        QCOMPARE(row(*db, QStringLiteral("SELECT amount, category FROM opportunity WHERE id = 'o2'")),
                 QStringLiteral("9990|closed"));
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("windows-1251")), qPrintable(notes.join(u'\n')));
    }

    void tabDelimited()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("tab"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT name, stage, amount FROM opportunity WHERE id = 'o2'")),
                 QStringLiteral("Beta|Proposal|250050"));
    }

    void crlfAndQuotedNewlines()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("crlf_quoted_newlines"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT name, next_step FROM opportunity WHERE id = 'o1'")),
                 QStringLiteral("Alpha, phase 2|Call CFO\nthen send \"v2\" quote"));
        // The deal after the two-line field keeps its own line number.
        QCOMPARE(row(*db, QStringLiteral("SELECT source_line, amount FROM opportunity WHERE id = 'o2'")),
                 QStringLiteral("4|NULL"));
    }

    void nulBytesAreDroppedWithANote()
    {
        QStringList notes;
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("nul_bytes"), &notes);
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT name FROM rep WHERE id = 'r1'")), QStringLiteral("Ann Lee"));
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("NUL")), qPrintable(notes.join(u'\n')));
    }

    void usDatesAndThousandsSeparators()
    {
        auto db =
            import(QuirksDir + QStringLiteral("us_dates/profile.json"), QuirksDir + QStringLiteral("us_dates/data"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT close_date, created_date, amount FROM opportunity")),
                 QStringLiteral("2024-03-07|2024-01-02|125075"));
    }

    void extraAndReorderedColumns()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("extra_columns"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT id, name, district, region FROM rep")),
                 QStringLiteral("r1|Ann Lee|North|East"));
        QCOMPARE(row(*db, QStringLiteral("SELECT id, owner_id, name, stage, amount FROM opportunity")),
                 QStringLiteral("o1|r1|Alpha|Lead|100000"));
    }

    void canonicalJson()
    {
        auto db = import(QStringLiteral("canonical"), QuirksDir + QStringLiteral("json/crm.json"));
        QVERIFY(db);
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT amount, category, poc_success_criteria FROM opportunity WHERE id = 'o1'")),
                 QStringLiteral("123450|best_case|1"));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT level FROM meddpicc WHERE opportunity_id = 'o1' AND element = 'champion'")),
                 QStringLiteral("confirmed"));
        QCOMPARE(row(*db, QStringLiteral("SELECT amount FROM opportunity WHERE id = 'o2'")), QStringLiteral("NULL"));
    }

    void userProfileStartsFromItsFormatsBuiltIn()
    {
        // Only a name and one column: files, stages, categories come from the built-in Salesforce profile.
        const QString path = m_dir.filePath(QStringLiteral("my-org.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "my-org", "format": "salesforce", "columns": {"users": {"district": "Division"}}})");
        file.close();
        auto db = import(path, QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/salesforce-weeks"));
        QVERIFY(db);
        QCOMPARE(row(*db, QStringLiteral("SELECT COUNT(*) FROM opportunity")), QStringLiteral("2"));
        QCOMPARE(row(*db, QStringLiteral("SELECT district FROM rep WHERE id = '005A'")), QStringLiteral("East"));
        QCOMPARE(row(*db, QStringLiteral("SELECT profile FROM import_log")), QStringLiteral("my-org"));
        QCOMPARE(row(*db, QStringLiteral("SELECT COUNT(DISTINCT as_of) FROM snapshot")), QStringLiteral("4"));
    }

    void profileStageNumbersBeyondIntAreRefused()
    {
        // A number nlohmann would convert to int with undefined behaviour (found by fuzz_profile)
        // is refused by the schema check with the key path; ordinary numbers read as before.
        auto tooLarge = ImportProfile::fromJson(R"({"name": "x", "stages": [{"name": "Lead", "probability": 1.1e99}]})",
                                                QStringLiteral("x.json"));
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().file, QStringLiteral("x.json"));
        QCOMPARE(tooLarge.error().message,
                 QStringLiteral("stages[0].probability: expected a whole number from 0 to 100, got 1.1e+99"));
        QCOMPARE(tooLarge.error().line, 1);
        QCOMPARE(tooLarge.error().column, 43);
        auto order = ImportProfile::
            fromJson(R"({"name": "x", "stages": [{"name": "Lead", "probability": 10, "sort_order": -3e10}]})",
                     QStringLiteral("x.json"));
        QVERIFY(!order.ok());
        QCOMPARE(order.error().message,
                 QStringLiteral("stages[0].sort_order: expected a whole number from -1000000 "
                                "to 1000000, got -30000000000.0"));
        auto fine = ImportProfile::fromJson(
            R"({"name": "x", "stages": [{"name": "Lead", "probability": 10}, {"name": "Won", "probability": 100, "sort_order": 9}]})",
            QStringLiteral("x.json"));
        QVERIFY2(fine.ok(), qPrintable(fine ? QString() : fine.error().toString()));
        QCOMPARE(fine->stageRules().size(), size_t(2));
        QCOMPARE(fine->stageRules()[0].stage.probability, 10);
        QCOMPARE(fine->stageRules()[0].stage.sortOrder, 1);
        QCOMPARE(fine->stageRules()[1].stage.sortOrder, 9);
    }

    void decoderGuessesCodePages()
    {
        QCOMPARE(TextDecoder::guessCodePage(QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2")), QStringLiteral("windows-1251"));
        QCOMPARE(TextDecoder::guessCodePage(QByteArray("Caf\xe9 cr\xe8me")), QStringLiteral("windows-1252"));
        auto decoded =
            TextDecoder::decode(QByteArray("Caf\xe9,na\xefve\n"), QStringLiteral("auto"), QStringLiteral("x.csv"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("Caf\u00e9,na\u00efve\n"));
    }

    void readerNeverCrashes()
    {
        // Pseudo-random bytes of every value, many sizes: the reader returns a table or an error.
        quint32 seed = 12345;
        for (int size = 0; size < 3000; size += 37) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes) {
                seed = seed * 1103515245u + 12345u;
                c = char((seed >> 16) & 0xFF);
            }
            auto table = CsvReader::parse(bytes, QStringLiteral("junk.csv"), {});
            if (!table)
                QVERIFY(table.error().line >= 1);
        }
    }

    void amounts()
    {
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1234.5"), u'.'), std::optional<Cents>(123450));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("-0.005"), u'.'), std::optional<Cents>(-1));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1 234,56"), u','), std::optional<Cents>(123456));
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("12,x"), u'.'), std::nullopt);
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("1e5"), u'.'), std::nullopt);
        QCOMPARE(FieldParser::parseAmount(QStringLiteral("."), u'.'), std::nullopt);
        QCOMPARE(FieldParser::formatAmount(-15025), QStringLiteral("-150.25"));
        QCOMPARE(FieldParser::formatAmount(123450), QStringLiteral("1234.5"));
    }

    void dates()
    {
        const QStringList iso{QStringLiteral("yyyy-MM-dd")};
        QCOMPARE(FieldParser::parseDate(QStringLiteral("2024-02-29"), iso), QDate(2024, 2, 29));
        QVERIFY(!FieldParser::parseDate(QStringLiteral("2023-02-29"), iso).isValid());
        QVERIFY(!FieldParser::parseDate(QStringLiteral("2024-1-02"), iso).isValid());
        QVERIFY(!FieldParser::parseDate(QStringLiteral("0024-01-02"), iso).isValid());
        const QStringList stamp{QStringLiteral("yyyy-MM-dd HH:mm:ss")};
        QCOMPARE(FieldParser::parseDate(QStringLiteral("2018-10-13 17:16:45"), stamp), QDate(2018, 10, 13));
        QVERIFY(!FieldParser::parseDate(QStringLiteral("2018-10-13 25:16:45"), stamp).isValid());
        const QStringList russian{QStringLiteral("dd.MM.yyyy"), QStringLiteral("M/d/yyyy")};
        QCOMPARE(FieldParser::parseDate(QStringLiteral("05.03.2024"), russian), QDate(2024, 3, 5));
        QCOMPARE(FieldParser::parseDate(QStringLiteral("3/7/2024"), russian), QDate(2024, 3, 7));
    }
};

QTEST_GUILESS_MAIN(TestImportQuirks)
#include "tst_import_quirks.moc"
