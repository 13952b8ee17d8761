// dmcockpit review on the review fixture (tests/fixtures/review/ReviewFixture.h) stored in a
// database: the JSON's bridge to the cent, the text in English and Russian, the usage errors.
#include "fixtures/review/ReviewFixture.h"

#include "fixtures/RunDmcockpit.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

class TestCliReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR (0700): without one Qt Gui (the PDF) warns on stderr
    QString m_db;

    test::CommandRun review(const QStringList &more)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return test::runDmcockpit(QStringList{QStringLiteral("review"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--period"), QStringLiteral("2026Q3")}
                                      + more,
                                  environment);
    }

    QString writePlan(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("review.db"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        Transaction transaction((*db)->connectionName());
        const Status written = CrmWriter(**db).write(test::reviewFixture());
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(transaction.commit());
    }

    // District D1, Q3 against Q2 (hand calculation in tests/core/analytics/review_bridge):
    // 400.00 -> 700.01, volume 119.44, win rate 97.78, size 82.79.
    void jsonBridgeToTheCent()
    {
        const auto run = review({QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["baseline"].get<std::string>(), std::string("previous"));
        QCOMPARE(json["period"]["key"].get<std::string>(), std::string("2026Q3"));
        QCOMPARE(json["baseline_period"]["key"].get<std::string>(), std::string("2026Q2"));
        const auto &bridge = json["bridge"];
        QCOMPARE(bridge["baseline"]["bookings"].get<double>(), 400.0);
        QCOMPARE(bridge["actual"]["bookings"].get<double>(), 700.01);
        QCOMPARE(bridge["difference"].get<double>(), 300.01);
        QCOMPARE(bridge["volume"]["amount"].get<double>(), 119.44);
        QCOMPARE(bridge["win_rate"]["amount"].get<double>(), 97.78);
        QCOMPARE(bridge["size"]["amount"].get<double>(), 82.79);
        QCOMPARE(bridge["size"]["deals"].size(), size_t(3));
        QCOMPARE(json["win_loss"]["minimum_lost_for_share"].get<int>(), 10);
        QVERIFY(json["district_comparison"].is_null());
    }

    void regionHasTheDistrictComparison()
    {
        const auto run = review({QStringLiteral("--scope"), QStringLiteral("region:North"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["district_comparison"]["districts"].size(), size_t(3));
        QCOMPARE(json["district_comparison"]["median"]["win_rate"].get<double>(), 0.5);
        // 15 lost in the region (D1 2, D2 3, D3 10), Price on 7 of them (D1 1, D3 6): share 7/15.
        const auto &winLoss = json["win_loss"];
        QVERIFY(winLoss["data_has_reasons"].get<bool>());
        QCOMPARE(winLoss["reasons"][0]["value"].get<std::string>(), std::string("Price"));
        QCOMPARE(winLoss["reasons"][0]["lost"]["count"].get<int>(), 7);
        QCOMPARE(winLoss["reasons"][0]["share"].get<double>(), 0.4667);
        QCOMPARE(winLoss["competitors"][0]["value"].get<std::string>(), std::string("Rival"));
    }

    void textInEnglish()
    {
        const auto run = review(
            {QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outText().split(u'\n');
        QCOMPARE(lines[0],
                 QStringLiteral("Bookings Q3 FY2026, District D1: 700 USD against 400 USD in Q2 FY2026 (the "
                                "previous period): +300 USD."));
        QVERIFY(lines.contains(QStringLiteral("  Volume: +119 USD (decided deals 4 → 5).")));
        QVERIFY(lines.contains(QStringLiteral("  Win rate: +98 USD (50% → 60%).")));
        QVERIFY(lines.contains(QStringLiteral("  Average won deal: +83 USD (200 USD → 233 USD).")));
        // The loss reasons came through the database: one reason on D1's two lost deals.
        QVERIFY(lines.contains(QStringLiteral("2 deals lost: shares are given from 10 lost deals.")));
    }

    // Russian typography puts no-break spaces between numbers and units and after short words;
    // they are compared as plain spaces here (tests/cli/numberformat checks them).
    void textInRussian()
    {
        const auto run = review(
            {QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outText().replace(QChar(0xa0), u' ').split(u'\n');
        QCOMPARE(lines[0],
                 QStringLiteral("Продажи за 3 кв. 2026, Территория D1: 700 USD против 400 USD за 2 кв. 2026 "
                                "(предыдущий период): +300 USD."));
        QVERIFY(lines.contains(QStringLiteral("  Доля выигранных сделок: +98 USD (50 % → 60 %).")));
        QVERIFY(lines.contains(QStringLiteral("  Средняя выигранная сделка: +83 USD (200 USD → 233 USD).")));
    }

    // The review document: --out names the format by its extension; the file holds the bridge of
    // D1 to the unit (400 -> 700: +119, +98, +83) in English and Russian.
    void documentInMarkdown_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("# Quarterly review: District D1"),
                                           QStringLiteral("| Volume | +119 | +119 | decided deals 4 → 5 |"),
                                           QStringLiteral("| Win rate | +98 | +98 | 50% → 60% |"),
                                           QStringLiteral("| Difference | +300 | +300 |  |")};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList{QStringLiteral("| Объём | +119 | +119 |"),
                                           QStringLiteral("| Доля выигранных | +98 | +98 | 50 % → 60 % |"),
                                           QStringLiteral("| Разница | +300 | +300 |  |")};
    }

    void documentInMarkdown()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString path = m_dir.filePath(QStringLiteral("review-%1.md").arg(language));
        const auto run = review({QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--lang"),
                                 language, QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.errText().trimmed(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).replace(QChar(0xa0), u' ');
        for (const QString &piece : expected)
            QVERIFY2(text.contains(piece), qPrintable(piece + QLatin1String("\n") + text));
    }

    // The PDF of the region: its pages and the figures pdftotext reads back (Q3 2,400.01 against
    // Q2 900.00: +1,500; Price 7 of 15 lost deals, 47%).
    void documentInPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo and pdftotext (poppler-utils) are not installed");
        const QString path = m_dir.filePath(QStringLiteral("review.pdf"));
        const auto run = review({QStringLiteral("--scope"), QStringLiteral("region:North"), QStringLiteral("--lang"),
                                 QStringLiteral("en"), QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished();
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 2 && pages.captured(1).toInt() <= 4);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        text.waitForFinished();
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const char *piece : {"Quarterly review: Region North", "+1,500", "2,400", "Price", "47%", "Page 1 of"})
            QVERIFY2(content.contains(QLatin1String(piece)), piece);
    }

    void documentErrors()
    {
        const auto pdf = review({QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(pdf.exitCode, 2);
        QCOMPARE(pdf.errText().trimmed(), QStringLiteral("PDF needs -o PATH."));
        const auto csv = review({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("review.csv"))});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY(csv.errText().contains(QStringLiteral("--format takes one of: md, html, pdf, json.")));
    }

    // The monthly cadence: --period takes a calendar month. D1's Q3 deals all close on 15 September:
    // September 700.01 against August's nothing; the document is the monthly review.
    void monthAgainstTheMonthBefore()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        const QStringList month{QStringLiteral("review"),     QStringLiteral("--db"),    m_db,
                                QStringLiteral("--period"),   QStringLiteral("2026-09"), QStringLiteral("--scope"),
                                QStringLiteral("district:D1")};
        const auto json = test::runDmcockpit(month + QStringList{QStringLiteral("--json")}, environment);
        QCOMPARE(json.exitCode, 0);
        const auto value = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(value["period"]["key"].get<std::string>(), std::string("2026-09"));
        QCOMPARE(value["period"]["start"].get<std::string>(), std::string("2026-09-01"));
        QCOMPARE(value["baseline_period"]["key"].get<std::string>(), std::string("2026-08"));
        QCOMPARE(value["bridge"]["baseline"]["bookings"].get<double>(), 0.0);
        QCOMPARE(value["bridge"]["actual"]["bookings"].get<double>(), 700.01);
        QCOMPARE(value["bridge"]["difference"].get<double>(), 700.01);

        const QString path = m_dir.filePath(QStringLiteral("month.md"));
        const auto document = test::runDmcockpit(month
                                                     + QStringList{QStringLiteral("--lang"), QStringLiteral("ru"),
                                                                   QStringLiteral("--out"), path},
                                                 environment);
        QCOMPARE(document.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll()).replace(QChar(0xa0), u' ');
        QVERIFY2(content.contains(QStringLiteral("Обзор месяца: Территория D1")), qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("сентябрь 2026")));
        QVERIFY(content.contains(QStringLiteral("август 2026")));
        // A line that starts with the month writes it with a capital, as Russian starts a sentence.
        QVERIFY(content.contains(QStringLiteral("Сентябрь 2026: по снимку от 05.10.2026")));

        const auto cockpit = test::runDmcockpit({QStringLiteral("cockpit"), QStringLiteral("--db"), m_db,
                                                 QStringLiteral("--period"), QStringLiteral("2026-09")},
                                                environment);
        QCOMPARE(cockpit.exitCode, 2); // the other commands read quarters only
        const auto bad = test::runDmcockpit(month.mid(0, 4) + QStringList{QStringLiteral("2026-13")}, environment);
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.errText().trimmed(),
                 QStringLiteral(
                     "--period takes a fiscal quarter like 2026Q1 or a month like 2026-11, not \"2026-13\"."));
    }

    void baselineUsageErrors()
    {
        const auto other = review({QStringLiteral("--baseline"), QStringLiteral("yesterday")});
        QCOMPARE(other.exitCode, 2);
        QCOMPARE(other.errText().trimmed(),
                 QStringLiteral("--baseline takes previous, last-year or plan:FILE, not \"yesterday\"."));
        QCOMPARE(review({QStringLiteral("--baseline"), QStringLiteral("last-year")}).exitCode, 0);
    }

    // A plan of D1's Q2 numbers (4 decided, 2 won, 400.00) for Q3: the same bridge as against
    // the previous period, without deals behind the baseline.
    void planBaseline()
    {
        const QString plan = writePlan(QStringLiteral("plan.csv"),
                                       "period,scope,deal_type,decided_deals,won_deals,bookings\n"
                                       "2026Q3,district:D1,,4,2,400\n"
                                       "2026Q3,district:D1,new,4,2,400.00\n"
                                       "2026Q3,district:D2,,10,5,1000\n");
        const auto run = review({QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--baseline"),
                                 QStringLiteral("plan:") + plan, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["baseline"].get<std::string>(), std::string("plan"));
        QCOMPARE(json["plan_file"].get<std::string>(), std::string("plan.csv"));
        const auto &bridge = json["bridge"];
        QCOMPARE(bridge["baseline"]["bookings"].get<double>(), 400.0);
        QCOMPARE(bridge["volume"]["amount"].get<double>(), 119.44);
        QCOMPARE(bridge["win_rate"]["amount"].get<double>(), 97.78);
        QCOMPARE(bridge["size"]["amount"].get<double>(), 82.79);
        QCOMPARE(bridge["volume"]["baseline_deals"].size(), size_t(0));
        QCOMPARE(json["by_deal_type"]["total"]["mix"]["amount"].get<double>(), 0.0);
        QCOMPARE(json["by_segment"]["groups"].size(), size_t(0));

        const auto text =
            review({QStringLiteral("--scope"), QStringLiteral("district:D1"), QStringLiteral("--baseline"),
                    QStringLiteral("plan:") + plan, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(text.outText().startsWith(QStringLiteral(
            "Bookings Q3 FY2026, District D1: 700 USD against 400 USD in Q3 FY2026 (the plan): +300 USD.\n")));
    }

    void planErrors_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no column") << QStringLiteral("period,scope,decided_deals,bookings\n2026Q3,all,4,400\n")
                                   << QStringLiteral("bad.csv, line 1: the plan has no column \"won_deals\"");
        QTest::newRow("won above decided")
            << QStringLiteral("period,scope,decided_deals,won_deals,bookings\n2026Q3,all,5,7,100\n")
            << QStringLiteral("bad.csv, line 2, column 4: 7 won deals are more than the 5 decided ones");
        QTest::newRow("amount")
            << QStringLiteral("period,scope,decided_deals,won_deals,bookings\n2026Q3,all,5,2,lots\n")
            << QStringLiteral("bad.csv, line 2, column 5: \"lots\" is not an amount from 0 such as 125000.50");
        QTest::newRow("period")
            << QStringLiteral("period,scope,decided_deals,won_deals,bookings\nQ5,all,5,2,100\n")
            << QStringLiteral("bad.csv, line 2, column 1: \"Q5\" is not a fiscal quarter like 2026Q1 or a month like "
                              "2026-11");
        QTest::newRow("no row") << QStringLiteral("period,scope,decided_deals,won_deals,bookings\n2026Q2,all,5,2,100\n")
                                << QStringLiteral("bad.csv holds no row for period 2026Q3 and scope all.");
    }

    void planErrors()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        const QString plan = writePlan(QStringLiteral("bad.csv"), content.toUtf8());
        const auto run = review({QStringLiteral("--baseline"), QStringLiteral("plan:") + plan});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText().trimmed(), message);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
