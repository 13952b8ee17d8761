// The glossary of CRM words (store/TermLabelStore, analytics/text/TermLabels): a new database
// starts with the Russian labels of the shipped stage ladders (store/DefaultTermLabels.cpp: 7 of
// the default ladder, 8 more of Salesforce's, 3 more of the Maven dataset's: 18), an older
// database gains them in its upgrade and keeps its data, a DM's own label survives adding the
// defaults again, unknown kinds and languages are refused with the exact messages, and a stage
// name is shown in the current language's label.
#include "analytics/text/TermLabels.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/TermLabelStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

QString labelOf(const std::vector<TermLabel> &labels, const QString &term,
                const QString &language = QStringLiteral("ru"))
{
    for (const TermLabel &label : labels)
        if (label.kind == QLatin1String("stage") && label.term == term && label.language == language)
            return label.label;
    return {};
}

std::vector<TermLabel> labelsOf(Database &database)
{
    auto labels = TermLabelStore(database).labels();
    if (!labels)
        qWarning("%s", qPrintable(labels.error().toString()));
    return labels ? labels.value() : std::vector<TermLabel>();
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        TermLabels::install(TermLabels());
    }

    void aNewDatabaseStartsWithTheRussianLadder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("new.db")));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        const auto labels = labelsOf(**db);
        QCOMPARE(labels.size(), size_t(18));
        QCOMPARE(labelOf(labels, QStringLiteral("Negotiation")), QStringLiteral("Переговоры"));
        QCOMPARE(labelOf(labels, QStringLiteral("Closed Won")), QStringLiteral("Закрыта — выиграна"));
        QCOMPARE(labelOf(labels, QStringLiteral("Negotiation/Review")), QStringLiteral("Переговоры и согласование"));
        QCOMPARE(labelOf(labels, QStringLiteral("Engaging")), QStringLiteral("Работа с клиентом"));
        // Russian labels only: English shows the CRM's names.
        QCOMPARE(labelOf(labels, QStringLiteral("Negotiation"), QStringLiteral("en")), QString());
    }

    void anOlderDatabaseGainsTheLabelsAndKeepsItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        {
            // A schema 5 file: no glossary table yet, a setting of its own.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->setSetting(QStringLiteral("reporting_currency"), QStringLiteral("EUR")).ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE term_label")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
            // Nor the loss reason and competitor of schema 7.
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE opportunity DROP COLUMN loss_reason")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE opportunity DROP COLUMN competitor")));
            // Nor the audit trail's revert link of schema 13.
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE dm_action_history DROP COLUMN reverts_id")));
        }
        {
            // Read-only, it is read as it is, with the labels a new database starts with.
            auto reader = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toString()));
            QVERIFY(!(*reader)->connection().tables().contains(QStringLiteral("term_label")));
            const auto labels = labelsOf(**reader);
            QCOMPARE(labels.size(), size_t(18));
            QCOMPARE(labelOf(labels, QStringLiteral("Negotiation")), QStringLiteral("Переговоры"));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
        // 8 added the POC tables, 9 the capacity tables, 10 plays and partners, 11 nothing, 12 the
        // qualification history, 13 the audit trail's revert link, 14 each person's own settings, 15 a
        // team database's rep policy (nothing in a file), 16 the snapshot table without rowid.
        QCOMPARE(query.value(0).toInt(), 16);
        QVERIFY(QFile::exists(Database::backupPath(path, 5)));
        QCOMPARE((*db)->setting(QStringLiteral("reporting_currency")), QStringLiteral("EUR"));
        const auto labels = labelsOf(**db);
        QCOMPARE(labels.size(), size_t(18));
        QCOMPARE(labelOf(labels, QStringLiteral("Lead")), QStringLiteral("Лид"));
    }

    void aLabelOfTheDmSurvivesAddingTheDefaults()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("dm.db")));
        QVERIFY(db.ok());
        TermLabelStore store(**db);
        const QString ru = QStringLiteral("ru");
        QVERIFY(
            store.setLabel({QStringLiteral("stage"), QStringLiteral("Negotiation"), ru, QStringLiteral("Торг")}).ok());
        QVERIFY(store.setLabel({QStringLiteral("stage"), QStringLiteral("Lead"), ru, QString()}).ok()); // removed
        QVERIFY(store
                    .setLabel({QStringLiteral("stage"), QStringLiteral("Pilot"), QStringLiteral("en"),
                               QStringLiteral("Pilot project")})
                    .ok());
        QCOMPARE(labelsOf(**db).size(), size_t(18)); // 18 - Lead + Pilot
        auto added = store.addDefaults();
        QVERIFY(added.ok());
        QCOMPARE(added.value(), 1); // Lead only
        const auto labels = labelsOf(**db);
        QCOMPARE(labels.size(), size_t(19));
        QCOMPARE(labelOf(labels, QStringLiteral("Negotiation")), QStringLiteral("Торг"));
        QCOMPARE(labelOf(labels, QStringLiteral("Lead")), QStringLiteral("Лид"));
        QCOMPARE(labelOf(labels, QStringLiteral("Pilot"), QStringLiteral("en")), QStringLiteral("Pilot project"));
        QCOMPARE(store.addDefaults().value(), 0);
    }

    void unknownKindsAndLanguagesAreRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("errors.db")));
        QVERIFY(db.ok());
        TermLabelStore store(**db);
        Status kind = store.setLabel({QStringLiteral("category"), QStringLiteral("Commit"), QStringLiteral("ru"),
                                      QStringLiteral("Обязательство")});
        QVERIFY(!kind.ok());
        QCOMPARE(kind.error().kind, Error::Kind::Usage);
        QCOMPARE(kind.error().toString(), QStringLiteral("Unknown kind \"category\": the glossary holds stage."));
        Status language = store.setLabel({QStringLiteral("stage"), QStringLiteral("Negotiation"), QStringLiteral("de"),
                                          QStringLiteral("Verhandlung")});
        QVERIFY(!language.ok());
        QCOMPARE(language.error().toString(),
                 QStringLiteral("Unknown language \"de\": the glossary holds labels in en, ru."));
        Status term =
            store.setLabel({QStringLiteral("stage"), QStringLiteral(" "), QStringLiteral("ru"), QStringLiteral("x")});
        QCOMPARE(term.error().toString(), QStringLiteral("The term is empty: give the name as the CRM writes it."));
        QCOMPARE(labelsOf(**db).size(), size_t(18)); // nothing written
    }

    void aStageIsShownInTheCurrentLanguagesLabel()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("shown.db")));
        QVERIFY(db.ok());
        QVERIFY(TermLabelStore(**db)
                    .setLabel({QStringLiteral("stage"), QStringLiteral("Closed Won"), QStringLiteral("en"),
                               QStringLiteral("Won")})
                    .ok());
        TermLabels::install(TermLabels(labelsOf(**db)));
        QVERIFY(Translations::install(QStringLiteral("ru")));
        QCOMPARE(TermLabels::stage(QStringLiteral("Negotiation")), QStringLiteral("Переговоры"));
        QCOMPARE(TermLabels::stage(QStringLiteral("Custom stage")), QStringLiteral("Custom stage"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(TermLabels::stage(QStringLiteral("Negotiation")), QStringLiteral("Negotiation"));
        QCOMPARE(TermLabels::stage(QStringLiteral("Closed Won")), QStringLiteral("Won"));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
