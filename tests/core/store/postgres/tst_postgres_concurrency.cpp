// Issue 23 on a real PostgreSQL (docs/concurrency.md): district managers edit and read while an
// import of generated canonical data runs.
// - editsAreStoredWhileAnImportRuns: one DM edits through ActionStore, InsightMarkStore and
//   AssumptionSetStore in a loop while `dmcockpit import` runs; every edit is stored, the import
//   takes no lock that could block a DM's write (no table lock stronger than ROW EXCLUSIVE), and
//   afterwards the edits and the whole import are there.
// - fortyDistrictManagersDuringAnImport: 40 sessions, each its own login role restricted to its
//   district by row-level security, each on its own thread with its own connection, do 50 edits
//   and 20 cockpit reads (DatasetLoader + Engine::cockpit, as `dmcockpit cockpit` does) while an
//   import runs. Sessions 0-9 share their district in pairs and edit the same deal notes and
//   coaching note on purpose. Every edit is stored or refused as a conflict naming the other
//   writer; no stored edit is lost (each note's history is one unbroken chain of old -> new
//   values); no read shows another district; nothing else fails.
// Both print count, throughput and p50 / p95 / p99 latencies; the target for the load test is
// p95 under 100 ms on the development machine (bench/concurrency.sh runs it with a larger
// import). The assertions on time are loose, for a loaded two-core CI machine under
// AddressSanitizer: a single DM's edit under 2 s; in the load test, where 40 sessions share the
// two cores with their cockpit reads and the import, under 5 s. A write waiting for the import's
// locks would wait for the whole import and still fail them.
#include "PostgresServer.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/AnalyticsSettings.h"
#include "analytics/engine/Engine.h"
#include "fixtures/Latencies.h"
#include "fixtures/RunDmcockpit.h"
#include "fixtures/store/EditLoop.h"
#include "store/ActionStore.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace dmc;

namespace {

constexpr int Sessions = 40;
constexpr int SharedPairs = 5; // sessions 2k and 2k+1 (k < 5) share district k
constexpr int EditsPerSession = 50;
// bench/concurrency.sh also runs it with DMC_BENCH_READS=0: the edits' latency without the 800 cockpit
// reads, whose dataset loads in this one process share the two cores with the server.
int readsPerSession()
{
    const QByteArray reads = qgetenv("DMC_BENCH_READS");
    return reads.isEmpty() ? 20 : reads.toInt();
}

QString sessionRole(int session)
{
    return QStringLiteral("dm_s%1").arg(session, 2, 10, QLatin1Char('0'));
}

int districtOf(int session)
{
    return session < 2 * SharedPairs ? session / 2 : session - SharedPairs;
}

// What one session did, read by the main thread once the session's thread has ended.
struct SessionOutcome
{
    test::Latencies edits;
    test::Latencies reads;
    int stored = 0;
    int conflicts = 0;
    int crossDistrictRows = 0;
    int readRows = 0;
    QStringList errors;
    QStringList storedNotes;     // texts of deal notes stored
    QStringList storedFollowUps; // texts of follow-ups stored
    qint64 lastEditAtMs = 0;     // on the test's clock
};

} // namespace

class TestPostgresConcurrency : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;
    QTemporaryDir m_dir;
    QString m_first;  // the export imported before the tests: the second's first half of weeks
    QString m_second; // the export imported during them: 4 weekly snapshots of the same company
    qint64 m_secondDeals = 0;
    qint64 m_secondSnapshots = 0;
    QStringList m_districts; // by name
    QString m_region;

    QString url(const QString &user, const char *database) const
    {
        return Database::serverLocation(user, QStringLiteral("127.0.0.1"), m_server.port(), QLatin1String(database));
    }

    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // Snapshot rows (deal, week, amount) of the second export that the team database does not
    // hold as exported: 0 once its import is complete.
    int missingFromSecond(const Database &team) const
    {
        const auto rows = [](const Database &db) {
            QSet<QString> keys;
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT opportunity_id, as_of, amount FROM snapshot"))) {
                while (query.next())
                    keys.insert(QStringLiteral("%1|%2|%3")
                                    .arg(query.value(0).toString(), query.value(1).toString(),
                                         QString::number(query.value(2).toLongLong())));
            }
            return keys;
        };
        auto second = Database::open(m_dir.filePath(QStringLiteral("second.db")), Database::OpenMode::ReadOnly);
        if (!second)
            return -1;
        const QSet<QString> exported = rows(**second);
        if (exported.size() != m_secondSnapshots)
            return -1;
        const QSet<QString> held = rows(team);
        return int(
            std::count_if(exported.begin(), exported.end(), [&](const QString &key) { return !held.contains(key); }));
    }

    static QStringList column(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }

    static QString deals() { return qEnvironmentVariable("DMC_BENCH_DEALS", QStringLiteral("600")); }
    static int weeks()
    {
        return qEnvironmentVariableIntValue("DMC_BENCH_WEEKS") > 1 ? qEnvironmentVariableIntValue("DMC_BENCH_WEEKS")
                                                                   : 4;
    }

    bool makeExport(const QString &name, int weeks, QString *folder)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".db"));
        *folder = m_dir.filePath(name);
        // 600 deals of 400 reps (40 districts of about 10 reps): about 15 deals a district, so 800
        // cockpit reads fit the time a test may take under AddressSanitizer.
        // bench/concurrency.sh runs it larger: DMC_BENCH_DEALS, and DMC_BENCH_WEEKS for the
        // export imported during the sessions (the first has half as many weeks).
        const auto demo =
            test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--seed"),
                                QStringLiteral("23"), QStringLiteral("--reps"), QStringLiteral("400"),
                                QStringLiteral("--deals"), deals(), QStringLiteral("--weeks"), QString::number(weeks)},
                               QProcessEnvironment::systemEnvironment(), 1800000);
        if (demo.exitCode != 0) {
            qWarning("%s", demo.err.constData());
            return false;
        }
        const auto exported =
            test::runDmcockpit({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("-o"), *folder},
                               QProcessEnvironment::systemEnvironment(), 1800000);
        return exported.exitCode == 0;
    }

    // The same export with only its first weeks of snapshots: the week before's file, so the
    // second import adds weeks and moves no deal to another owner (a demo made with fewer weeks
    // deals its deals out differently, and a DM's edit on a deal that the import hands to another
    // district is rightly refused).
    bool makeEarlierWeeks(const QString &from, int keptWeeks, QString *folder)
    {
        *folder = m_dir.filePath(QStringLiteral("first"));
        if (!QDir().mkpath(*folder))
            return false;
        const QDir source(from);
        for (const QString &name : source.entryList(QDir::Files)) {
            if (name != QLatin1String("snapshots.csv")
                && !QFile::copy(source.filePath(name), QDir(*folder).filePath(name)))
                return false;
        }
        QFile snapshots(source.filePath(QStringLiteral("snapshots.csv")));
        if (!snapshots.open(QIODevice::ReadOnly))
            return false;
        const QList<QByteArray> lines = snapshots.readAll().split('\n');
        QList<QByteArray> weeks; // ISO dates in the first column sort as text
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray asOf = lines.at(i).left(lines.at(i).indexOf(','));
            if (!asOf.isEmpty() && !weeks.contains(asOf))
                weeks << asOf;
        }
        std::sort(weeks.begin(), weeks.end());
        if (keptWeeks < 1 || keptWeeks >= weeks.size())
            return false;
        QFile earlier(QDir(*folder).filePath(QStringLiteral("snapshots.csv")));
        if (!earlier.open(QIODevice::WriteOnly))
            return false;
        earlier.write(lines.first() + '\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray asOf = lines.at(i).left(lines.at(i).indexOf(','));
            if (!asOf.isEmpty() && asOf <= weeks.at(keptWeeks - 1))
                earlier.write(lines.at(i) + '\n');
        }
        return true;
    }

    QProcess *startImport(const char *database, const QString &folder)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(DMC_BINARY),
                       {QStringLiteral("import"), QStringLiteral("--db"), url(QStringLiteral("dmc_owner"), database),
                        QStringLiteral("--profile"), QStringLiteral("canonical"), folder});
        return process;
    }

    // Waits until the import's transaction has written (it has a transaction id): from then on
    // everything the sessions do runs beside an open import.
    static bool waitForImportWriting(const Database &super, QProcess &import)
    {
        QElapsedTimer clock;
        clock.start();
        while (import.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            if (scalar(super,
                       QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'dmc_owner' "
                                      "AND backend_xid IS NOT NULL"))
                > 0)
                return true;
            QThread::msleep(5);
        }
        return false;
    }

    // Table locks the import holds beyond ROW EXCLUSIVE (what INSERT / UPDATE take): any of them
    // would make a DM's write wait. Empty while there are none.
    static QStringList strongImportLocks(const Database &super)
    {
        return column(super,
                      QStringLiteral("SELECT l.mode || ' on ' || COALESCE(c.relname, l.relation::text) "
                                     "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                     "LEFT JOIN pg_class c ON c.oid = l.relation "
                                     "WHERE a.usename = 'dmc_owner' AND l.locktype = 'relation' AND l.mode IN "
                                     "('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', "
                                     "'AccessExclusiveLock')"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_server.start();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available here: ") + problem));
        QString error;
        QStringList roles{QStringLiteral("CREATE ROLE dmc_owner LOGIN PASSWORD 'owner-secret'"),
                          QStringLiteral("CREATE ROLE dm_editor LOGIN PASSWORD 'editor-secret'")};
        for (int s = 0; s < Sessions; ++s)
            roles << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-%1'").arg(sessionRole(s));
        m_server.psql(roles.join(QStringLiteral("; ")), QStringLiteral("postgres"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *sql : {"CREATE DATABASE team OWNER dmc_owner", "CREATE DATABASE load OWNER dmc_owner"}) {
            m_server.psql(QLatin1String(sql), QStringLiteral("postgres"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString pgpass = m_server.folder() + QStringLiteral("/pgpass");
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:*:dmc_owner:owner-secret\n").arg(m_server.port()).toUtf8());
        file.write(QStringLiteral("127.0.0.1:%1:*:dm_editor:editor-secret\n").arg(m_server.port()).toUtf8());
        for (int s = 0; s < Sessions; ++s)
            file.write(
                QStringLiteral("127.0.0.1:%1:*:%2:secret-%2\n").arg(m_server.port()).arg(sessionRole(s)).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("PGPASSFILE", QFile::encodeName(pgpass));

        QVERIFY(makeExport(QStringLiteral("second"), weeks(), &m_second));
        QVERIFY(makeEarlierWeeks(m_second, weeks() / 2, &m_first));
        {
            auto second = Database::open(m_dir.filePath(QStringLiteral("second.db")), Database::OpenMode::ReadOnly);
            QVERIFY(second.ok());
            m_secondDeals = scalar(**second, QStringLiteral("SELECT COUNT(*) FROM opportunity"));
            m_secondSnapshots = scalar(**second, QStringLiteral("SELECT COUNT(*) FROM snapshot"));
            QCOMPARE(m_secondDeals, deals().toLongLong());
        }
        for (const char *database : {"team", "load"}) {
            QElapsedTimer timer;
            timer.start();
            const auto imported =
                test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"),
                                    url(QStringLiteral("dmc_owner"), database), QStringLiteral("--profile"),
                                    QStringLiteral("canonical"), m_first},
                                   QProcessEnvironment::systemEnvironment(), 1800000);
            QVERIFY2(imported.exitCode == 0, QByteArray(imported.out + imported.err).constData());
            qInfo("first import into %s: %lld ms", database, timer.elapsed());
        }
        auto owner = Database::open(url(QStringLiteral("dmc_owner"), "load"));
        QVERIFY(owner.ok());
        m_districts = column(**owner, QStringLiteral("SELECT DISTINCT district FROM rep ORDER BY district"));
        QVERIFY2(m_districts.size() >= Sessions - SharedPairs, qPrintable(m_districts.join(QLatin1Char(','))));
        // The sessions' login roles, each a district manager of one district (two per district
        // for the first five), in both databases.
        for (const char *database : {"team", "load"}) {
            QStringList rows;
            for (int s = 0; s < Sessions; ++s) {
                rows << QStringLiteral("('%1', 'dm', '%2', (SELECT MIN(region) FROM rep WHERE district = '%2'))")
                            .arg(sessionRole(s), m_districts.at(districtOf(s)));
            }
            rows << QStringLiteral("('dm_editor', 'dm', '%1', (SELECT MIN(region) FROM rep WHERE district = '%1'))")
                        .arg(m_districts.at(0));
            m_server.psql(QStringLiteral("INSERT INTO dm_user (role_name, kind, district, region) VALUES ")
                              + rows.join(QStringLiteral(", ")),
                          QLatin1String(database), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void editsAreStoredWhileAnImportRuns()
    {
        auto super = Database::open(url(QStringLiteral("postgres"), "team"));
        QVERIFY(super.ok());
        auto editor = Database::open(url(QStringLiteral("dm_editor"), "team"));
        QVERIFY2(editor.ok(), qPrintable(editor ? QString() : editor.error().toString()));
        const QString district = m_districts.at(0);
        const QStringList deals =
            column(**super,
                   QStringLiteral("SELECT o.id FROM opportunity o JOIN rep r ON r.id = o.owner_id "
                                  "WHERE r.district = '%1' ORDER BY o.id LIMIT 10")
                       .arg(district));
        const QStringList reps =
            column(**super,
                   QStringLiteral("SELECT id FROM rep WHERE district = '%1' ORDER BY id LIMIT 6").arg(district));
        QCOMPARE(deals.size(), 10);
        QVERIFY(reps.size() >= 3);
        test::EditLoop loop(**editor, QStringLiteral("dm_editor"), deals, reps);

        QProcess *import = startImport("team", m_second);
        QVERIFY(waitForImportWriting(**super, *import));
        QElapsedTimer clock;
        clock.start();
        test::Latencies latencies;
        QStringList refused;
        QStringList strongLocks;
        int duringImport = 0;
        for (int i = 0; import->state() != QProcess::NotRunning; ++i) {
            QString error;
            const double ms = loop.edit(i, &error);
            if (ms < 0)
                refused << error;
            else
                latencies.add(ms);
            if (import->state() != QProcess::NotRunning)
                ++duringImport;
            if (strongLocks.isEmpty())
                strongLocks = strongImportLocks(**super);
            QThread::msleep(10);
            import->waitForReadyRead(0);
        }
        QVERIFY(import->state() == QProcess::NotRunning || import->waitForFinished(1800000));
        const QByteArray output = import->readAll();
        QVERIFY2(import->exitStatus() == QProcess::NormalExit && import->exitCode() == 0, output.constData());
        qInfo("PostgreSQL edits while the import ran (%d of them before it ended): %s", duringImport,
              qPrintable(latencies.summary()));
        qInfo("target: max under 200 ms (asserted: none refused, max under 2000 ms)");
        QVERIFY2(strongLocks.isEmpty(), qPrintable(strongLocks.join(QStringLiteral(", "))));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QVERIFY2(duringImport >= 20, qPrintable(QStringLiteral("only %1 edits during the import").arg(duringImport)));
        QVERIFY2(latencies.max() < 2000, qPrintable(latencies.summary()));

        const QString missing = loop.verify(**super);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY2(loop.verifySets().isEmpty(), qPrintable(loop.verifySets()));
        QCOMPARE(missingFromSecond(**super), 0);
        QCOMPARE(column(**super, QStringLiteral("SELECT status FROM import_log ORDER BY id")),
                 (QStringList{QStringLiteral("done"), QStringLiteral("done")}));
    }

    void fortyDistrictManagersDuringAnImport()
    {
        auto super = Database::open(url(QStringLiteral("postgres"), "load"));
        QVERIFY(super.ok());
        // Each district's deals and reps, as the owner sees them, for the sessions to edit.
        QHash<QString, QStringList> dealsOf;
        QHash<QString, QStringList> repsOf;
        for (int d = 0; d < Sessions - SharedPairs; ++d) {
            const QString district = m_districts.at(d);
            dealsOf[district] = column(**super,
                                       QStringLiteral("SELECT o.id FROM opportunity o JOIN rep r ON "
                                                      "r.id = o.owner_id WHERE r.district = '%1' "
                                                      "ORDER BY o.id LIMIT 4")
                                           .arg(district));
            repsOf[district] =
                column(**super, QStringLiteral("SELECT id FROM rep WHERE district = '%1' ORDER BY id").arg(district));
            QCOMPARE(dealsOf[district].size(), 4);
        }

        QProcess *import = startImport("load", m_second);
        QVERIFY(waitForImportWriting(**super, *import));
        QElapsedTimer clock;
        clock.start();
        std::vector<SessionOutcome> outcomes(Sessions);
        std::vector<QThread *> threads;
        for (int s = 0; s < Sessions; ++s) {
            const QString district = m_districts.at(districtOf(s));
            const QString location = url(sessionRole(s), "load");
            const QString partner = s < 2 * SharedPairs ? sessionRole(s ^ 1) : QString();
            threads.push_back(QThread::create(
                [&, s, district, location, partner, deals = dealsOf.value(district), reps = repsOf.value(district)] {
                    runSession(sessionRole(s), district, partner, location, deals, reps, clock, outcomes[size_t(s)]);
                }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        const double loadSeconds = double(clock.elapsed()) / 1000.0;
        const qint64 importRanMs = import->state() == QProcess::NotRunning ? -1 : clock.elapsed();
        QVERIFY(import->state() == QProcess::NotRunning || import->waitForFinished(1800000));
        const qint64 importEndedMs = clock.elapsed();
        const QByteArray output = import->readAll();
        QVERIFY2(import->exitStatus() == QProcess::NormalExit && import->exitCode() == 0, output.constData());

        test::Latencies edits;
        test::Latencies reads;
        int stored = 0;
        int conflicts = 0;
        int crossDistrict = 0;
        int readRows = 0;
        int editsDuringImport = 0;
        QStringList errors;
        for (const SessionOutcome &outcome : outcomes) {
            edits.add(outcome.edits);
            reads.add(outcome.reads);
            stored += outcome.stored;
            conflicts += outcome.conflicts;
            crossDistrict += outcome.crossDistrictRows;
            readRows += outcome.readRows;
            errors += outcome.errors;
            editsDuringImport += outcome.lastEditAtMs <= importEndedMs ? outcome.edits.count() : 0;
        }
        qInfo("PostgreSQL, %d sessions x (%d edits + %d cockpit reads) beside an import (%s): %.1f s, "
              "%.0f edits/s, %.0f reads/s",
              Sessions, EditsPerSession, readsPerSession(),
              importRanMs < 0 ? "which ended before the sessions" : "still running when they ended", loadSeconds,
              edits.count() / loadSeconds, reads.count() / loadSeconds);
        qInfo("edits: %s; stored %d, refused as conflicts %d", qPrintable(edits.summary()), stored, conflicts);
        qInfo("cockpit reads: %s; %d team rows read, %d of another district", qPrintable(reads.summary()), readRows,
              crossDistrict);
        qInfo("target: edit p95 under 100 ms (asserted: no error, no lost update, no other district, "
              "max under 5000 ms)");
        qInfo("edits by sessions whose last edit came before the import ended: %d", editsDuringImport);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(stored + conflicts, Sessions * EditsPerSession);
        QCOMPARE(reads.count(), Sessions * readsPerSession());
        QCOMPARE(crossDistrict, 0);
        QVERIFY(readRows > 0 || readsPerSession() == 0);
        QVERIFY2(edits.max() < 5000, qPrintable(edits.summary()));

        // No lost update: every stored note is in its deal's history, written by its session, and
        // each deal's history is one chain (each write's old value is the previous write's new value).
        QStringList storedNotes;
        QStringList storedFollowUps;
        for (const SessionOutcome &outcome : outcomes) {
            storedNotes += outcome.storedNotes;
            storedFollowUps += outcome.storedFollowUps;
        }
        QSqlQuery query((*super)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT h.action_id, h.old_value, h.new_value FROM dm_action_history h "
                                          "WHERE h.field = 'note' ORDER BY h.action_id, h.id")));
        QSet<QString> noted;
        qint64 previousAction = -1;
        QString previousValue;
        while (query.next()) {
            const qint64 action = query.value(0).toLongLong();
            const QString oldValue = query.value(1).toString();
            const QString newValue = query.value(2).toString();
            if (action != previousAction)
                previousValue.clear();
            QVERIFY2(oldValue == previousValue,
                     qPrintable(
                         QStringLiteral("note %1: '%2' overwrote '%3' unseen").arg(newValue, previousValue, oldValue)));
            noted.insert(newValue);
            previousAction = action;
            previousValue = newValue;
        }
        for (const QString &note : storedNotes)
            QVERIFY2(noted.contains(note),
                     qPrintable(QStringLiteral("stored note '%1' is not in the history").arg(note)));
        QCOMPARE(noted.size(), storedNotes.size());
        const QStringList followUps = column(**super, QStringLiteral("SELECT text FROM follow_up ORDER BY text"));
        storedFollowUps.sort();
        QCOMPARE(followUps, storedFollowUps);
        QCOMPARE(missingFromSecond(**super), 0);
        QCOMPARE(column(**super, QStringLiteral("SELECT status FROM import_log ORDER BY id")),
                 (QStringList{QStringLiteral("done"), QStringLiteral("done")}));
    }

private:
    // One district manager's session on its own thread and connection: 50 edits and 20 cockpit
    // reads, interleaved (a read after edits 1, 3, 6, 8, ... : two in every five steps of seven).
    static void runSession(const QString &role, const QString &district, const QString &partner,
                           const QString &location, const QStringList &deals, const QStringList &reps,
                           const QElapsedTimer &clock, SessionOutcome &outcome)
    {
        auto opened = Database::open(location);
        if (!opened) {
            outcome.errors << role + QStringLiteral(": ") + opened.error().toString();
            return;
        }
        Database &db = **opened;
        ActionStore store(db, role);
        int edit = 0;
        int read = 0;
        const int reads = readsPerSession();
        for (int step = 0; edit < EditsPerSession || read < reads; ++step) {
            const bool reading = read < reads && (step % 7 == 2 || step % 7 == 5 || edit >= EditsPerSession);
            QElapsedTimer timer;
            timer.start();
            if (reading) {
                ++read;
                auto dataset = DatasetLoader::load(db);
                if (!dataset) {
                    outcome.errors << role + QStringLiteral(" read: ") + dataset.error().toString();
                    continue;
                }
                const AnalyticsSettings settings = AnalyticsSettings::fromDatabase(db);
                const Engine engine(*dataset, settings);
                const CockpitResult cockpit = engine.cockpit(Query::resolve(**dataset, settings.calendar()));
                outcome.reads.add(double(timer.nsecsElapsed()) / 1e6);
                for (const TeamRow &row : cockpit.team) {
                    ++outcome.readRows;
                    if (row.district != district)
                        ++outcome.crossDistrictRows;
                }
                continue;
            }
            const int e = edit++;
            const QString text = QStringLiteral("%1 edit %2").arg(role).arg(e);
            Error failure;
            bool ok = false;
            if (e % 5 == 0) {
                FollowUp followUp;
                followUp.repId = reps.at(e % reps.size());
                followUp.text = text;
                auto saved = store.addFollowUp(followUp);
                ok = saved.ok();
                if (ok)
                    outcome.storedFollowUps << text;
                else
                    failure = saved.error();
            } else if (e % 5 == 4) {
                // The district's first rep's coaching note of the week: the pair's shared row.
                const QDate week(2026, 1, 5);
                auto current = store.coachingNote(reps.first(), week);
                const int version = current && current->has_value() ? (*current)->version : 0;
                auto saved = store.saveCoachingNote({reps.first(), week, text, {}, {}, 0}, version);
                ok = saved.ok();
                if (!ok)
                    failure = saved.error();
            } else {
                // A note on one of the district's first four deals, on the version just read.
                const QString deal = deals.at(e % deals.size());
                auto current = store.action(deal, QString());
                const int version = current && current->has_value() ? (*current)->version : 0;
                auto saved = store.setNote(deal, QString(), text, version);
                ok = saved.ok();
                if (ok)
                    outcome.storedNotes << text;
                else
                    failure = saved.error();
            }
            outcome.edits.add(double(timer.nsecsElapsed()) / 1e6);
            outcome.lastEditAtMs = clock.elapsed();
            if (ok) {
                ++outcome.stored;
            } else if (failure.kind == Error::Kind::Conflict && !partner.isEmpty()
                       && failure.message.contains(partner)) {
                ++outcome.conflicts; // refused, naming the other writer
            } else {
                outcome.errors << role + QStringLiteral(": ") + failure.toString();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresConcurrency)
#include "tst_postgres_concurrency.moc"
