// Issue 23: a DM's edits are accepted while a company-scale import runs (docs/concurrency.md).
// `dmcockpit import` of a generated canonical export runs in another process and holds the
// file's write lock for its whole transaction; meanwhile this process edits through ActionStore,
// InsightMarkStore and AssumptionSetStore in a loop (their tables live in FILE-actions) and opens
// the file again now and then, as the window or another command would. Every edit must be
// stored at once (none refused, none waiting out the 5 s busy timeout), and after the import
// every edit and the whole import are there.
//
// It prints the edits' count and p50 / p95 / max latency. The target is 200 ms at the most;
// the assertion allows 2 s, so a loaded two-core CI machine under AddressSanitizer does not fail
// it, while a wait for the import's lock (5 s and then "database is locked") still does.
#include "fixtures/Latencies.h"
#include "fixtures/RunDmcockpit.h"
#include "fixtures/store/EditLoop.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dmc;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList column(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    QStringList values;
    if (query.exec(sql)) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

// Whether another connection holds the file's write lock (the import's transaction): a bare
// connection to FILE alone (no FILE-actions) tries to take it without waiting.
class WriteLockProbe
{
public:
    explicit WriteLockProbe(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    }
    ~WriteLockProbe() { QSqlDatabase::removeDatabase(name()); }

    bool locked() const
    {
        QSqlDatabase db = QSqlDatabase::database(name(), false);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    static QString name() { return QStringLiteral("write-lock-probe"); }
};

} // namespace

class TestImportWhileEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_export;
    qint64 m_deals = 0;
    qint64 m_snapshots = 0;
    qint64 m_amount = 0;
    QStringList m_dealIds;
    QStringList m_repIds;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 20k deals over 6 weekly snapshots (about 120k snapshot rows): several seconds of import
        // in a release build, so edits run against it for a while; well under a minute under ASan.
        const QString source = m_dir.filePath(QStringLiteral("source.db"));
        m_export = m_dir.filePath(QStringLiteral("export"));
        // bench/concurrency.sh runs it at company scale: DMC_BENCH_DEALS, DMC_BENCH_WEEKS, DMC_BENCH_REPS.
        const QString deals = qEnvironmentVariable("DMC_BENCH_DEALS", QStringLiteral("20000"));
        auto demo = test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), source,
                                        QStringLiteral("--seed"), QStringLiteral("23"), QStringLiteral("--reps"),
                                        qEnvironmentVariable("DMC_BENCH_REPS", QStringLiteral("200")),
                                        QStringLiteral("--deals"), deals, QStringLiteral("--weeks"),
                                        qEnvironmentVariable("DMC_BENCH_WEEKS", QStringLiteral("6"))},
                                       QProcessEnvironment::systemEnvironment(), 1800000);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto exported = test::runDmcockpit({QStringLiteral("export"), QStringLiteral("--db"), source,
                                            QStringLiteral("-o"), m_export},
                                           QProcessEnvironment::systemEnvironment(), 1800000);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // What a complete import holds: the source's own figures.
        auto db = Database::open(source, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        m_deals = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM opportunity"));
        m_snapshots = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM snapshot"));
        m_amount = scalar(**db, QStringLiteral("SELECT SUM(amount) FROM snapshot"));
        QCOMPARE(m_deals, deals.toLongLong());
        m_dealIds = column(**db, QStringLiteral("SELECT id FROM opportunity ORDER BY id LIMIT 40"));
        m_repIds = column(**db, QStringLiteral("SELECT id FROM rep ORDER BY id LIMIT 12"));
        QCOMPARE(m_dealIds.size(), 40);
        QCOMPARE(m_repIds.size(), 12);
    }

    void editsAreStoredWhileAnImportRuns()
    {
        const QString path = m_dir.filePath(QStringLiteral("team.db"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        test::EditLoop loop(**db, QStringLiteral("dm_east"), m_dealIds, m_repIds);
        WriteLockProbe probe(path);

        QProcess import;
        import.setProcessChannelMode(QProcess::MergedChannels);
        import.start(QStringLiteral(DMC_BINARY),
                     {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--profile"),
                      QStringLiteral("canonical"), m_export});
        QVERIFY(import.waitForStarted());
        // Edit from the moment the import holds the write lock until it ends.
        QElapsedTimer clock;
        clock.start();
        while (!probe.locked() && import.state() != QProcess::NotRunning && clock.elapsed() < 60000)
            QThread::msleep(5);
        QVERIFY2(import.state() != QProcess::NotRunning, import.readAll().constData());

        test::Latencies latencies;
        test::Latencies reopen;
        QStringList refused;
        int underLock = 0;
        for (int i = 0; import.state() != QProcess::NotRunning; ++i) {
            const bool locked = probe.locked();
            QString error;
            const double ms = loop.edit(i, &error);
            if (ms < 0) {
                refused << error;
            } else {
                latencies.add(ms);
                underLock += locked ? 1 : 0;
            }
            if (i % 25 == 0) {
                // Another reader opens the file meanwhile (the window, a command).
                QElapsedTimer timer;
                timer.start();
                auto other = Database::open(path);
                QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().toString()));
                QVERIFY(ActionStore(**other, QStringLiteral("reader")).actions().ok());
                reopen.add(double(timer.nsecsElapsed()) / 1e6);
            }
            QThread::msleep(10); // a DM's pace is slower still; the two cores are shared
            import.waitForReadyRead(0);
        }
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(1800000));
        const QByteArray output = import.readAll();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0, output.constData());

        qInfo("SQLite edits while the import ran (%d under its write lock): %s", underLock,
              qPrintable(latencies.summary()));
        qInfo("SQLite opens of the file while the import ran: %s", qPrintable(reopen.summary()));
        qInfo("target: max under 200 ms (asserted: none refused, max under 2000 ms)");
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        // Enough of the edits met the import's lock for the figures to be about it.
        QVERIFY2(underLock >= 20, qPrintable(QStringLiteral("only %1 edits under the lock").arg(underLock)));
        QVERIFY2(latencies.max() < 2000, qPrintable(latencies.summary()));

        // After the import: every edit, and the whole import (the source's counts and sums).
        auto after = Database::open(path);
        QVERIFY(after.ok());
        const QString missing = loop.verify(**after);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY2(loop.verifySets().isEmpty(), qPrintable(loop.verifySets()));
        QCOMPARE(scalar(**after, QStringLiteral("SELECT COUNT(*) FROM opportunity")), m_deals);
        QCOMPARE(scalar(**after, QStringLiteral("SELECT COUNT(*) FROM snapshot")), m_snapshots);
        QCOMPARE(scalar(**after, QStringLiteral("SELECT SUM(amount) FROM snapshot")), m_amount);
        QCOMPARE(column(**after, QStringLiteral("SELECT status FROM import_log")), QStringList{QStringLiteral("done")});
    }
};

QTEST_GUILESS_MAIN(TestImportWhileEditing)
#include "tst_import_while_editing.moc"
