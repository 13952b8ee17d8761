// The agenda layout and exports on a hand-made Agenda: hostile names stay inert in HTML,
// Markdown and CSV; the PDF holds every rep and the district totals in English and Russian; the DM's
// status on each hit and the one line that stands for a rep's empty parts.
#include "analytics/text/DescriptiveLanguage.h"
#include "domain/FiscalCalendar.h"
#include "export/ExportFileName.h"
#include "export/agenda/AgendaExporter.h"
#include "export/agenda/AgendaJson.h"
#include "export/agenda/AgendaReport.h"
#include "export/agenda/AgendaRisks.h"
#include "export/render/MarkdownRenderer.h"
#include "i18n/Translations.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmc;

namespace {

QString hostile()
{
    return QStringLiteral("<script>alert('x')</script>\"Q\" =HYPERLINK(\"http://e.invalid\",\"a\")\nline2");
}

Numbers numbers(Cents quota, Cents won, Cents commit, Cents bestCase, Cents pipeline, int weeksLeft)
{
    Numbers n;
    n.quota = quota;
    n.quotaReps = 1; // one rep, whose quota is recorded
    n.won = won;
    n.commit = commit;
    n.bestCase = bestCase;
    n.pipeline = pipeline;
    n.weeksLeft = weeksLeft;
    n.derive();
    return n;
}

Agenda handMade(const QString &dealName)
{
    Agenda agenda;
    agenda.scopeKey = QStringLiteral("district:East");
    agenda.scopeName = QStringLiteral("District East");
    agenda.period = FiscalCalendar().period(2026, 4); // 2026-10-01 to 2026-12-31
    agenda.week = 8;
    agenda.weeksInPeriod = 13;
    agenda.asOf = QDate(2026, 11, 16);
    agenda.compareTo = QDate(2026, 11, 9);
    agenda.currency = QStringLiteral("USD");
    agenda.totals = numbers(200000000, 70000000, 30000000, 20000000, 50000000, 7);
    agenda.previousTotals = numbers(200000000, 60000000, 25000000, 30000000, 55000000, 8);
    agenda.generatedAt = QDateTime(QDate(2026, 11, 16), QTime(9, 30));

    Agenda::RepPart anna;
    anna.repId = QStringLiteral("r1");
    anna.name = QStringLiteral("Анна Иванова");
    anna.district = QStringLiteral("East");
    anna.numbers = numbers(100000000, 30000000, 20000000, 10000000, 30000000, 7);
    anna.previous = numbers(100000000, 20000000, 15000000, 20000000, 30000000, 8);
    anna.pipelineOpening = 65000000;
    anna.pipelineClosing = 60000000;
    Agenda::ChangeLine pushed;
    pushed.reason = ChangeReason::PushedOut;
    pushed.opportunityId = QStringLiteral("o1");
    pushed.deal = dealName;
    pushed.account = QStringLiteral("Acme");
    pushed.fromAmount = pushed.toAmount = 5000000;
    pushed.delta = -5000000;
    pushed.fromClose = QDate(2026, 12, 15);
    pushed.toClose = QDate(2027, 1, 20);
    anna.changes.push_back(pushed);
    Agenda::ExceptionLine hit;
    hit.ruleId = QStringLiteral("stale_stage");
    hit.ruleName = QStringLiteral("Stale stage");
    hit.deal = dealName;
    hit.amount = 5000000;
    hit.closeDate = QDate(2027, 1, 20);
    hit.evidence = QStringLiteral("In Proposal since 2026-09-01: 76 days (limit 30).");
    anna.exceptions.push_back(hit);
    hit.snoozed = true;
    hit.snoozeReason = dealName;
    hit.snoozedUntil = QDate(2026, 12, 1);
    anna.snoozed.push_back(hit);
    anna.questions << QStringLiteral("What has to happen for %1 to close by 2027-01-20?").arg(dealName);
    anna.followUps.push_back(
        {dealName, QStringLiteral("o1"), dealName, QStringLiteral("DM"), QDate(2026, 11, 12), true});
    agenda.reps.push_back(anna);

    Agenda::RepPart bob;
    bob.repId = QStringLiteral("r2");
    bob.name = QStringLiteral("Bob Smith");
    bob.numbers = numbers(100000000, 40000000, 10000000, 10000000, 20000000, 7);
    bob.previous = bob.numbers;
    agenda.reps.push_back(bob);
    return agenda;
}

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestAgendaExport : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void hostileNamesStayInert_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("markup and formula") << hostile();
        QTest::newRow("10 kB") << (hostile() + QString(10 * 1024, QLatin1Char('W')));
    }

    void hostileNamesStayInert()
    {
        QFETCH(QString, name);
        const Agenda agenda = handMade(name);
        const QString html = QString::fromUtf8(AgendaExporter::render(agenda, ExportFormat::Html));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("'x'")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;Q&quot;")));
        QCOMPARE(html.count(QLatin1String("<td")), html.count(QLatin1String("</td>")));

        const QString markdown = QString::fromUtf8(AgendaExporter::render(agenda, ExportFormat::Markdown));
        QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<script"))));
        QVERIFY(!markdown.contains(QLatin1String("\nline2")));

        const QByteArray json = AgendaExporter::render(agenda, ExportFormat::Json);
        // Written a rep at a time, it is the whole document's bytes.
        QCOMPARE(json, QByteArray::fromStdString(AgendaJson::toJson(agenda).dump(2)) + '\n');
        const auto parsed = nlohmann::json::parse(json.toStdString());
        QCOMPARE(QString::fromStdString(parsed["reps"][0]["changes"][0]["deal"].get<std::string>()), name);

        const QString csv = QString::fromUtf8(AgendaExporter::exceptionsCsv(agenda));
        QVERIFY(!csv.isEmpty());
        // Every cell holding the name is quoted and starts with the text, never with '='.
        QVERIFY(!csv.contains(QLatin1String(",=")));
        QVERIFY(!csv.contains(QLatin1String("\n=")));
        QVERIFY(csv.contains(QLatin1String("\"<script>alert('x')</script>\"\"Q\"\" =HYPERLINK(")));
    }

    void pdfHoldsRepsAndTotals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Анна Иванова"), QStringLiteral("Bob Smith"),
                                           QStringLiteral("2,000,000"), QStringLiteral("700,000"),
                                           QStringLiteral("Page 1 of")};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList{QStringLiteral("Анна Иванова"), QStringLiteral("Bob Smith"),
                                           QStringLiteral("2 000 000"), QStringLiteral("700 000")};
    }

    void pdfHoldsRepsAndTotals()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(Translations::install(language));
        const QByteArray pdf = AgendaExporter::render(handMade(QStringLiteral("Acme renewal")), ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        // Qt's Russian locale groups with a no-break space; pdftotext gives it back as U+00A0.
        const QString text =
            pdfText(pdf).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
        for (const QString &piece : expected)
            QVERIFY2(text.contains(piece), qPrintable(piece));
        QVERIFY(!text.contains(QChar(0xFFFD)));
        if (!qEnvironmentVariableIsEmpty("DMC_KEEP_PDF")) {
            QFile keep(qEnvironmentVariable("DMC_KEEP_PDF") + language + QLatin1String(".pdf"));
            keep.open(QIODevice::WriteOnly);
            keep.write(pdf);
        }
    }

    void generatedTextIsDescriptive_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void generatedTextIsDescriptive()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        const Report report = AgendaReport::build(handMade(QStringLiteral("Acme renewal")));
        const QStringList texts = report.allText();
        QVERIFY(texts.size() > 50);
        for (const QString &text : texts)
            QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(text));
    }

    // The action on the hit (deal + rule) wins; without one, the deal's own (rule "") applies, as a snooze on the
    // deal covers every rule; a hit a snooze hides reads snoozed even without an action of its own.
    void actionsGiveEachHitItsStatus()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        Agenda agenda = handMade(QStringLiteral("Acme renewal"));
        Agenda::RepPart &anna = agenda.reps.front();
        anna.exceptions.front().opportunityId = QStringLiteral("o1");
        Agenda::ExceptionLine pushed = anna.exceptions.front();
        pushed.ruleId = QStringLiteral("close_date_pushed");
        pushed.ruleName = QStringLiteral("Close date pushed");
        pushed.evidence = QStringLiteral("Close date moved later 2 times.");
        anna.exceptions.push_back(pushed);
        anna.snoozed.front().opportunityId = QStringLiteral("o3");
        QVERIFY(!AgendaReport::hasStatuses(agenda));

        DmAction reviewed;
        reviewed.opportunityId = QStringLiteral("o1");
        reviewed.ruleId = QStringLiteral("stale_stage");
        reviewed.status = DmActionStatus::Reviewed;
        reviewed.note = QStringLiteral("Spoke to the CFO");
        DmAction onTheDeal;
        onTheDeal.opportunityId = QStringLiteral("o1");
        onTheDeal.note = QStringLiteral("Budget moves to Q1");
        AgendaRisks::applyActions(agenda, {onTheDeal, reviewed});

        QCOMPARE(anna.exceptions[0].status, DmActionStatus::Reviewed);
        QCOMPARE(anna.exceptions[0].note, QStringLiteral("Spoke to the CFO"));
        QCOMPARE(anna.exceptions[1].status, DmActionStatus::Open);
        QCOMPARE(anna.exceptions[1].note, QStringLiteral("Budget moves to Q1"));
        QCOMPARE(anna.snoozed[0].status, DmActionStatus::Snoozed);
        QVERIFY(AgendaReport::hasStatuses(agenda));

        QCOMPARE(AgendaReport::statusText(anna.exceptions[0], agenda.asOf),
                 QStringLiteral("Reviewed: Spoke to the CFO"));
        QCOMPARE(AgendaReport::statusText(anna.exceptions[1], agenda.asOf), QStringLiteral("Open: Budget moves to Q1"));
        QCOMPARE(AgendaReport::statusText(anna.snoozed[0], agenda.asOf), QStringLiteral("Snoozed until 2026-12-01"));
        Agenda::ExceptionLine ended = anna.exceptions[1];
        ended.status = DmActionStatus::Snoozed;
        ended.note.clear();
        ended.snoozedUntil = QDate(2026, 11, 10); // before the as-of, Nov 16
        QCOMPARE(AgendaReport::statusText(ended, agenda.asOf), QStringLiteral("Snooze ended 2026-11-10"));

        const QString markdown = MarkdownRenderer::render(AgendaReport::build(agenda));
        QVERIFY(markdown.contains(QLatin1String("| Exception | Deal | Amount | Close date | Evidence | Status |")));
        QVERIFY2(markdown.contains(
                     QLatin1String("| Stale stage | Acme renewal | 50,000 | 2027-01-20 | In Proposal since "
                                   "2026-09-01: 76 days (limit 30). | Reviewed: Spoke to the CFO |")),
                 qPrintable(markdown));
        const auto json = AgendaJson::toJson(agenda);
        QCOMPARE(json["reps"][0]["exceptions"][0]["status"].get<std::string>(), std::string("reviewed"));
        QCOMPARE(json["reps"][0]["exceptions"][0]["note"].get<std::string>(), std::string("Spoke to the CFO"));
        QCOMPARE(json["reps"][0]["exceptions"][1]["status"].get<std::string>(), std::string("open"));
        QCOMPARE(json["reps"][0]["snoozed"][0]["status"].get<std::string>(), std::string("snoozed"));

        // The status words describe, in both languages.
        anna.exceptions.push_back(ended);
        for (const QString language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QVERIFY(Translations::install(language));
            for (const QString &text : AgendaReport::build(agenda).allText())
                QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(text));
        }
    }

    // No status column when every listed hit is open without a note: it would say "Open" on every row.
    void noStatusColumnWithoutStatuses()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const QString markdown =
            MarkdownRenderer::render(AgendaReport::build(handMade(QStringLiteral("Acme renewal"))));
        QVERIFY(markdown.contains(QLatin1String("| Exception | Deal | Amount | Close date | Evidence |\n")));
        QVERIFY(!markdown.contains(QLatin1String("| Evidence | Status |")));
    }

    // A rep part lists only what holds something; the empty parts are one line under the numbers. Bob has no
    // change, pattern, exception or follow-up: his part is his heading, his numbers and that line, nothing else.
    // Anna has changes, an exception and a follow-up, and no pattern.
    void emptyPartsAreOneLine()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const QString markdown =
            MarkdownRenderer::render(AgendaReport::build(handMade(QStringLiteral("Acme renewal"))));
        const QString bob = markdown.mid(markdown.indexOf(QLatin1String("## Bob Smith")));
        QCOMPARE(bob,
                 QStringLiteral(
                     "## Bob Smith\n\n"
                     "| As of | Quota | Won | Commit | Best Case | Pipeline | Gap | Coverage | Weekly run rate |\n"
                     "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                     "| 2026-11-16 | 1,000,000 | 400,000 | 100,000 | 100,000 | 200,000 | 600,000 | 0.7x | 85,714 |\n"
                     "| Change | 0 | 0 | 0 | 0 | 0 | 0 | 0.0x | 0 |\n\n"
                     "> No deal changed since 2026-11-09 \u00b7 No patterns \u00b7 No open exceptions "
                     "\u00b7 No follow-ups due\n\n"
                     "---\n\n"
                     "Generated by DM Cockpit on 2026-11-16 09:30 from the CRM snapshot of 2026-11-16.\n"));
        const QString anna = markdown.mid(markdown.indexOf(QLatin1String("## Анна Иванова")),
                                          markdown.indexOf(QLatin1String("## Bob Smith"))
                                              - markdown.indexOf(QLatin1String("## Анна Иванова")));
        QVERIFY(anna.contains(QLatin1String("> No patterns\n")));
        QVERIFY(anna.contains(QLatin1String("### Changes since 2026-11-09")));
        QVERIFY(anna.contains(QLatin1String("### Follow-ups due")));
        QVERIFY(!anna.contains(QLatin1String("### Patterns")));
        QVERIFY(!markdown.contains(QLatin1String("No follow-ups due.")));
    }

    // A rep with no quota recorded (a Salesforce export has none) has no plan: his quota reads "not
    // recorded" and his gap, coverage and run rate a dash, where a recorded quota of 0 would read 0 and
    // "covered". Bob: won 400,000, commit 100,000, best case 100,000, pipeline 200,000, unchanged.
    void aRepWithoutQuotaHasNoPlan()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        Agenda agenda = handMade(QStringLiteral("Acme renewal"));
        Agenda::RepPart &bob = agenda.reps.back();
        QCOMPARE(bob.name, QStringLiteral("Bob Smith"));
        bob.numbers.quota = 0;
        bob.numbers.quotaReps = 0;
        bob.numbers.derive();
        bob.previous = bob.numbers;
        QCOMPARE(bob.numbers.gap, 0);
        QVERIFY(!bob.numbers.covered());
        QVERIFY(!bob.numbers.requiredWeeklyRunRate);

        const QString markdown = MarkdownRenderer::render(AgendaReport::build(agenda));
        const QString part = markdown.mid(markdown.indexOf(QLatin1String("## Bob Smith")));
        QVERIFY2(part.contains(QLatin1String(
                     "| 2026-11-16 | not recorded | 400,000 | 100,000 | 100,000 | 200,000 | - | no quota | - |\n"
                     "| Change | - | 0 | 0 | 0 | 0 | - | - | - |\n")),
                 qPrintable(part));
        QVERIFY2(markdown.contains(QLatin1String(
                     "| Bob Smith | not recorded | 400,000 | 100,000 | 100,000 | 200,000 | - | no quota | 0 |\n")),
                 qPrintable(markdown));
        QVERIFY(!part.contains(QLatin1String("covered")));

        const nlohmann::json json = AgendaJson::numbersJson(bob.numbers);
        QCOMPARE(json["quota_recorded"].get<bool>(), false);
        QVERIFY(json["coverage"].is_null());
        QVERIFY(json["required_weekly_run_rate"].is_null());
        QCOMPARE(AgendaJson::numbersJson(agenda.reps.front().numbers)["quota_recorded"].get<bool>(), true);
    }

    // Named by the as-of date the document describes (2026-11-16), not the day or time it is written.
    void defaultFileNames()
    {
        const QDate asOf(2026, 11, 16);
        QCOMPARE(ExportFileName::agenda(asOf, QStringLiteral("district:East"), QStringLiteral("pdf")),
                 QStringLiteral("2026-11-16_district-East_forecast-call-agenda.pdf"));
        QCOMPARE(ExportFileName::agenda(asOf, QStringLiteral("all"), QStringLiteral("md")),
                 QStringLiteral("2026-11-16_all_forecast-call-agenda.md"));
        QCOMPARE(ExportFileName::agenda(asOf, QStringLiteral("region:Северо-Запад / 2"), QStringLiteral("csv")),
                 QStringLiteral("2026-11-16_region-Северо-Запад-2_forecast-call-agenda.csv"));
        QCOMPARE(ExportFileName::pack(asOf, QStringLiteral("../r1"), QStringLiteral("html")),
                 QStringLiteral("2026-11-16_r1_coaching-pack.html"));
        QCOMPARE(ExportFileName::pack(QDate(2026, 12, 7), QStringLiteral("R004"), QStringLiteral("pdf")),
                 QStringLiteral("2026-12-07_R004_coaching-pack.pdf"));
        QCOMPARE(ExportFileName::safePart(QStringLiteral("///")), QStringLiteral("export"));
    }
};

QTEST_MAIN(TestAgendaExport)
#include "tst_agendaexport.moc"
