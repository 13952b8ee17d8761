// Import profiles checked strictly against docs/import-profile.schema.json, one mistake per kind
// (profiles/*.json), `profile check` and `profile draft` through the built binary on the small
// exports of this folder, every unknown stage in one error, the encoding message for a
// Windows-1251 file read as UTF-8, a stage's category used when the export has none, and the
// schema kept in step with the built-in profiles, the canonical exporter and the docs.
#include "fixtures/RunDmcockpit.h"
#include "import/csv/TextDecoder.h"
#include "import/profile/ImportProfile.h"
#include "import/profile/NearestKey.h"
#include "import/profile/ProfileValidator.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

namespace {
const QString Here = QStringLiteral(DMC_TEST_DIR "/");
const QString Profiles = Here + QStringLiteral("profiles/");
// A correct profile, shared with tests/cli/language.
const QString ValidProfile = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/profiles/valid.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

nlohmann::json parse(const QByteArray &bytes)
{
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QSet<QString> keysOf(const nlohmann::json &object)
{
    QSet<QString> keys;
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.insert(QString::fromStdString(it.key()));
    return keys;
}

const nlohmann::json &definition(const char *name)
{
    return ProfileValidator::schema().at("$defs").at(name);
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}
} // namespace

class TestImportProfileCheck : public QObject
{
    Q_OBJECT

private slots:
    void mistakesAreNamedWithLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key, close to a known one")
            << QStringLiteral("misspelt-key.json")
            << QStringLiteral("misspelt-key.json, line 5, column 3: unknown key `decimal_seperator` — did you mean "
                              "`decimal_separator`?");
        QTest::newRow("unknown key, close to none")
            << QStringLiteral("unknown-key.json")
            << QStringLiteral("unknown-key.json, line 3, column 3: unknown key `colour` (the keys read here: "
                              "$comment, $schema, categories, columns, currency, date_formats, decimal_separator, "
                              "delimiter, district_from, encoding, files, format, name, placeholder_ids, region_from, "
                              "source_groups, stages, types, values)");
        QTest::newRow("wrong type, by key path")
            << QStringLiteral("wrong-type.json")
            << QStringLiteral("wrong-type.json, line 7, column 42: stages[3].won: expected true/false, got \"yes\"");
        QTest::newRow("unknown key in a stage")
            << QStringLiteral("misspelt-stage-key.json")
            << QStringLiteral("misspelt-stage-key.json, line 5, column 28: unknown key `stages[1].probabilty` — did "
                              "you mean `probability`?");
        QTest::newRow("unknown table of the format")
            << QStringLiteral("misspelt-table.json")
            << QStringLiteral("misspelt-table.json, line 4, column 14: unknown key `files.oportunities` — did you "
                              "mean `opportunities`?");
        QTest::newRow("unknown format")
            << QStringLiteral("misspelt-format.json")
            << QStringLiteral(
                   "misspelt-format.json, line 3, column 3: format: expected one of \"canonical\", "
                   "\"salesforce\", \"maven\", \"bitrix24\", \"amocrm\", got \"salesfroce\" — did you mean \"salesforce\"?");
        QTest::newRow("unknown category key")
            << QStringLiteral("misspelt-category.json")
            << QStringLiteral(
                   "misspelt-category.json, line 4, column 19: categories.Forecast: expected one of "
                   "\"pipeline\", \"best_case\", \"commit\", \"closed\", \"omitted\", got \"comit\" — did you "
                   "mean \"commit\"?");
        QTest::newRow("repeated key")
            << QStringLiteral("repeated-key.json")
            << QStringLiteral("repeated-key.json, line 4, column 3: the key `stages` is given twice (first on line 3)");
        QTest::newRow("every mistake at once, in file order")
            << QStringLiteral("several-mistakes.json")
            << QStringLiteral(
                   "several-mistakes.json, line 3, column 3: unknown key `encodng` — did you mean `encoding`?\n"
                   "several-mistakes.json, line 4, column 3: unknown key `colums` — did you mean `columns`?\n"
                   "several-mistakes.json, line 5, column 3: unknown key `stage` — did you mean `stages`?\n"
                   "several-mistakes.json, line 6, column 32: stages[0].probability: expected a whole "
                   "number from 0 to 100, got 120");
    }

    void mistakesAreNamedWithLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto loaded = ImportProfile::load(Profiles + file);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::BadInput);
        QCOMPARE(loaded.error().toString(), expected);

        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("check"), Profiles + file});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText(), expected + u'\n');
        QVERIFY(run.outText().isEmpty());
    }

    void checkPassesAValidProfile()
    {
        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("check"), ValidProfile});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(),
                 ValidProfile + QStringLiteral(": ok, no problems found (format canonical, 2 stages).\n"));
        QVERIFY(run.errText().isEmpty());
        auto loaded = ImportProfile::load(ValidProfile);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->stageFor(QStringLiteral("Успешно"))->stage.name, QStringLiteral("Won"));
        QCOMPARE(loaded->column(QStringLiteral("opportunities"), QStringLiteral("amount")), QStringLiteral("Сумма"));
    }

    void messagesAreRussianWithLangRu()
    {
        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("check"),
                                             Profiles + QStringLiteral("misspelt-key.json"), QStringLiteral("--lang"),
                                             QStringLiteral("ru")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText(),
                 QStringLiteral("misspelt-key.json, строка 5, столбец 3: неизвестный ключ `decimal_seperator` — "
                                "возможно, имелся в виду `decimal_separator`?\n"));
    }

    void missingProfileFileSaysSo()
    {
        const QString path = Profiles + QStringLiteral("no-such-profile.json");
        auto loaded = ImportProfile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().toString(), path + QStringLiteral(": file not found"));

        const auto check = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 2);
        QCOMPARE(check.errText(), path + QStringLiteral(": file not found\n"));

        QTemporaryDir dir;
        const auto import =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")),
                                QStringLiteral("--profile"), path, Here + QStringLiteral("unknown-stages")});
        QCOMPARE(import.exitCode, 2);
        QCOMPARE(import.errText(), path + QStringLiteral(": file not found\n"));

        // A name without a folder or .json is a built-in's, misspelt.
        auto misspelt = ImportProfile::load(QStringLiteral("salesfroce"));
        QVERIFY(!misspelt.ok());
        QCOMPARE(misspelt.error().toString(),
                 QStringLiteral(
                     "unknown profile \"salesfroce\": use canonical, salesforce, maven, bitrix24, amocrm or a profile file "
                     "(did you mean salesforce?)"));
    }

    void nearestKeyIsDamerauLevenshtein()
    {
        QCOMPARE(NearestKey::distance(QStringLiteral("decimal_seperator"), QStringLiteral("decimal_separator")), 1);
        QCOMPARE(NearestKey::distance(QStringLiteral("probabilty"), QStringLiteral("probability")), 1);
        QCOMPARE(NearestKey::distance(QStringLiteral("fromat"), QStringLiteral("format")), 1); // a swap is one edit
        QCOMPARE(NearestKey::distance(QStringLiteral("colour"), QStringLiteral("columns")), 4);
        QCOMPARE(NearestKey::find(QStringLiteral("Name"), {QStringLiteral("name"), QStringLiteral("names")}),
                 QStringLiteral("name"));
        QCOMPARE(NearestKey::find(QStringLiteral("colour"), {QStringLiteral("columns"), QStringLiteral("currency")}),
                 QString());
    }

    void builtInProfilesMatchTheSchema()
    {
        // Each built-in names every table its importer reads: the schema allows exactly those.
        const QStringList formats = {QStringLiteral("canonical"), QStringLiteral("salesforce"), QStringLiteral("maven"),
                                     QStringLiteral("bitrix24"), QStringLiteral("amocrm")};
        QCOMPARE(keysOf(ProfileValidator::schema().at("properties")).contains(QStringLiteral("decimal_separator")),
                 true);
        for (const QString &format : formats) {
            auto loaded = ImportProfile::load(format);
            QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
            const nlohmann::json builtIn =
                parse(readAll(QStringLiteral(DMC_SOURCE_DIR "/resources/profiles/%1.json").arg(format)));
            const nlohmann::json &files = definition((format + QStringLiteral("Files")).toUtf8().constData());
            QCOMPARE(keysOf(files.at("properties")), keysOf(builtIn.at("files")));
            const nlohmann::json &columns = definition((format + QStringLiteral("Columns")).toUtf8().constData());
            QCOMPARE(keysOf(columns.at("properties")), keysOf(files.at("properties")));
            // The built-in's own column mappings use only fields the schema lists.
            const nlohmann::json builtInColumns = builtIn.value("columns", nlohmann::json::object());
            for (const auto &[table, fields] : builtInColumns.items())
                for (const QString &field : keysOf(fields))
                    QVERIFY2(keysOf(columns.at("properties").at(table).at("properties")).contains(field),
                             qPrintable(format + u' ' + QString::fromStdString(table) + u' ' + field));
        }
    }

    void schemaCanonicalFieldsAreTheExportersColumns()
    {
        // `dmcockpit export` writes every canonical column: the schema lists exactly those.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("full.db"));
        QCOMPARE(test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                     QStringLiteral("canonical"),
                                     QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full")})
                     .exitCode,
                 0);
        const QString out = dir.filePath(QStringLiteral("out"));
        QCOMPARE(test::runDmcockpit({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        const nlohmann::json &columns = definition("canonicalColumns").at("properties");
        QCOMPARE(keysOf(columns).size(), 23);
        for (const auto &[table, fields] : columns.items()) {
            const QByteArray text = readAll(out + u'/' + QString::fromStdString(table) + QStringLiteral(".csv"));
            const QStringList header = QString::fromUtf8(text.left(text.indexOf('\n'))).trimmed().split(u',');
            QCOMPARE(keysOf(fields.at("properties")), QSet<QString>(header.begin(), header.end()));
        }
    }

    void docsListWhatTheSchemaAllows()
    {
        const QString docs = QString::fromUtf8(readAll(QStringLiteral(DMC_SOURCE_DIR "/docs/import-profiles.md")));
        // The key table: | `key` | meaning | default |
        QSet<QString> documentedKeys;
        static const QRegularExpression keyRow(QStringLiteral("^\\| `([$a-z_]+)` \\| [^|]+\\| [^|]*\\|$"),
                                               QRegularExpression::MultilineOption);
        for (auto it = keyRow.globalMatch(docs); it.hasNext();)
            documentedKeys.insert(it.next().captured(1));
        QCOMPARE(documentedKeys, keysOf(ProfileValidator::schema().at("properties")));
        // The table list: | `format` | `table` | default files | fields |
        static const QRegularExpression
            tableRow(QStringLiteral(
                         "^\\| `(canonical|salesforce|maven|bitrix24|amocrm)` \\| `([a-z_]+)` \\| [^|]+ \\| ([^|]*) \\|$"),
                     QRegularExpression::MultilineOption);
        QHash<QString, QSet<QString>> documentedTables;
        int rows = 0;
        for (auto it = tableRow.globalMatch(docs); it.hasNext();) {
            const QRegularExpressionMatch row = it.next();
            ++rows;
            const QString format = row.captured(1);
            const QString table = row.captured(2);
            documentedTables[format].insert(table);
            QSet<QString> fields;
            if (!row.captured(3).startsWith(QLatin1String("none")))
                for (const QString &field : row.captured(3).split(u',', Qt::SkipEmptyParts))
                    fields.insert(field.trimmed());
            const nlohmann::json &columns = definition((format + QStringLiteral("Columns")).toUtf8().constData());
            QCOMPARE(fields, keysOf(columns.at("properties").at(table.toStdString()).at("properties")));
        }
        QCOMPARE(rows, 50);
        for (const QString &format : {QStringLiteral("canonical"), QStringLiteral("salesforce"),
                                      QStringLiteral("maven"), QStringLiteral("bitrix24"), QStringLiteral("amocrm")})
            QCOMPARE(documentedTables.value(format),
                     keysOf(definition((format + QStringLiteral("Files")).toUtf8().constData()).at("properties")));
    }

    void everyUnknownStageInOneError()
    {
        QTemporaryDir dir;
        const auto canonical = test::runDmcockpit(
            {QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db")),
             QStringLiteral("--profile"), QStringLiteral("canonical"), Here + QStringLiteral("unknown-stages")});
        QCOMPARE(canonical.exitCode, 3);
        QCOMPARE(canonical.errText(),
                 QStringLiteral(
                     "opportunities.csv, line 3, column 4: 4 stages of the export are not in the stage ladder, "
                     "each with its first row:\n"
                     "  \"Angebot\": opportunities.csv, line 3, column 4 (3 rows)\n"
                     "  \"Verhandlung\": opportunities.csv, line 4, column 4 (1 row)\n"
                     "  \"Gewonnen\": opportunities.csv, line 6, column 4 (1 row)\n"
                     "  \"Vorqualifiziert\": snapshots.csv, line 3, column 4 (1 row); nothing was imported\n"));

        // Salesforce: the history's stages join the opportunities' (a deal whose stage is unknown
        // still owns its history rows).
        const auto salesforce = test::runDmcockpit(
            {QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("b.db")),
             QStringLiteral("--profile"), QStringLiteral("salesforce"), Here + QStringLiteral("sf-unknown-stages")});
        QCOMPARE(salesforce.exitCode, 3);
        QCOMPARE(salesforce.errText(),
                 QStringLiteral(
                     "Opportunity.csv, line 3, column 4: 3 stages of the export are not in the stage ladder, "
                     "each with its first row:\n"
                     "  \"Calificación\": Opportunity.csv, line 3, column 4 (3 rows)\n"
                     "  \"Propuesta\": Opportunity.csv, line 4, column 4 (2 rows)\n"
                     "  \"Demostración\": OpportunityHistory.csv, line 3, column 3 (1 row); nothing was imported\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.db.rejects"))));

        // Lenient: each such row is a reject of its own, as before.
        const QString lenientDb = dir.filePath(QStringLiteral("c.db"));
        const auto lenient = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), lenientDb,
                                                 QStringLiteral("--lenient"), QStringLiteral("--profile"),
                                                 QStringLiteral("canonical"), Here + QStringLiteral("unknown-stages")});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.outText().startsWith(
                     QStringLiteral("Imported 1 opportunity, 1 snapshot row (9 rows read, 6 rejected).")),
                 qPrintable(lenient.outText()));
    }

    void onlyOneUnknownStageKeepsItsRowMessage()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("one")));
        QFile::copy(Here + QStringLiteral("unknown-stages/reps.csv"), dir.filePath(QStringLiteral("one/reps.csv")));
        QFile opportunities(dir.filePath(QStringLiteral("one/opportunities.csv")));
        QVERIFY(opportunities.open(QIODevice::WriteOnly));
        opportunities.write("id,owner_id,name,stage,category,amount\n"
                            "o1,r1,Alpha,Angebot,pipeline,1000\n"
                            "o2,r1,Beta,Angebot,pipeline,2000\n");
        opportunities.close();
        const auto run =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db")),
                                dir.filePath(QStringLiteral("one"))});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText(),
                 QStringLiteral(
                     "opportunities.csv, line 2, column 4: unknown stage \"Angebot\" (2 rows); nothing was imported\n"));
    }

    void windows1251ReadAsUtf8SaysWhatTheBytesLookLike()
    {
        QTemporaryDir dir;
        const auto run =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db")),
                                QStringLiteral("--profile"), Profiles + QStringLiteral("ru-utf8.json"),
                                Here + QStringLiteral("cp1251-as-utf8")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText(),
                 QStringLiteral("reps.csv, line 2, column 2: no valid UTF-8 found; the high bytes look like "
                                "Windows-1251: try `\"encoding\": \"auto\"`; nothing was imported\n"));

        // Mostly Windows-1252 with one sequence that happens to be valid UTF-8 ("Ã©" is "é").
        auto mostly = TextDecoder::decode(QByteArray("id,name\n1,Caf\xc3\xa9 cr\xe8me br\xfbl\xe9\x65\n"),
                                          QStringLiteral("utf-8"), QStringLiteral("x.csv"));
        QVERIFY(!mostly.ok());
        QCOMPARE(mostly.error().toString(),
                 QStringLiteral(
                     "x.csv, line 2, column 2: mostly not UTF-8 (3 invalid bytes, 1 valid sequences, the first "
                     "invalid byte 0xE8); the high bytes look like Windows-1252: try `\"encoding\": \"auto\"`"));
        // Mostly UTF-8 with a stray byte: two encodings mixed, as before (now with its column).
        auto mixed = TextDecoder::decode(QByteArray("id;name\n1;\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0\n2;\xc1\n"),
                                         QStringLiteral("auto"), QStringLiteral("y.csv"));
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().toString(),
                 QStringLiteral("y.csv, line 3, column 2: invalid UTF-8 byte 0xC1: the file mixes encodings"));
    }

    void categoryComesFromTheStageWhenTheExportHasNone()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("export")));
        QFile::copy(Here + QStringLiteral("unknown-stages/reps.csv"), dir.filePath(QStringLiteral("export/reps.csv")));
        QFile opportunities(dir.filePath(QStringLiteral("export/opportunities.csv")));
        QVERIFY(opportunities.open(QIODevice::WriteOnly));
        opportunities.write("id,owner_id,name,stage,amount\n"
                            "o1,r1,Alpha,Negotiation,1000\n"
                            "o2,r1,Beta,Closed Won,2000\n");
        opportunities.close();
        const QString db = dir.filePath(QStringLiteral("a.db"));
        const auto run = test::runDmcockpit(
            {QStringLiteral("import"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("export"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        {
            auto opened = Database::open(db, Database::OpenMode::ReadOnly);
            QVERIFY(opened.ok());
            QCOMPARE(scalar((*opened)->connection(),
                            QStringLiteral("SELECT group_concat(id || ':' || category) FROM "
                                           "(SELECT id, category FROM opportunity ORDER BY id)")),
                     QStringLiteral("o1:commit,o2:closed"));
        }

        // A stage the profile gives no category, in an export without the column: said so.
        QFile profile(dir.filePath(QStringLiteral("bare.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(
            R"({"name": "bare", "stages": [{"name": "Negotiation", "probability": 80}, {"name": "Closed Won", "probability": 100, "won": true, "category": "closed"}]})");
        profile.close();
        const auto bare = test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"),
                                              dir.filePath(QStringLiteral("b.db")), QStringLiteral("--profile"),
                                              profile.fileName(), dir.filePath(QStringLiteral("export"))});
        QCOMPARE(bare.exitCode, 3);
        QCOMPARE(bare.errText(),
                 QStringLiteral("opportunities.csv, line 2: no category: the file has no category column and the "
                                "profile gives stage \"Negotiation\" none; nothing was imported\n"));
    }

    void draftFromASalesforceBackup()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("draft.json"));
        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("draft"),
                                             QStringLiteral("--format"), QStringLiteral("salesforce"),
                                             Here + QStringLiteral("salesforce-latam"), QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), QStringLiteral("Wrote the draft profile %1.\n").arg(output));
        QCOMPARE(run.errText(),
                 QStringLiteral("Note: Opportunity.csv: not UTF-8, read as windows-1252\n"
                                "Note: Opportunity.csv: 1 NUL byte removed\n"
                                "Note: OpportunityHistory.csv: not UTF-8, read as windows-1252\n"
                                "Note: User.csv: not UTF-8, read as windows-1252\n"
                                "Note: amounts in 3 currencies: COP (3 rows), MXN (2 rows), USD (1 row)\n"
                                "Note: no won / lost in the export for 1 stage, written as open: Demostración\n"
                                "Note: opportunity types the profile does not know, written as new: Renovación\n"));
        QCOMPARE(QString::fromUtf8(readAll(output)),
                 QString::fromUtf8(readAll(Here + QStringLiteral("expected/salesforce-latam.json"))));
        const auto check = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("check"), output});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.outText(), output + QStringLiteral(": ok, no problems found (format salesforce, 6 stages).\n"));

        // A draft never overwrites a file.
        const auto again = test::runDmcockpit(
            {QStringLiteral("profile"), QStringLiteral("draft"), QStringLiteral("--format"),
             QStringLiteral("salesforce"), Here + QStringLiteral("salesforce-latam"), QStringLiteral("-o"), output});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.errText(), output + QStringLiteral(": the file exists; nothing was written\n"));
    }

    void draftTakesTheOrgsStagePicklist()
    {
        // OpportunityStage.csv beside the backup: its order, default probability, won / closed
        // and forecast category win over the rows'; an inactive value no deal uses is left out.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backup"));
        QDir().mkpath(folder);
        for (const QString &name : QDir(Here + QStringLiteral("salesforce-latam")).entryList(QDir::Files))
            QVERIFY(QFile::copy(Here + QStringLiteral("salesforce-latam/") + name, folder + u'/' + name));
        QFile picklist(folder + QStringLiteral("/OpportunityStage.csv"));
        QVERIFY(picklist.open(QIODevice::WriteOnly));
        picklist.write("ApiName,MasterLabel,IsActive,SortOrder,IsClosed,IsWon,DefaultProbability,ForecastCategoryName\n"
                       "Prospecci\xf3n,Prospecci\xf3n,true,1,false,false,10,Pipeline\n"
                       "Demostraci\xf3n,Demostraci\xf3n,true,2,false,false,30,Pipeline\n"
                       "Propuesta econ\xf3mica,Propuesta econ\xf3mica,true,3,false,false,60,Best Case\n"
                       "Negociaci\xf3n,Negociaci\xf3n,true,4,false,false,75,Commit\n"
                       "Cerrada ganada,Cerrada ganada,true,5,true,true,100,Closed\n"
                       "Cerrada perdida,Cerrada perdida,true,6,true,false,0,Omitted\n"
                       "En pausa,En pausa,false,7,false,false,20,Pipeline\n"
                       "Calificaci\xf3n,Calificaci\xf3n,true,8,false,false,20,Pipeline\n");
        picklist.close();
        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("draft"),
                                             QStringLiteral("--format"), QStringLiteral("salesforce"), folder});
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json draft = parse(run.out);
        QVERIFY(draft.is_object());
        QCOMPARE(QString::fromStdString(draft.at("stages").dump()),
                 QString::fromUtf8(R"([{"category":"pipeline","name":"Prospección","probability":10},)"
                                   R"({"category":"pipeline","name":"Demostración","probability":30},)"
                                   R"({"category":"best_case","name":"Propuesta económica","probability":60},)"
                                   R"({"category":"commit","name":"Negociación","probability":75},)"
                                   R"({"category":"closed","name":"Cerrada ganada","probability":100,"won":true},)"
                                   R"({"category":"omitted","lost":true,"name":"Cerrada perdida","probability":0},)"
                                   R"({"category":"pipeline","name":"Calificación","probability":20}])"));
        QVERIFY2(!run.errText().contains(QStringLiteral("no won / lost")), qPrintable(run.errText()));
    }

    void draftFromACanonicalSpreadsheetImports()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("ru.json"));
        const auto run = test::runDmcockpit({QStringLiteral("profile"), QStringLiteral("draft"),
                                             QStringLiteral("--format"), QStringLiteral("canonical"),
                                             Here + QStringLiteral("canonical-cp1251"), QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(readAll(output)),
                 QString::fromUtf8(readAll(Here + QStringLiteral("expected/canonical-cp1251.json"))));

        // The export has no category column: each deal takes its stage's category from the draft.
        const QString db = dir.filePath(QStringLiteral("ru.db"));
        const auto import =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                output, Here + QStringLiteral("canonical-cp1251")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.errText()));
        QVERIFY2(import.outText().startsWith(QStringLiteral("Imported 5 opportunities")), qPrintable(import.outText()));
        auto opened = Database::open(db, Database::OpenMode::ReadOnly);
        QVERIFY(opened.ok());
        QCOMPARE(scalar((*opened)->connection(),
                        QStringLiteral(
                            "SELECT group_concat(id || ':' || category || ':' || amount || ':' || currency, ' ') "
                            "FROM (SELECT * FROM opportunity ORDER BY id)")),
                 QStringLiteral("d1:pipeline:125000000:RUB d2:pipeline:48000050:RUB d3:closed:200000000:RUB "
                                "d4:pipeline:9500000:RUB d5:omitted:30000000:RUB"));
    }
};

QTEST_GUILESS_MAIN(TestImportProfileCheck)
#include "tst_import_profilecheck.moc"
