// dmcockpit agenda --by-district on the small fixture (tests/fixtures/small/README.md): region North
// as of S3 2026-03-23 (2026Q1) is two files, East (Alice Archer and Bob Baker, quotas 100,000 +
// 50,000) and West (Carol Chen, quota 0), each the agenda `--scope district:NAME` writes; the
// districts named on stderr before their files; PDF; Russian; usage errors.
#include "fixtures/SmallDatabase.h"

#include "fixtures/RunDmcockpit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString EastFile = QStringLiteral("2026-03-23_district-East_forecast-call-agenda");
const QString WestFile = QStringLiteral("2026-03-23_district-West_forecast-call-agenda");

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The generated-at line holds the minute the file was written: two runs may differ there only.
QString withoutGeneratedAt(QString markdown)
{
    static const QRegularExpression generated(QStringLiteral("^.*(Generated|Подготовлено).*$\\n"),
                                              QRegularExpression::MultilineOption);
    return markdown.remove(generated);
}

} // namespace

class TestCliAgendaByDistrict : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR (0700): without one Qt Gui warns on stderr
    QString m_db;

    test::CommandRun agenda(const QStringList &more, const QString &language = QStringLiteral("en"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return test::runDmcockpit(QStringList{QStringLiteral("agenda"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--as-of"), QStringLiteral("2026-03-23"),
                                              QStringLiteral("--lang"), language}
                                      + more,
                                  environment);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("small.db"));
        const QString imported = test::importSmallFixture(m_db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }

    void oneMarkdownFilePerDistrict()
    {
        const QString folder = m_dir.filePath(QStringLiteral("md"));
        const auto run = agenda({QStringLiteral("--scope"), QStringLiteral("region:North"), QStringLiteral("--format"),
                                 QStringLiteral("md"), QStringLiteral("--by-district"), QStringLiteral("-o"), folder});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{EastFile + QStringLiteral(".md"), WestFile + QStringLiteral(".md")}));
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QLatin1String("District 1 of 2: East")), run.err.constData());
        QVERIFY2(err.contains(QLatin1String("District 2 of 2: West")), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("Wrote 2 files to %1.").arg(QDir::toNativeSeparators(folder))),
                 run.err.constData());
        QVERIFY(err.indexOf(QLatin1String("East")) < err.indexOf(QLatin1String("West")));

        const QString east = read(QDir(folder).filePath(EastFile + QStringLiteral(".md")));
        const QString west = read(QDir(folder).filePath(WestFile + QStringLiteral(".md")));
        QVERIFY(east.contains(QLatin1String("## Alice Archer")));
        QVERIFY(east.contains(QLatin1String("## Bob Baker")));
        QVERIFY(!east.contains(QLatin1String("Carol Chen")));
        QVERIFY(west.contains(QLatin1String("## Carol Chen")));
        QVERIFY(!west.contains(QLatin1String("Alice Archer")));
        // East's quota is Alice's 100,000 and Bob's 50,000; West's is Carol's 0.
        QVERIFY2(east.contains(QLatin1String("| Quota | 150,000 |")), qPrintable(east));
        QVERIFY2(west.contains(QLatin1String("| Quota | 0 |")), qPrintable(west));

        // Each file is the agenda of that district as `--scope district:NAME` writes it.
        for (const auto &[district, text] :
             {std::pair{QStringLiteral("East"), east}, std::pair{QStringLiteral("West"), west}}) {
            const auto single = agenda({QStringLiteral("--scope"), QStringLiteral("district:") + district,
                                        QStringLiteral("--format"), QStringLiteral("md")});
            QVERIFY2(single.exitCode == 0, single.err.constData());
            QCOMPARE(withoutGeneratedAt(text), withoutGeneratedAt(QString::fromUtf8(single.out)));
        }
    }

    void pdfFilesInRussian()
    {
        const QString folder = m_dir.filePath(QStringLiteral("pdf"));
        const auto run = agenda({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--by-district"),
                                 QStringLiteral("-o"), folder},
                                QStringLiteral("ru"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{EastFile + QStringLiteral(".pdf"), WestFile + QStringLiteral(".pdf")}));
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            QVERIFY(read(QDir(folder).filePath(name)).startsWith(QLatin1String("%PDF-")));
        // Russian output keeps a number with the word after it (a no-break space).
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("Территория 1\u00a0из 2: East")), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("В ") + QDir::toNativeSeparators(folder)), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("записано 2\u00a0файла.")), run.err.constData());
    }

    void usageErrors()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file.md"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const auto noFolder =
            agenda({QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--by-district")});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY2(noFolder.err.contains("--by-district needs -o FOLDER."), noFolder.err.constData());
        const auto intoAFile = agenda({QStringLiteral("--format"), QStringLiteral("md"),
                                       QStringLiteral("--by-district"), QStringLiteral("-o"), file});
        QCOMPARE(intoAFile.exitCode, 2);
        QVERIFY2(intoAFile.err.contains("is a file"), intoAFile.err.constData());
        const QString folder = m_dir.filePath(QStringLiteral("rep"));
        const auto oneRep =
            agenda({QStringLiteral("--scope"), QStringLiteral("rep:r1"), QStringLiteral("--format"),
                    QStringLiteral("md"), QStringLiteral("--by-district"), QStringLiteral("-o"), folder});
        QCOMPARE(oneRep.exitCode, 2);
        QVERIFY2(oneRep.err.contains("--by-district takes a scope of all, a region or a district."),
                 oneRep.err.constData());
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestCliAgendaByDistrict)
#include "tst_cli_agenda_by_district.moc"
