// DistrictAgendas on the small fixture (tests/fixtures/small/README.md; reps r1 Alice Archer and r2
// Bob Baker in East, r3 Carol Chen in West, all in region North), as of S3 2026-03-23: the districts
// of a scope, the progress calls before each file, a stop after the first, and a folder that cannot
// be made.
#include "fixtures/FixtureCsv.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "export/agenda/DistrictAgendas.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmc;

class TestDistrictAgendas : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QTemporaryDir m_dir;

    Query query(Scope scope) const
    {
        Query q = m_engine->resolve(QDate(2026, 3, 23));
        q.scope = std::move(scope);
        return q;
    }

private slots:
    void initTestCase()
    {
        const CrmData crm = test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small"));
        QVERIFY(!crm.opportunities.empty());
        m_engine = std::make_unique<Engine>(DatasetLoader::fromCrmData(crm), AnalyticsSettings());
    }

    void districtsOfAScope()
    {
        QCOMPARE(DistrictAgendas::districts(*m_engine, query(Scope::all())),
                 (QStringList{QStringLiteral("East"), QStringLiteral("West")}));
        QCOMPARE(DistrictAgendas::districts(*m_engine, query(Scope::region(QStringLiteral("North")))),
                 (QStringList{QStringLiteral("East"), QStringLiteral("West")}));
        QCOMPARE(DistrictAgendas::districts(*m_engine, query(Scope::district(QStringLiteral("West")))),
                 (QStringList{QStringLiteral("West")}));
        QCOMPARE(DistrictAgendas::districts(*m_engine, query(Scope::region(QStringLiteral("South")))), QStringList());
    }

    void progressBeforeEachFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("all"));
        QStringList calls;
        const auto written = DistrictAgendas::write(*m_engine, query(Scope::all()), {}, {}, ExportFormat::Markdown,
                                                    PdfRenderer::PageSize::A4, folder,
                                                    [&](int done, int total, const QString &district) {
                                                        // The files written so far are on disk when the next district is announced.
                                                        calls << QStringLiteral("%1/%2 %3 (%4 on disk)")
                                                                     .arg(done)
                                                                     .arg(total)
                                                                     .arg(district)
                                                                     .arg(QDir(folder).entryList(QDir::Files).size());
                                                        return true;
                                                    });
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(calls, (QStringList{QStringLiteral("0/2 East (0 on disk)"), QStringLiteral("1/2 West (1 on disk)")}));
        QCOMPARE(written->total, 2);
        QVERIFY(!written->stopped);
        QCOMPARE(written->files,
                 (QStringList{QDir(folder).filePath(QStringLiteral("2026-03-23_district-East_forecast-call-agenda.md")),
                              QDir(folder).filePath(
                                  QStringLiteral("2026-03-23_district-West_forecast-call-agenda.md"))}));
    }

    void stopsBeforeTheNextDistrict()
    {
        const QString folder = m_dir.filePath(QStringLiteral("stopped"));
        const auto written = DistrictAgendas::write(*m_engine, query(Scope::region(QStringLiteral("North"))), {}, {},
                                                    ExportFormat::Json, PdfRenderer::PageSize::A4, folder,
                                                    [](int done, int, const QString &) { return done < 1; });
        QVERIFY(written.ok());
        QVERIFY(written->stopped);
        QCOMPARE(written->total, 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList{QStringLiteral("2026-03-23_district-East_forecast-call-agenda.json")});
        QFile east(written->files.constFirst());
        QVERIFY(east.open(QIODevice::ReadOnly));
        QVERIFY(east.readAll().contains("\"Alice Archer\""));
    }

    void aFolderThatCannotBeMade()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString folder = file + QStringLiteral("/agendas");
        const auto written = DistrictAgendas::write(*m_engine, query(Scope::all()), {}, {}, ExportFormat::Markdown,
                                                    PdfRenderer::PageSize::A4, folder, {});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().file, QDir::toNativeSeparators(folder));
        QCOMPARE(written.error().message, QStringLiteral("Cannot create the folder."));
    }
};

QTEST_GUILESS_MAIN(TestDistrictAgendas)
#include "tst_districtagendas.moc"
