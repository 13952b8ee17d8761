// dmcockpit glossary on tests/fixtures/small (the default ladder, README.md section 1): the list
// of the database's stages with their labels, setting and removing a label, adding the defaults
// back, the errors (exact messages, exit 2, nothing written), and the label in the text of other
// commands (changes: D04 moves to Negotiation / Commit between 2026-03-23 and 2026-04-06) while
// the JSON keeps the CRM's name.
#include "fixtures/RunDmcockpit.h"

#include <QTemporaryDir>
#include <QTest>

using dmc::test::CommandRun;
using dmc::test::runDmcockpit;

namespace {

const QString SmallFixture = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small");

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

class TestCliGlossary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CommandRun run(const QStringList &arguments, const char *language = "en")
    {
        QStringList all = arguments;
        all.insert(1, QStringLiteral("--db"));
        all.insert(2, m_db);
        all << QStringLiteral("--lang") << QString::fromLatin1(language);
        return runDmcockpit(all);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("small.db"));
        const CommandRun imported =
            runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--profile"),
                          QStringLiteral("canonical"), SmallFixture});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void listsTheStagesWithTheirLabels()
    {
        const CommandRun listed = run(list({"glossary"}));
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.outText().split(QLatin1Char('\n'));
        // The fixture's 7 stages in ladder order, then the 11 other default terms by name; the
        // widest term is "Proposal/Price Quote" (20 characters).
        QCOMPARE(lines.size(), 1 + 7 + 11 + 1);
        QCOMPARE(lines[0], QStringLiteral("Kind   Term                  en  ru"));
        QCOMPARE(lines[1], QStringLiteral("stage  Lead                  -   Лид"));
        QCOMPARE(lines[5], QStringLiteral("stage  Negotiation           -   Переговоры"));
        QCOMPARE(lines[7], QStringLiteral("stage  Closed Lost           -   Закрыта — проиграна"));
        QCOMPARE(lines[8], QStringLiteral("stage  Engaging              -   Работа с клиентом"));
        QCOMPARE(lines[18], QStringLiteral("stage  Won                   -   Выиграна"));
        QCOMPARE(lines[19], QString());

        const CommandRun russian = run(list({"glossary"}), "ru");
        QCOMPARE(russian.outText().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Вид    Термин                en  ru"));

        const CommandRun json = run(list({"glossary", "--json"}));
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.outText().contains(QStringLiteral("{\n      \"kind\": \"stage\",\n      \"labels\": {\n        "
                                                        "\"ru\": \"Переговоры\"\n      },\n      \"term\": "
                                                        "\"Negotiation\"\n    }")),
                 json.out.constData());
    }

    void theLabelShowsInTextAndTheJsonKeepsTheCrmName()
    {
        const CommandRun changes = run(list({"changes"}), "ru");
        QCOMPARE(changes.exitCode, 0);
        QVERIFY2(changes.outText().contains(QStringLiteral("Переговоры / Commit")), changes.out.constData());
        QVERIFY2(!changes.outText().contains(QStringLiteral("Negotiation")), changes.out.constData());
        const CommandRun english = run(list({"changes"}));
        QVERIFY2(english.outText().contains(QStringLiteral("Negotiation / Commit")), english.out.constData());
        const CommandRun json = run(list({"changes", "--json"}), "ru");
        QVERIFY2(json.outText().contains(QStringLiteral("\"to_stage\": \"Negotiation\"")), json.out.constData());
        QVERIFY(!json.outText().contains(QStringLiteral("Переговоры")));
    }

    void setsRemovesAndRestoresALabel()
    {
        CommandRun set = run(list({"glossary", "--set", "stage", "Negotiation", "ru", "Торг"}));
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.outText(), QStringLiteral("The ru label of stage \"Negotiation\" is now \"Торг\".\n"));
        QVERIFY(run(list({"glossary"})).outText().contains(QStringLiteral("stage  Negotiation           -   Торг\n")));
        QVERIFY(run(list({"changes"}), "ru").outText().contains(QStringLiteral("Торг / Commit")));

        set = run(list({"glossary", "--set", "stage", "Negotiation", "en", "Negotiating"}));
        QCOMPARE(set.exitCode, 0);
        QVERIFY(run(list({"changes"})).outText().contains(QStringLiteral("Negotiating / Commit")));
        QVERIFY(run(list({"glossary"}))
                    .outText()
                    .contains(QStringLiteral("stage  Negotiation           Negotiating  Торг\n")));

        // The DM's label stays when the defaults are added again.
        CommandRun defaults = run(list({"glossary", "--defaults"}));
        QCOMPARE(defaults.exitCode, 0);
        QCOMPARE(defaults.outText(), QStringLiteral("Added 0 default labels; labels already set were kept.\n"));

        const CommandRun removed = run(list({"glossary", "--set", "stage", "Negotiation", "ru", ""}), "ru");
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.outText(),
                 QStringLiteral("Название на языке ru\u00A0для stage «Negotiation» удалено: термин показывается так, "
                                "как его пишет CRM.\n"));
        QVERIFY(run(list({"changes"}), "ru").outText().contains(QStringLiteral("Negotiation / Commit")));
        defaults = run(list({"glossary", "--defaults"}));
        QCOMPARE(defaults.outText(), QStringLiteral("Added 1 default label; labels already set were kept.\n"));
        QVERIFY(run(list({"changes"}), "ru").outText().contains(QStringLiteral("Переговоры / Commit")));
        QVERIFY(run(list({"glossary", "--set", "stage", "Negotiation", "en", ""})).exitCode == 0);
    }

    void errorsNameWhatIsKnown_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << list({"glossary", "--set", "category", "Commit", "ru", "Обязательство"})
                              << QStringLiteral("en")
                              << QStringLiteral("Unknown kind \"category\": the glossary holds stage.\n");
        QTest::newRow("kind-ru") << list({"glossary", "--set", "category", "Commit", "ru", "Обязательство"})
                                 << QStringLiteral("ru")
                                 << QStringLiteral("Неизвестный вид «category»: в глоссарии есть виды: stage.\n");
        QTest::newRow("language") << list({"glossary", "--set", "stage", "Negotiation", "de", "Verhandlung"})
                                  << QStringLiteral("en")
                                  << QStringLiteral("Unknown language \"de\": the glossary holds labels in en, ru.\n");
        QTest::newRow("language-ru") << list({"glossary", "--set", "stage", "Negotiation", "de", "Verhandlung"})
                                     << QStringLiteral("ru")
                                     << QStringLiteral("Неизвестный язык «de»: в глоссарии есть названия на языках: "
                                                       "en, ru.\n");
        QTest::newRow("arguments") << list({"glossary", "--set", "stage", "Negotiation"}) << QStringLiteral("en")
                                   << QStringLiteral("--set takes KIND TERM LANGUAGE LABEL, e.g. --set stage "
                                                     "Negotiation ru LABEL (an empty LABEL removes the label).\n");
        QTest::newRow("no-set") << list({"glossary", "stage"}) << QStringLiteral("en")
                                << QStringLiteral("Unexpected argument \"stage\": a label is set with --set KIND "
                                                  "TERM LANGUAGE LABEL.\n");
    }

    void errorsNameWhatIsKnown()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QString, message);
        const QString before = run(list({"glossary"})).outText();
        const CommandRun failed = run(arguments, qPrintable(language));
        QCOMPARE(failed.exitCode, 2);
        QCOMPARE(failed.errText(), message);
        QCOMPARE(failed.outText(), QString());
        QCOMPARE(run(list({"glossary"})).outText(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliGlossary)
#include "tst_cli_glossary.moc"
