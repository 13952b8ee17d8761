// The command line's numbers, dates and CSV per language on tests/fixtures/small (its README.md
// has the values by hand): the minus sign U+2212 and Russian no-break spaces (written "~" below),
// `info` localized (periods, dates, the import's time and status), `cockpit`'s next period as its
// header writes periods, `accuracy`'s percents, `renewals`' bands as headings, and the CSV in the
// output language's format: Russian with ";", names, 20.05.2026, 60000,00 and a BOM, English
// byte for byte as scripts read it.
#include "fixtures/RunDmcockpit.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using dmc::test::CommandRun;
using dmc::test::runDmcockpit;

namespace {

const QString SmallFixture = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small");
const QByteArray Bom("\xEF\xBB\xBF");

// "~" marks a no-break space, so the expected lines stay readable.
QString nbsp(const char *text)
{
    return QString::fromUtf8(text).replace(u'~', QChar(0x00A0));
}

QStringList lines(const CommandRun &run)
{
    return run.outText().split(u'\n');
}

// The cells of the text table's row that starts with `first`.
QStringList tableRow(const CommandRun &run, const QString &first)
{
    static const QRegularExpression gap(QStringLiteral(" {2,}"));
    for (const QString &line : lines(run))
        if (line.startsWith(first))
            return line.trimmed().split(gap);
    return {};
}

} // namespace

class TestCliNumberFormat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
    QString m_db;

    CommandRun run(QStringList arguments, const QString &language) const
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--lang") << language;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        return runDmcockpit(arguments, environment);
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

    void info()
    {
        const CommandRun ru = run({QStringLiteral("info")}, QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(lines(ru).contains(nbsp("Снимки: с 09.03.2026~по 06.04.2026")), ru.out.constData());
        QVERIFY2(lines(ru).contains(nbsp("Периоды плана: 1~кв.~2026, 2~кв.~2026")), ru.out.constData());
        // The import ran a moment ago: its local time (TZ=UTC) to the minute, the status in words.
        static const QRegularExpression
            importRu(nbsp("^Импорт №~1 \\(canonical, \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\): строк прочитано 83, "
                          "принято 83, отбраковано 0, выполнен$"),
                     QRegularExpression::MultilineOption);
        QVERIFY2(importRu.match(ru.outText()).hasMatch(), ru.out.constData());

        const CommandRun en = run({QStringLiteral("info")}, QStringLiteral("en"));
        QVERIFY2(lines(en).contains(QStringLiteral("Snapshots: 2026-03-09 to 2026-04-06")), en.out.constData());
        QVERIFY2(lines(en).contains(QStringLiteral("Quota periods: Q1 FY2026, Q2 FY2026")), en.out.constData());
        static const QRegularExpression
            importEn(QStringLiteral(
                         "^Import #1 \\(canonical, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\): 83 rows read, 83 accepted, "
                         "0 rejected, done$"),
                     QRegularExpression::MultilineOption);
        QVERIFY2(importEn.match(en.outText()).hasMatch(), en.out.constData());
    }

    // Default query: as of S4 2026-04-06, 2026Q2. Weighted: D04 0.8 x 40,000 + D05 0.25 x 60,000 +
    // D08 0.4 x 15,000 = 53,000; the next period 2026Q3 has no quota and no deal.
    void cockpit()
    {
        const CommandRun ru = run({QStringLiteral("cockpit")}, QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(lines(ru).contains(nbsp("Прогноз Commit 40~000, прогноз Best Case 40~000, взвешенная воронка 53~000, "
                                         "целевое покрытие 3,0\u00D7.")),
                 ru.out.constData());
        QVERIFY2(lines(ru).contains(nbsp("Следующий период 3~кв.~2026: воронка 0, план не задан.")),
                 ru.out.constData());
        // Alice: quota 120,000, won 0, commit 40,000, best case 0, pipeline 60,000, gap 120,000, coverage
        // 100,000 / 120,000 = 0.83 (the table's cells are apart by two or more spaces).
        QCOMPARE(tableRow(ru, QStringLiteral("Alice Archer")).mid(0, 9),
                 QStringList({QStringLiteral("Alice Archer"), QStringLiteral("East"), nbsp("120~000"),
                              QStringLiteral("0"), nbsp("40~000"), QStringLiteral("0"), nbsp("60~000"), nbsp("120~000"),
                              QStringLiteral("0,8\u00D7")}));
        const CommandRun en = run({QStringLiteral("cockpit")}, QStringLiteral("en"));
        QVERIFY2(lines(en).contains(QStringLiteral("Next period Q3 FY2026: pipeline 0, no quota recorded.")),
                 en.out.constData());
        QCOMPARE(tableRow(en, QStringLiteral("Alice Archer")).mid(0, 9),
                 QStringList({QStringLiteral("Alice Archer"), QStringLiteral("East"), QStringLiteral("120,000"),
                              QStringLiteral("0"), QStringLiteral("40,000"), QStringLiteral("0"),
                              QStringLiteral("60,000"), QStringLiteral("120,000"), QStringLiteral("0.8x")}));
    }

    // 2026Q1 (README section 5): WAPE East 60 / 130 and 35 / 130, slip T-14 25,000 / 165,000.
    void accuracy()
    {
        const CommandRun ru = run({QStringLiteral("accuracy")}, QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(lines(ru).contains(nbsp("WAPE East: за 14~дней 46,2~%, за 7~дней 26,9~%")), ru.out.constData());
        QVERIFY2(lines(ru).contains(nbsp("Доля сдвигов: за 14~дней 15,2~% (25~000~из~165~000), за 7~дней 0,0~%")),
                 ru.out.constData());
        const CommandRun en = run({QStringLiteral("accuracy")}, QStringLiteral("en"));
        QVERIFY2(lines(en).contains(QStringLiteral("WAPE East: T-14 46.2%, T-7 26.9%")), en.out.constData());
    }

    // Brio renews 2026-05-15, 39 days after 04-06 (the 60-day band), ARR EUR 80,000 / 0.8.
    void renewals()
    {
        const CommandRun ru = run({QStringLiteral("renewals")}, QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        const QStringList ruLines = lines(ru);
        const qsizetype band = ruLines.indexOf(nbsp("В пределах 60~дней:"));
        QVERIFY2(band > 0, ru.out.constData());
        QCOMPARE(ruLines.value(band + 1),
                 nbsp("  Brio GmbH: Продление 15.05.2026 (через 39~дней), ARR 100~000~USD. Индекс здоровья 80~на "
                      "01.03.2026. Открытой сделки продления нет. Воронка расширения 0~USD (0~сделок)."));
        QCOMPARE(ruLines.value(band + 2), nbsp("В пределах 90~дней:"));
        const CommandRun en = run({QStringLiteral("renewals")}, QStringLiteral("en"));
        QVERIFY2(lines(en).contains(QStringLiteral("Within 60 days:")), en.out.constData());
    }

    // S2 -> S3 in 2026Q1 (README section 4): D01 won 30,000 and D07 lost 25,000 out of commit.
    void changesMinusSign()
    {
        const CommandRun ru = run({QStringLiteral("changes"), QStringLiteral("--period"), QStringLiteral("2026Q1"),
                                   QStringLiteral("--as-of"), QStringLiteral("2026-03-23")},
                                  QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QCOMPARE(tableRow(ru, QStringLiteral("Выигрыш")),
                 QStringList({QStringLiteral("Выигрыш"), nbsp("\u221230~000"), QStringLiteral("0"), QStringLiteral("0"),
                              nbsp("\u221230~000")}));
        QCOMPARE(tableRow(ru, QStringLiteral("Проигрыш")),
                 QStringList({QStringLiteral("Проигрыш"), nbsp("\u221225~000"), QStringLiteral("0"),
                              QStringLiteral("0"), nbsp("\u221225~000")}));
    }

    // r1 in 2026Q1 as of S3 against S2: commit 70,000 -> 45,000, best case D04 50,000 -> 40,000.
    void packMinusSignAndSpaces()
    {
        const QStringList arguments{QStringLiteral("pack"),    QStringLiteral("--rep"),      QStringLiteral("r1"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-03-23"), QStringLiteral("--period"),
                                    QStringLiteral("2026Q1")};
        const CommandRun md =
            run(QStringList(arguments) << QStringLiteral("--format") << QStringLiteral("md"), QStringLiteral("ru"));
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(lines(md).contains(nbsp("| Commit | 45~тыс.~USD | \u221225~тыс.~USD |")), md.out.constData());
        QVERIFY2(md.outText().contains(nbsp("| Сумма 50~000~USD → 40~000~USD (\u221220~%) между снимками 16.03.2026~и "
                                            "23.03.2026. |")),
                 md.out.constData());
        const CommandRun json = run(QStringList(arguments) << QStringLiteral("--json"), QStringLiteral("ru"));
        QVERIFY2(json.outText().contains(
                     nbsp("\"С 16.03.2026: выиграно +30~000~USD, Commit \u221225~000~USD, Best Case "
                          "\u221210~000~USD, Pipeline +20~000~USD.\"")),
                 json.out.constData());
        QVERIFY2(json.outText().contains(nbsp("\"Покрытие разрыва открытой воронкой 117~000~USD: 1,7\u00D7.\"")),
                 json.out.constData());
    }

    void exceptionsCsv()
    {
        const CommandRun ru = run({QStringLiteral("exceptions"), QStringLiteral("--csv"), QStringLiteral("--rule"),
                                   QStringLiteral("stale_stage")},
                                  QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(ru.out.startsWith(Bom), ru.out.left(16).toHex().constData());
        const QStringList ruRows = QString::fromUtf8(ru.out.mid(Bom.size())).split(QStringLiteral("\r\n"));
        QCOMPARE(ruRows.value(0),
                 QStringLiteral("Дата среза;ID правила;Правило;ID менеджера;Менеджер;ID сделки;"
                                "Сделка;Клиент;Этап;Категория прогноза;Сумма;Валюта;Дата закрытия;"
                                "Основание;Отложено до;Причина откладывания"));
        QCOMPARE(ruRows.value(1),
                 nbsp("06.04.2026;stale_stage;Долго на этапе;r1;Alice Archer;D05;Cobalt data lake;"
                      "Cobalt Ltd;Qualified;Pipeline;60000,00;USD;20.05.2026;На этапе «Квалификация» "
                      "с 20.02.2026: 45~дней (лимит~30).;;"));

        // English: what scripts have always read.
        const CommandRun en = run({QStringLiteral("exceptions"), QStringLiteral("--csv"), QStringLiteral("--rule"),
                                   QStringLiteral("stale_stage")},
                                  QStringLiteral("en"));
        QCOMPARE(en.exitCode, 0);
        const QStringList enRows = en.outText().split(QStringLiteral("\r\n"));
        QCOMPARE(enRows.value(0),
                 QStringLiteral("as_of,rule_id,rule,rep_id,rep,opportunity_id,opportunity,account,"
                                "stage,category,amount,currency,close_date,evidence,snoozed_until,"
                                "snooze_reason"));
        QCOMPARE(enRows.value(1),
                 QStringLiteral("2026-04-06,stale_stage,Stale stage,r1,Alice Archer,D05,"
                                "Cobalt data lake,Cobalt Ltd,Qualified,pipeline,60000.00,USD,"
                                "2026-05-20,In Qualified since 2026-02-20: 45 days (limit 30).,,"));
    }

    void agendaCsv()
    {
        const CommandRun ru =
            run({QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("csv")}, QStringLiteral("ru"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY(ru.out.startsWith(Bom));
        const QStringList rows = QString::fromUtf8(ru.out.mid(Bom.size())).split(QStringLiteral("\r\n"));
        QVERIFY2(rows.value(0).endsWith(QStringLiteral(";Основание;Отложено до;Причина откладывания;Статус;Заметка")),
                 ru.out.constData());
        QVERIFY2(rows.contains(nbsp("06.04.2026;stale_stage;Долго на этапе;r1;Alice Archer;D05;Cobalt data lake;"
                                    "Cobalt Ltd;Qualified;Pipeline;60000,00;USD;20.05.2026;На этапе «Квалификация» "
                                    "с 20.02.2026: 45~дней (лимит~30).;;;Открыто;")),
                 ru.out.constData());
        const CommandRun en =
            run({QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("csv")}, QStringLiteral("en"));
        QVERIFY(en.out.startsWith(QByteArray(Bom + "as_of,rule_id,rule,")));
        QVERIFY2(en.outText().contains(
                     QStringLiteral(",In Qualified since 2026-02-20: 45 days (limit 30).,,,open,\r\n")),
                 en.out.constData());
    }

    // The help names its placeholders in Russian, one way for a date in every command.
    void russianHelp()
    {
        const CommandRun import = runDmcockpit(
            {QStringLiteral("import"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QVERIFY2(import.outText().contains(QStringLiteral("\n  ПУТЬ ")), import.out.constData());
        QVERIFY2(!import.outText().contains(QStringLiteral("PATH")), import.out.constData());
        const CommandRun agenda = runDmcockpit(
            {QStringLiteral("agenda"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QVERIFY2(agenda.outText().contains(QStringLiteral("--as-of <ГГГГ-ММ-ДД>")), agenda.out.constData());
        QVERIFY2(agenda.outText().contains(QStringLiteral("csv (отклонения)")), agenda.out.constData());
        QVERIFY2(!agenda.outText().contains(QStringLiteral("<ДАТА>")), agenda.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliNumberFormat)
#include "tst_cli_numberformat.moc"
