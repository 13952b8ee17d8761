// The agenda layout and exports on a hand-made Agenda: hostile names stay inert in HTML,
// Markdown and CSV; the PDF holds every rep and the district totals in English and Russian.
#include "analytics/text/DescriptiveLanguage.h"
#include "export/ExportFileName.h"
#include "export/agenda/AgendaExporter.h"
#include "export/agenda/AgendaJson.h"
#include "export/agenda/AgendaReport.h"
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
    agenda.period = {2026, 4, QDate(2026, 10, 1), QDate(2026, 12, 31)};
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

    void defaultFileNames()
    {
        const QDateTime when(QDate(2026, 11, 16), QTime(9, 5));
        QCOMPARE(ExportFileName::agenda(when, QStringLiteral("district:East"), QStringLiteral("pdf")),
                 QStringLiteral("20261116-0905_district-East_forecast-call-agenda.pdf"));
        QCOMPARE(ExportFileName::agenda(when, QStringLiteral("all"), QStringLiteral("md")),
                 QStringLiteral("20261116-0905_all_forecast-call-agenda.md"));
        QCOMPARE(ExportFileName::agenda(when, QStringLiteral("region:Северо-Запад / 2"), QStringLiteral("csv")),
                 QStringLiteral("20261116-0905_region-Северо-Запад-2_forecast-call-agenda.csv"));
        QCOMPARE(ExportFileName::pack(when, QStringLiteral("../r1"), QStringLiteral("html")),
                 QStringLiteral("20261116-0905_r1_coaching-pack.html"));
        QCOMPARE(ExportFileName::safePart(QStringLiteral("///")), QStringLiteral("export"));
    }
};

QTEST_MAIN(TestAgendaExport)
#include "tst_agendaexport.moc"
