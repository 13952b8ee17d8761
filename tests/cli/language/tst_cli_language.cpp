// --lang en|ru on every command of `dmcockpit --help`: the text, the messages, the documents and
// the --help follow the option whatever the locale says (each run sets the other language's
// locale); without the option the locale decides; --lang de is a usage error (exit 2) printed
// before anything is read or written. The commands run on tests/fixtures/small (its README.md
// describes the data); the strings below were picked by hand from each command's output there.
#include "fixtures/RunDmcockpit.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using dmc::test::CommandRun;
using dmc::test::environmentWithLocale;
using dmc::test::runDmcockpit;

namespace {

const QString SmallFixture = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small");
const QString ValidProfile = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/profiles/valid.json");

enum class Where { Out, Err, File };

// One command line and a string it prints in each language. In the arguments "{db}" is the
// fixture database, "{new}" a path of its own per run (a database, folder or file to create).
struct Case
{
    const char *tag;
    QStringList arguments;
    Where where;
    int exitCode;
    QString english;
    QString russian;
    QString file; // Where::File: the file to read, with the same placeholders
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromUtf8(item);
    return result;
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> list = {
        {"import", args({"import", "--db", "{new}.db", "--profile", "canonical"}) << SmallFixture, Where::Out, 0,
         QStringLiteral("Imported 12 opportunities, 44 snapshot rows (83 rows read, 0 rejected).\n"),
         QStringLiteral(
             "Импортировано 12\u00A0сделок, 44\u00A0строки снимков (прочитаны 83\u00A0строки, 0\u00A0отбраковано).\n")},
        {"demo", args({"demo", "--db", "{new}.db", "--reps", "3", "--deals", "30", "--weeks", "3"}), Where::Out, 0,
         QStringLiteral(": 30 deals\n3 snapshot dates, the last 2026-12-07\n"),
         QStringLiteral(": 30\u00A0сделок\n3\u00A0даты снимков, последняя — 07.12.2026\n")},
        {"info", args({"info", "--db", "{db}"}), Where::Out, 0, QStringLiteral("Reps: 3 in 2 districts, 1 region\n"),
         QStringLiteral("Менеджеры: 3 на 2\u00A0территориях в 1\u00A0регионе\n")},
        {"check", args({"check", "--db", "{db}"}), Where::Out, 0, QStringLiteral("small.db: ok, no problems found.\n"),
         QStringLiteral("small.db: проблем не найдено.\n")},
        {"export", args({"export", "--db", "{db}", "-o", "{new}"}), Where::Out, 0, QStringLiteral("Wrote 23 files to "),
         QStringLiteral("\u00A0записано 23\u00A0файла.\n")},
        {"profile-check", args({"profile", "check"}) << ValidProfile, Where::Out, 0,
         QStringLiteral("valid.json: ok, no problems found (format canonical, 2 stages).\n"),
         QStringLiteral("valid.json: проблем не найдено (формат canonical, 2\u00A0этапа).\n")},
        {"profile-draft", args({"profile", "draft", "--format", "canonical"}) << SmallFixture, Where::Err, 0,
         QStringLiteral("Note: amounts in 2 currencies: EUR (1 row), USD (11 rows)\n"),
         QStringLiteral("Примечание: суммы в 2\u00A0валютах: EUR (1\u00A0строка), USD (11\u00A0строк)\n")},
        {"cockpit", args({"cockpit", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("Cockpit Q2 FY2026, as of 2026-04-06, scope All reps (USD)\n"),
         QStringLiteral("Сводка, 2\u00A0кв.\u00A02026, по состоянию на 06.04.2026, охват: Все менеджеры (USD)\n")},
        {"cockpit-error", args({"cockpit", "--db", "{db}", "--scope", "team:x"}), Where::Err, 2,
         QStringLiteral("--scope takes all, region:NAME, district:NAME or rep:ID, not \"team:x\".\n"),
         QStringLiteral("--scope принимает all, region:НАЗВАНИЕ, district:НАЗВАНИЕ или rep:ID, а не «team:x».\n")},
        {"changes", args({"changes", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("Pipeline changes Q2 FY2026, 2026-03-23 to 2026-04-06, scope All reps (USD)\n"),
         QStringLiteral(
             "Изменения воронки, 2\u00A0кв.\u00A02026, с 23.03.2026\u00A0по 06.04.2026, охват: Все менеджеры (USD)\n")},
        {"accuracy", args({"accuracy", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("Forecast accuracy Q1 FY2026, scope All reps (USD)\n"),
         QStringLiteral("Точность прогноза, 1\u00A0кв.\u00A02026, охват: Все менеджеры (USD)\n")},
        {"exceptions", args({"exceptions", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("10 exceptions as of 2026-04-06, scope All reps.\n"),
         QStringLiteral("10\u00A0отклонений по состоянию на 06.04.2026, охват: Все менеджеры.\n")},
        {"exceptions-csv", args({"exceptions", "--db", "{db}", "--csv"}), Where::Out, 0,
         QStringLiteral("2026-04-06,stale_stage,Stale stage,r1,Alice Archer,D05,Cobalt data lake,Cobalt Ltd,Qualified,"
                        "pipeline,60000.00,USD,2026-05-20,In Qualified since 2026-02-20: 45 days (limit 30).,,"),
         // The Russian CSV is the spreadsheet format (docs/exports.md): ";", 06.04.2026, 60000,00, names.
         QStringLiteral(
             "06.04.2026;stale_stage;Долго на этапе;r1;Alice Archer;D05;Cobalt data lake;Cobalt Ltd;Qualified;"
             "Pipeline;60000,00;USD;20.05.2026;На этапе «Квалификация» с 20.02.2026: 45\u00A0дней (лимит\u00A030).;;")},
        // The glossary's header; the labels themselves are the same in both languages.
        {"views", args({"views", "--db", "{db}"}), Where::Out, 0, QStringLiteral("0 saved views.\n"),
         QStringLiteral("0\u00A0сохранённых видов.\n")},
        {"history", args({"history", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("1 entry in the audit trail, newest first.\n"),
         QStringLiteral("1\u00A0запись в журнале изменений, новые сверху.\n")},
        {"revert", args({"revert", "999", "--db", "{db}"}), Where::Err, 3,
         QStringLiteral("there is no DM action entry 999 in the audit trail"),
         QStringLiteral("в журнале изменений нет записи 999")},
        {"glossary", args({"glossary", "--db", "{db}"}), Where::Out, 0, QStringLiteral("Kind   Term   "),
         QStringLiteral("Вид    Термин   ")},
        {"renewals", args({"renewals", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("2 accounts renewing within 120 days of 2026-04-06.\n"),
         QStringLiteral("2\u00A0клиента с продлением в пределах окна от 06.04.2026 (дней: 120).\n")},
        {"review", args({"review", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("Q2 FY2026: read at the snapshot of 2026-04-06, before the period's last day (the period so "
                        "far).\n"),
         QStringLiteral("2\u00A0кв.\u00A02026: по снимку от 06.04.2026, до последнего дня периода (период на эту "
                        "дату).\n")},
        {"review-md", args({"review", "--db", "{db}", "--format", "md"}), Where::Out, 0,
         QStringLiteral("# Quarterly review: All reps\n\nQ2 FY2026 against Q1 FY2026 · as of 2026-04-06\n"),
         QStringLiteral("# Квартальный обзор: Все менеджеры\n")},
        {"brief", args({"brief", "--db", "{db}", "--deal", "D04"}), Where::Out, 0,
         QStringLiteral("# Deal brief: Brio platform\n\nD04 · as of 2026-04-06 · amounts in USD, whole units\n"),
         QStringLiteral("# Сводка по сделке: Brio platform\n\nD04 · на 06.04.2026 · суммы в USD, с округлением до "
                        "целых\n")},
        {"pocs", args({"pocs", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("4 POCs as of 2026-04-06, Q2 FY2026, scope All reps.\n"),
         QStringLiteral("4\u00A0POC на 06.04.2026, 2\u00A0кв.\u00A02026, охват Все менеджеры.\n")},
        {"partners", args({"partners", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("Partners as of 2026-04-06, Q2 FY2026, scope All reps: 5 deals open at the as-of or decided in "
                        "the period.\n"),
         QStringLiteral("Партнёры на 06.04.2026, 2\u00A0кв.\u00A02026, охват Все менеджеры: 5\u00A0сделок, открытых на "
                        "дату среза или закрытых в периоде.\n")},
        {"plays", args({"plays", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("0 plays as of 2026-04-06, Q2 FY2026, scope All reps.\n"),
         QStringLiteral("0\u00A0сценариев на 06.04.2026, 2\u00A0кв.\u00A02026, охват Все менеджеры.\n")},
        {"compliance", args({"compliance", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("0 of 0 required artifacts started in parallel (-).\n"),
         QStringLiteral("начато параллельно 0\u00A0из 0\u00A0требуемых документов (-).\n")},
        {"capacity", args({"capacity", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("  Ramped capacity of Q2 FY2026 is 260,000 USD, equal to the need of 260,000 USD at an "
                        "attainment factor of 100% (within the ±10% band).\n"),
         QStringLiteral(
             "  Ёмкость с учётом адаптации за 2\u00A0кв.\u00A02026 — 260\u00A0000\u00A0USD, равна потребности "
             "260\u00A0000\u00A0USD\u00A0при коэффициенте выполнения 100\u00A0% (в пределах коридора ±10%).\n")},
        {"territories", args({"territories", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral(
             "Alice Archer: 1 account, ARR 200,000 USD (index 1.33), open pipeline 10,000 USD (index 0.19)\n"),
         QStringLiteral("Alice Archer: 1\u00A0клиент, ARR 200\u00A0000\u00A0USD (индекс\u00A01,33), открытая воронка "
                        "10\u00A0000\u00A0USD (индекс\u00A00,19)\n")},
        {"insights", args({"insights", "--db", "{db}"}), Where::Out, 0,
         QStringLiteral("1 pattern as of 2026-04-06, scope All reps.\n1 new since 2026-03-23.\n"),
         QStringLiteral("1\u00A0закономерность на 06.04.2026, охват: Все менеджеры.\n1\u00A0новая с 23.03.2026.\n")},
        {"agenda-md", args({"agenda", "--db", "{db}", "--format", "md"}), Where::Out, 0,
         QStringLiteral("# Forecast-call agenda\n\nAll reps · Q2 FY2026 · week 2 of 14\n"),
         QStringLiteral(
             "# Повестка созвона по прогнозу\n\nВсе менеджеры · 2\u00A0кв.\u00A02026 · неделя 2\u00A0из 14\n")},
        {"agenda-html", args({"agenda", "--db", "{db}", "--format", "html"}), Where::Out, 0,
         QStringLiteral("<h2>Numbers: All reps</h2>"), QStringLiteral("<h2>Показатели: Все менеджеры</h2>")},
        {"agenda-csv", args({"agenda", "--db", "{db}", "--format", "csv"}), Where::Out, 0,
         QStringLiteral(",Commit without champion or economic buyer,r1,"),
         QStringLiteral(";Commit без чемпиона или экономического покупателя;r1;")},
        // The PDF's paper follows the language: letter (612 x 792 pt) in English, A4 in Russian.
        {"agenda-pdf", args({"agenda", "--db", "{db}", "--format", "pdf", "-o", "{new}.pdf"}), Where::File, 0,
         QStringLiteral("/MediaBox [0 0 612.000000 792.000000]"),
         QStringLiteral("/MediaBox [0 0 595.000000 842.000000]"), QStringLiteral("{new}.pdf")},
        {"pack-md", args({"pack", "--db", "{db}", "--rep", "r1", "--format", "md"}), Where::Out, 0,
         QStringLiteral("# Coaching pack: Alice Archer\n\nQ2 FY2026 · as of 2026-04-06\n\n- **Rep:** Alice Archer\n"),
         QStringLiteral(
             "# Подготовка к встрече 1:1 — Alice Archer\n\n2\u00A0кв.\u00A02026 · на 06.04.2026\n\n- **Менеджер:** Alice Archer\n")},
        {"pack-html", args({"pack", "--db", "{db}", "--rep", "r1", "--format", "html"}), Where::Out, 0,
         QStringLiteral("<h1>Coaching pack: Alice Archer</h1>"),
         QStringLiteral("<h1>Подготовка к встрече 1:1 — Alice Archer</h1>")},
    };
    return list;
}

QString otherLocale(const QString &language)
{
    return language == QLatin1String("ru") ? QStringLiteral("C.UTF-8") : QStringLiteral("ru_RU.UTF-8");
}

// Help wraps long descriptions onto indented lines: joined again, with single spaces.
QString joinedHelp(const QByteArray &help)
{
    static const QRegularExpression wrap(QStringLiteral("\\s*\\n\\s+"));
    return QString::fromUtf8(help).replace(wrap, QStringLiteral(" ")).simplified();
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR (0700): without one Qt Gui warns on stderr
    QString m_db;

    QProcessEnvironment withLocale(const QString &locale) const
    {
        QProcessEnvironment environment = environmentWithLocale(locale);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return environment;
    }

    QString expanded(QString text, const QString &language) const
    {
        text.replace(QStringLiteral("{db}"), m_db);
        return text.replace(QStringLiteral("{new}"),
                            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QLatin1Char('-') + language));
    }

    QStringList expanded(const QStringList &arguments, const QString &language) const
    {
        QStringList result;
        for (const QString &argument : arguments)
            result << expanded(argument, language);
        return result;
    }

    static void addCases()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].tag) << int(i);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_runtime.isValid());
        m_db = m_dir.filePath(QStringLiteral("small.db"));
        const CommandRun imported =
            runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--profile"),
                          QStringLiteral("canonical"), SmallFixture});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    // Every command of the overview has a case above: a new command without one fails here.
    void everyCommandIsCovered()
    {
        const CommandRun overview =
            runDmcockpit({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.outText().contains(QStringLiteral("every command takes --lang en|ru.\n")),
                 overview.out.constData());
        static const QRegularExpression line(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
        QSet<QString> listed;
        for (auto it = line.globalMatch(overview.outText()); it.hasNext();)
            listed << it.next().captured(1);
        QSet<QString> covered;
        for (const Case &c : cases())
            covered << c.arguments.constFirst();
        QCOMPARE(listed.size(), 26);
        QCOMPARE(covered, listed);

        const CommandRun russian =
            runDmcockpit({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QVERIFY2(russian.outText().contains(QStringLiteral("любая команда принимает --lang en|ru.\n")),
                 russian.out.constData());
        // --help after the language, as a user types it: the same overview, not the window.
        const CommandRun languageFirst =
            runDmcockpit({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")});
        QCOMPARE(languageFirst.exitCode, 0);
        QCOMPARE(languageFirst.outText(), russian.outText());
    }

    void outputFollowsLang_data() { addCases(); }
    void outputFollowsLang()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        for (const QString language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            const CommandRun run = runDmcockpit(expanded(c.arguments, language) << QStringLiteral("--lang") << language,
                                                withLocale(otherLocale(language)));
            QVERIFY2(run.exitCode == c.exitCode, qPrintable(language + QLatin1String(": ") + run.errText()));
            QString text;
            if (c.where == Where::File) {
                QFile file(expanded(c.file, language));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                text = QString::fromLatin1(file.readAll());
            } else {
                text = c.where == Where::Out ? run.outText() : run.errText();
            }
            const QString &wanted = language == QLatin1String("en") ? c.english : c.russian;
            const QString &other = language == QLatin1String("en") ? c.russian : c.english;
            QVERIFY2(text.contains(wanted), qPrintable(language + QLatin1String(":\n") + text));
            QVERIFY2(!text.contains(other), qPrintable(language + QLatin1String(":\n") + text));
        }
    }

    // Without --lang the locale (LC_ALL, LANG) decides, as before.
    void localeDecidesWithoutLang()
    {
        const QStringList cockpit{QStringLiteral("cockpit"), QStringLiteral("--db"), m_db};
        const CommandRun russian = runDmcockpit(cockpit, withLocale(QStringLiteral("ru_RU.UTF-8")));
        QCOMPARE(russian.exitCode, 0);
        QVERIFY(russian.outText().startsWith(
            QStringLiteral("Сводка, 2\u00A0кв.\u00A02026, по состоянию на 06.04.2026, охват: Все менеджеры (USD)\n")));
        const CommandRun english = runDmcockpit(cockpit, withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.outText().startsWith(
            QStringLiteral("Cockpit Q2 FY2026, as of 2026-04-06, scope All reps (USD)\n")));
    }

    // An unknown language: a usage error in the locale's language, before anything is written.
    void unknownLanguageIsAUsageError_data() { addCases(); }
    void unknownLanguageIsAUsageError()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        const QString english = QStringLiteral("--lang takes en or ru, not \"de\".\n");
        const QString russian = QStringLiteral("--lang принимает en или ru, а не «de».\n");
        for (const QString locale : {QStringLiteral("C.UTF-8"), QStringLiteral("ru_RU.UTF-8")}) {
            const CommandRun run =
                runDmcockpit(expanded(c.arguments, QStringLiteral("de")) << QStringLiteral("--lang=de"),
                             withLocale(locale));
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.errText(), locale.startsWith(QLatin1String("ru")) ? russian : english);
            QCOMPARE(run.outText(), QString());
            QVERIFY(!QFile::exists(expanded(QStringLiteral("{new}.db"), QStringLiteral("de"))));
            QVERIFY(!QFile::exists(expanded(QStringLiteral("{new}"), QStringLiteral("de"))));
        }
        const CommandRun spaced = runDmcockpit(expanded(c.arguments, QStringLiteral("de"))
                                                   << QStringLiteral("--lang") << QStringLiteral("de"),
                                               withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(spaced.exitCode, 2);
        QCOMPARE(spaced.errText(), english);
    }

    // Every command's --help lists --lang with the one wording, in the language it asks for.
    void helpListsLang_data() { addCases(); }
    void helpListsLang()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        QStringList command{c.arguments.constFirst()};
        if (command.constFirst() == QLatin1String("profile"))
            command << c.arguments.at(1);
        const CommandRun english =
            runDmcockpit(command << QStringLiteral("--help") << QStringLiteral("--lang") << QStringLiteral("en"),
                         withLocale(QStringLiteral("ru_RU.UTF-8")));
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(joinedHelp(english.out)
                     .contains(
                         QStringLiteral("--lang <LANG> The language of the output and the messages: en or ru (default: "
                                        "the system's).")),
                 english.out.constData());
        command.replace(command.size() - 1, QStringLiteral("ru"));
        const CommandRun russian = runDmcockpit(command, withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(russian.exitCode, 0);
        QVERIFY2(joinedHelp(russian.out)
                     .contains(QStringLiteral(
                         "--lang <ЯЗЫК> Язык вывода и сообщений: en или ru (по умолчанию — язык системы).")),
                 russian.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
