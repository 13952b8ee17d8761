// Crash safety: `dmcockpit import` killed with SIGKILL at 20 moments of a large import.
// Every time, the database opens, PRAGMA integrity_check is ok, and it holds either the state
// before the import or the whole import, never part of it; the DM's notes are intact.
#include "store/ActionsFile.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace dmc;

namespace {

bool runTool(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DMC_BINARY), arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString scalarRow(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    QStringList values;
    for (int i = 0; i < query.record().count(); ++i)
        values << query.value(i).toString();
    return values.join(QLatin1Char('|'));
}

// What the CRM tables hold, in a few numbers that any partial import would move.
QString crmFingerprint(const Database &db)
{
    return scalarRow(
        db,
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM rep), (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM opportunity),"
            " (SELECT COALESCE(SUM(amount), 0) FROM opportunity), (SELECT COUNT(*) FROM meddpicc),"
            " (SELECT COUNT(*) FROM snapshot), (SELECT COALESCE(SUM(amount), 0) FROM snapshot),"
            " (SELECT COUNT(*) FROM quota), (SELECT COUNT(*) FROM forecast_call), (SELECT COUNT(*) FROM health_reading),"
            " (SELECT COUNT(*) FROM import_log), (SELECT COALESCE(MAX(as_of), '') FROM snapshot)"));
}

QString notesFingerprint(const Database &db)
{
    return scalarRow(db,
                     QStringLiteral(
                         "SELECT (SELECT group_concat(opportunity_id || ':' || note || ':' || version, ';') FROM"
                         "   (SELECT * FROM dm_action ORDER BY id)),"
                         " (SELECT group_concat(text, ';') FROM (SELECT * FROM follow_up ORDER BY id)),"
                         " (SELECT group_concat(note, ';') FROM (SELECT * FROM coaching_note ORDER BY rep_id))"));
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;   // the database before the import: a smaller earlier CRM state + DM notes
    QString m_export; // the large canonical export to import
    QString m_before;
    QString m_after;
    QString m_notes;
    qint64 m_importMs = 0;

    QStringList importArguments(const QString &database) const
    {
        return {QStringLiteral("import"),    QStringLiteral("--db"),      database,
                QStringLiteral("--profile"), QStringLiteral("canonical"), m_export};
    }

    // The database is two files: the CRM data and, beside it, the DM's notes (FILE-actions).
    bool copyBase(const QString &target) const
    {
        for (const QString &file : {target, ActionsFile::path(target)}) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(file + suffix);
        }
        return QFile::copy(m_base, target) && QFile::copy(ActionsFile::path(m_base), ActionsFile::path(target));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString big = m_dir.filePath(QStringLiteral("big.db"));
        m_export = m_dir.filePath(QStringLiteral("export"));
        m_base = m_dir.filePath(QStringLiteral("base.db"));
        QString output;
        // 8k deals (64k MEDDPICC rows) over 4 weekly snapshots: a few seconds to import, so 20
        // kills fit the time a test may take.
        QVERIFY2(runTool({QStringLiteral("demo"), QStringLiteral("--db"), big, QStringLiteral("--seed"),
                          QStringLiteral("11"), QStringLiteral("--reps"), QStringLiteral("120"),
                          QStringLiteral("--deals"), QStringLiteral("8000"), QStringLiteral("--weeks"),
                          QStringLiteral("4")},
                         &output),
                 qPrintable(output));
        QVERIFY2(runTool({QStringLiteral("export"), QStringLiteral("--db"), big, QStringLiteral("-o"), m_export},
                         &output),
                 qPrintable(output));
        QVERIFY2(runTool({QStringLiteral("demo"), QStringLiteral("--db"), m_base, QStringLiteral("--seed"),
                          QStringLiteral("5"), QStringLiteral("--deals"), QStringLiteral("300"),
                          QStringLiteral("--weeks"), QStringLiteral("3")},
                         &output),
                 qPrintable(output));
        {
            auto base = Database::open(m_base);
            QVERIFY(base.ok());
            QSqlQuery query((*base)->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM opportunity ORDER BY id LIMIT 2")));
            QStringList deals;
            while (query.next())
                deals << query.value(0).toString();
            QCOMPARE(deals.size(), 2);
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM rep ORDER BY id LIMIT 1")) && query.next());
            const QString rep = query.value(0).toString();
            for (const QString &sql :
                 {QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at, version) VALUES "
                                 "('%1', 'Champion is the CFO', 'dm', '2026-01-05', 3), "
                                 "('%2', 'Paper process unclear', 'dm', '2026-01-06', 1)")
                      .arg(deals[0], deals[1]),
                  QStringLiteral("INSERT INTO follow_up (rep_id, text, created_week, author, updated_at) VALUES "
                                 "('%1', 'Ask for the mutual plan', '2026-01-05', 'dm', '2026-01-05')")
                      .arg(rep),
                  QStringLiteral("INSERT INTO coaching_note (rep_id, week_start, note, author, updated_at) VALUES "
                                 "('%1', '2026-01-05', 'Discovery questions', 'dm', '2026-01-05')")
                      .arg(rep)})
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            m_before = crmFingerprint(**base);
            m_notes = notesFingerprint(**base);
        }
        QVERIFY(!QFile::exists(m_base + QStringLiteral("-wal")));

        // The reference: the whole import, timed.
        const QString reference = m_dir.filePath(QStringLiteral("reference.db"));
        QVERIFY(copyBase(reference));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(runTool(importArguments(reference), &output), qPrintable(output));
        m_importMs = timer.elapsed();
        auto done = Database::open(reference);
        QVERIFY(done.ok());
        m_after = crmFingerprint(**done);
        QVERIFY(m_after != m_before);
        QCOMPARE(notesFingerprint(**done), m_notes);
        qInfo("before: %s\nafter:  %s\nimport: %lld ms", qPrintable(m_before), qPrintable(m_after), m_importMs);
    }

    void killedImportLeavesBeforeOrAfter()
    {
        const QString trial = m_dir.filePath(QStringLiteral("trial.db"));
        QRandomGenerator random(20261122);
        int killedWhileRunning = 0;
        int heldAfter = 0;
        constexpr int trials = 20;
        for (int i = 0; i < trials; ++i) {
            QVERIFY(copyBase(trial));
            // Spread the moments over the whole run, each at a random point of its twentieth.
            const qint64 moment = qint64((i + random.generateDouble()) / trials * m_importMs * 0.95);
            QProcess import;
            import.setProcessChannelMode(QProcess::MergedChannels);
            QElapsedTimer timer;
            timer.start();
            import.start(QStringLiteral(DMC_BINARY), importArguments(trial));
            QVERIFY(import.waitForStarted());
            const qint64 wait = moment - timer.elapsed();
            if (wait > 0)
                QThread::msleep(wait);
            if (import.state() == QProcess::Running) {
                ::kill(pid_t(import.processId()), SIGKILL);
                ++killedWhileRunning;
            }
            QVERIFY(import.waitForFinished(60000));

            auto opened = Database::open(trial);
            QVERIFY2(opened.ok(),
                     qPrintable(QStringLiteral("trial %1 at %2 ms: %3")
                                    .arg(i)
                                    .arg(moment)
                                    .arg(opened ? QString() : opened.error().toString())));
            const auto problems = (*opened)->checkIntegrity();
            QVERIFY(problems.ok());
            QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
            const QString state = crmFingerprint(**opened);
            QVERIFY2(state == m_before || state == m_after,
                     qPrintable(
                         QStringLiteral("trial %1 at %2 ms holds part of the import: %3").arg(i).arg(moment).arg(state)));
            QCOMPARE(notesFingerprint(**opened), m_notes);
            heldAfter += state == m_after ? 1 : 0;
        }
        qInfo("%d of %d imports killed while running; %d held the whole import", killedWhileRunning, trials, heldAfter);
        // The moments lie inside the reference run, so most kills hit a running import; the
        // margin allows for the machine being much less loaded than when the reference ran.
        QVERIFY(killedWhileRunning >= trials / 4);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
