// The forecast-call agenda of the demo district (Boston, 10 reps, as of 2026-12-07) as a DM prints it: the PDF in
// the language's default page size (Letter in English, A4 in Russian) is at most as many pages as reps plus four,
// and no page holds a leftover line. Before rep parts flowed one after another it was 21 pages in both languages,
// each rep opening a page and a page holding only a rep's last question and "No follow-ups due". The budget was
// reps plus two until the play filters and the plays part added Boston 19 exception rows with their questions and
// a six-line part: 13 full pages in English, 14 in Russian.
#include "fixtures/RunDmcockpit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestAgendaPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdfinfo and pdftotext (poppler-utils, a dev-setup package) are not installed");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const auto demo = dmc::test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void demoDistrictFitsRepsPlusFour_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paper");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("letter");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("A4");
    }

    void demoDistrictFitsRepsPlusFour()
    {
        QFETCH(QString, language);
        QFETCH(QString, paper);
        const QStringList agenda{QStringLiteral("agenda"),
                                 QStringLiteral("--db"),
                                 m_db,
                                 QStringLiteral("--scope"),
                                 QStringLiteral("district:Boston"),
                                 QStringLiteral("--lang"),
                                 language};
        const auto json =
            dmc::test::runDmcockpit(agenda + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const size_t reps = nlohmann::json::parse(json.out.toStdString())["reps"].size();
        QCOMPARE(reps, size_t(10));

        const QString pdf = m_dir.filePath(language + QStringLiteral(".pdf"));
        const auto written = dmc::test::runDmcockpit(
            agenda + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY2(written.exitCode == 0, written.err.constData());

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const auto pagesLine =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
        QVERIFY2(pagesLine.hasMatch(), qPrintable(info));
        const int pages = pagesLine.captured(1).toInt();
        QVERIFY2(pages <= int(reps) + 4, qPrintable(QStringLiteral("%1 pages for %2 reps").arg(pages).arg(reps)));
        QVERIFY2(info.contains(QStringLiteral("(%1)").arg(paper)), qPrintable(info));

        // Every page holds more than a leftover: at least five lines of the agenda besides the running title on top
        // and the footer with "Page N of M" at the bottom.
        const QStringList pageTexts =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int page = 0; page < pages; ++page) {
            const QStringList lines = pageTexts.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            int content = 0;
            for (const QString &line : lines)
                content += line.trimmed().isEmpty() ? 0 : 1;
            QVERIFY2(content - 2 >= 5,
                     qPrintable(QStringLiteral("page %1 of %2:\n%3").arg(page + 1).arg(pages).arg(pageTexts.at(page))));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestAgendaPages)
#include "tst_agendapages.moc"
