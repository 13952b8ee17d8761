// The team database on a real PostgreSQL: same schema and migrations as SQLite, and row-level
// security that the database enforces against plain SQL, whatever the client does.
#include "PostgresServer.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/risk/RuleLayers.h"
#include "domain/CrmData.h"
#include "fixtures/RunDmcockpit.h"
#include "store/ActionStore.h"
#include "store/AuditRevert.h"
#include "store/AuditTrail.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/DatabaseIdentity.h"
#include "store/InsightMarkStore.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "workspace/SavedViews.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

Rep rep(const char *id, const char *district, const char *region)
{
    Rep r;
    r.id = QLatin1String(id);
    r.name = QStringLiteral("Rep ") + r.id;
    r.district = QLatin1String(district);
    r.region = QLatin1String(region);
    return r;
}

Opportunity deal(const char *id, const char *owner, Cents amount)
{
    Opportunity o;
    o.id = QLatin1String(id);
    o.ownerId = QLatin1String(owner);
    o.name = QStringLiteral("Deal ") + o.id;
    o.stage = QStringLiteral("Proposal");
    o.category = ForecastCategory::Commit;
    o.amount = amount;
    o.closeDate = QDate(2026, 3, 20);
    o.meddpicc.setLevel(0, EvidenceLevel::Confirmed);
    o.meddpicc.setNote(0, QStringLiteral("ROI agreed"));
    return o;
}

// Region North: districts East (reps e1, e2) and West (w1). Region South: district South (s1).
CrmData teamData()
{
    CrmData data;
    data.stages = {{QStringLiteral("Proposal"), 60, 4, false, false}};
    data.reps = {rep("e1", "East", "North"), rep("e2", "East", "North"), rep("w1", "West", "North"),
                 rep("s1", "South", "South")};
    for (const Rep &r : data.reps)
        data.quotas.push_back({r.id, QStringLiteral("2026Q1"), 100000000});
    data.opportunities = {deal("oe1", "e1", 1000000), deal("oe2", "e2", 2000000), deal("ow1", "w1", 3000000),
                          deal("os1", "s1", 4000000)};
    for (const QDate asOf : {QDate(2026, 1, 5), QDate(2026, 1, 12)}) {
        for (const Opportunity &o : data.opportunities) {
            SnapshotRow row;
            row.asOf = asOf;
            row.opportunityId = o.id;
            row.ownerId = o.ownerId;
            row.stage = o.stage;
            row.category = o.category;
            row.amount = o.amount;
            row.closeDate = o.closeDate;
            data.snapshots.push_back(row);
        }
    }
    // One qualification change point per deal (schema 12), visible with its deal.
    for (const Opportunity &o : data.opportunities)
        data.qualificationHistory.push_back({o.id, QDate(2026, 1, 5), QualificationState::of(o)});
    return data;
}

QString errorText(const Result<std::unique_ptr<Database>> &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;
    std::unique_ptr<Database> m_owner;

    QString url(const char *user) const
    {
        return Database::serverLocation(QLatin1String(user), QStringLiteral("127.0.0.1"), m_server.port(),
                                        QStringLiteral("team"));
    }

    std::unique_ptr<Database> connect(const char *user)
    {
        auto opened = Database::open(url(user));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    static QStringList column(const Database &db, const QString &sql)
    {
        QStringList values;
        QSqlQuery query(db.connection());
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    static int count(const Database &db, const char *table)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Runs one statement; returns the rows it changed, or -1 when the database refused it.
    static int execute(const Database &db, const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return -1;
        }
        return query.numRowsAffected();
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available here: ") + problem));

        QString error;
        for (const char *sql :
             {"CREATE ROLE dmc_owner LOGIN PASSWORD 'owner-secret'", "CREATE DATABASE team OWNER dmc_owner",
              "CREATE DATABASE demo OWNER dmc_owner", "CREATE DATABASE imported OWNER dmc_owner",
              "CREATE ROLE dm_east LOGIN PASSWORD 'east-secret'", "CREATE ROLE dm_west LOGIN PASSWORD 'west-secret'",
              "CREATE ROLE rvp LOGIN PASSWORD 'rvp-secret'", "CREATE ROLE stranger LOGIN PASSWORD 'stranger-secret'"}) {
            m_server.psql(QLatin1String(sql), QStringLiteral("postgres"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Passwords live only in the pgpass file libpq reads; the app never sees them.
        const QString pgpass = m_server.folder() + QStringLiteral("/pgpass");
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const char *entry : {"dmc_owner:owner-secret", "dm_east:east-secret", "dm_west:west-secret",
                                  "rvp:rvp-secret", "stranger:stranger-secret"})
            file.write(QStringLiteral("127.0.0.1:%1:*:%2\n").arg(m_server.port()).arg(QLatin1String(entry)).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("PGPASSFILE", QFile::encodeName(pgpass));

        m_owner = connect("dmc_owner");
        QVERIFY(m_owner);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.stop();
    }

    void schemaAndMigrationsRunOnPostgres()
    {
        QVERIFY(m_owner->isServer());
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT version FROM schema_version")),
                 QStringList{QString::number(latestSchemaVersion())});
        const QStringList tables = m_owner->connection().tables();
        for (const QString &table : crmTables() + dmActionTables() + QStringList{QStringLiteral("dm_user")})
            QVERIFY2(tables.contains(table), qPrintable(table));
        // Row-level security is on for every district-scoped table.
        QCOMPARE(column(*m_owner,
                        QStringLiteral(
                            "SELECT relname FROM pg_class WHERE relrowsecurity AND relname IN "
                            "('rep','opportunity','snapshot','meddpicc','quota','forecast_call',"
                            "'dm_action','follow_up','belief_rating','coaching_note','qualification_history') "
                            "ORDER BY relname")),
                 (QStringList{QStringLiteral("belief_rating"), QStringLiteral("coaching_note"),
                              QStringLiteral("dm_action"), QStringLiteral("follow_up"), QStringLiteral("forecast_call"),
                              QStringLiteral("meddpicc"), QStringLiteral("opportunity"),
                              QStringLiteral("qualification_history"), QStringLiteral("quota"), QStringLiteral("rep"),
                              QStringLiteral("snapshot")}));
        // The portable upsert works twice over on PostgreSQL.
        QVERIFY(m_owner->setSetting(QStringLiteral("reporting_currency"), QStringLiteral("EUR")).ok());
        QVERIFY(m_owner->setSetting(QStringLiteral("reporting_currency"), QStringLiteral("USD")).ok());
        QCOMPARE(m_owner->setting(QStringLiteral("reporting_currency")), QStringLiteral("USD"));
        // Opening again finds the schema current and changes nothing.
        auto again = connect("dmc_owner");
        QVERIFY(again);
        QCOMPARE(count(*again, "schema_version"), 1);
    }

    void ownerImportsThroughCrmWriter()
    {
        {
            Transaction transaction(m_owner->connectionName());
            CrmWriter writer(*m_owner);
            const Status written = writer.write(teamData());
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(count(*m_owner, "opportunity"), 4);
        QCOMPARE(count(*m_owner, "snapshot"), 8);
        QCOMPARE(count(*m_owner, "meddpicc"), 32);
        QCOMPARE(count(*m_owner, "qualification_history"), 4);
        QCOMPARE(execute(*m_owner,
                         QStringLiteral("INSERT INTO dm_user (role_name, kind, district, region) VALUES "
                                        "('dm_east', 'dm', 'East', 'North'), "
                                        "('dm_west', 'dm', 'West', 'North'), "
                                        "('rvp', 'rvp', '', 'North')")),
                 3);
        auto identity = DatabaseIdentity::read(*m_owner);
        QVERIFY(identity.ok());
        QCOMPARE(identity->role, DatabaseIdentity::Role::Owner);
        QVERIFY(identity->canImport);
        QCOMPARE(identity->userName, QStringLiteral("dmc_owner"));
    }

    void districtManagerReadsOnlyTheirDistrict()
    {
        auto east = connect("dm_east");
        QVERIFY(east);
        QCOMPARE(column(*east, QStringLiteral("SELECT id FROM opportunity ORDER BY id")),
                 (QStringList{QStringLiteral("oe1"), QStringLiteral("oe2")}));
        QCOMPARE(column(*east, QStringLiteral("SELECT id FROM opportunity WHERE id = 'ow1'")), QStringList());
        QCOMPARE(column(*east, QStringLiteral("SELECT opportunity_id FROM qualification_history ORDER BY 1")),
                 (QStringList{QStringLiteral("oe1"), QStringLiteral("oe2")}));
        QCOMPARE(column(*east, QStringLiteral("SELECT id FROM rep ORDER BY id")),
                 (QStringList{QStringLiteral("e1"), QStringLiteral("e2")}));
        QCOMPARE(count(*east, "snapshot"), 4);
        QCOMPARE(count(*east, "meddpicc"), 16);
        QCOMPARE(count(*east, "quota"), 2);
        QCOMPARE(column(*east, QStringLiteral("SELECT SUM(amount) FROM snapshot WHERE as_of = '2026-01-12'")),
                 QStringList{QStringLiteral("3000000")});
        // A session setting cannot widen the scope: the policies read the login role.
        QVERIFY(execute(*east, QStringLiteral("SET app.district = 'West'")) >= 0);
        QCOMPARE(count(*east, "opportunity"), 2);

        auto west = connect("dm_west");
        QVERIFY(west);
        QCOMPARE(column(*west, QStringLiteral("SELECT id FROM opportunity")), QStringList{QStringLiteral("ow1")});

        // A role nobody mapped in dm_user sees nothing at all.
        auto stranger = connect("stranger");
        QVERIFY(stranger);
        QCOMPARE(count(*stranger, "opportunity"), 0);
        QCOMPARE(count(*stranger, "account"), 0);
        QCOMPARE(DatabaseIdentity::read(*stranger)->role, DatabaseIdentity::Role::NoAccess);

        auto identity = DatabaseIdentity::read(*east);
        QVERIFY(identity.ok());
        QCOMPARE(identity->role, DatabaseIdentity::Role::DistrictManager);
        QCOMPARE(identity->district, QStringLiteral("East"));
        QCOMPARE(identity->userName, QStringLiteral("dm_east"));
        QVERIFY(!identity->canImport);
        QVERIFY2(identity->describe().contains(QStringLiteral("dm_east")), qPrintable(identity->describe()));
    }

    void districtManagerAnnotatesOnlyTheirDistrict()
    {
        auto east = connect("dm_east");
        QVERIFY(east);
        QString error;
        QCOMPARE(execute(*east, QStringLiteral("UPDATE opportunity SET amount = 1 WHERE id = 'oe1'"), &error), -1);
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QCOMPARE(execute(*east, QStringLiteral("INSERT INTO rep (id, name) VALUES ('x', 'x')")), -1);

        {
            // Bound values and lastInsertId() (QPSQL asks lastval()) work as on SQLite.
            QSqlQuery insert(east->connection());
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                                  "VALUES (?, ?, ?, ?)")));
            insert.addBindValue(QStringLiteral("oe1"));
            insert.addBindValue(QStringLiteral("East note"));
            insert.addBindValue(QStringLiteral("someone else"));
            insert.addBindValue(QStringLiteral("2026-01-12"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QCOMPARE(column(*east, QStringLiteral("SELECT id FROM dm_action WHERE opportunity_id = 'oe1'")),
                     QStringList{insert.lastInsertId().toString()});
        }
        // Authorship is the login role, whatever the client wrote.
        QCOMPARE(column(*east, QStringLiteral("SELECT author FROM dm_action WHERE opportunity_id = 'oe1'")),
                 QStringList{QStringLiteral("dm_east")});
        QCOMPARE(execute(*east,
                         QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                        "VALUES ('ow1', 'Not my deal', 'dm_east', '2026-01-12')"),
                         &error),
                 -1);
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QCOMPARE(execute(*east,
                         QStringLiteral("INSERT INTO coaching_note (rep_id, week_start, note, author, "
                                        "updated_at) VALUES ('w1', '2026-01-12', 'x', 'dm_east', "
                                        "'2026-01-12')")),
                 -1);

        auto west = connect("dm_west");
        QVERIFY(west);
        QCOMPARE(count(*west, "dm_action"), 0);
        QCOMPARE(execute(*west, QStringLiteral("UPDATE dm_action SET note = 'overwritten'")), 0);
        QCOMPARE(execute(*west, QStringLiteral("DELETE FROM dm_action")), 0);
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT note FROM dm_action")),
                 QStringList{QStringLiteral("East note")});
    }

    void regionalVpReadsRegionAndWritesOnlyOwnNotes()
    {
        auto rvp = connect("rvp");
        QVERIFY(rvp);
        QCOMPARE(column(*rvp, QStringLiteral("SELECT id FROM opportunity ORDER BY id")),
                 (QStringList{QStringLiteral("oe1"), QStringLiteral("oe2"), QStringLiteral("ow1")}));
        QCOMPARE(count(*rvp, "snapshot"), 6);
        QCOMPARE(count(*rvp, "dm_action"), 1); // the East DM's note, readable

        QString error;
        QCOMPARE(execute(*rvp, QStringLiteral("UPDATE opportunity SET stage = 'Closed Won'"), &error), -1);
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QCOMPARE(execute(*rvp, QStringLiteral("DELETE FROM snapshot")), -1);
        // Others' notes are read-only to the RVP: the policies match no row.
        QCOMPARE(execute(*rvp, QStringLiteral("UPDATE dm_action SET note = 'RVP was here'")), 0);
        QCOMPARE(execute(*rvp, QStringLiteral("DELETE FROM dm_action")), 0);
        // Their own notes they write, on any deal of the region, and nowhere else.
        QCOMPARE(execute(*rvp,
                         QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                        "VALUES ('ow1', 'RVP note', 'rvp', '2026-01-12')")),
                 1);
        QCOMPARE(execute(*rvp,
                         QStringLiteral("UPDATE dm_action SET note = 'RVP note, edited' "
                                        "WHERE opportunity_id = 'ow1'")),
                 1);
        QCOMPARE(execute(*rvp,
                         QStringLiteral("INSERT INTO dm_action (opportunity_id, note, author, updated_at) "
                                        "VALUES ('os1', 'Other region', 'rvp', '2026-01-12')")),
                 -1);
        QCOMPARE(column(*m_owner,
                        QStringLiteral("SELECT opportunity_id || ': ' || note || ' by ' || author "
                                       "FROM dm_action ORDER BY opportunity_id")),
                 (QStringList{QStringLiteral("oe1: East note by dm_east"),
                              QStringLiteral("ow1: RVP note, edited by rvp")}));

        auto identity = DatabaseIdentity::read(*rvp);
        QVERIFY(identity.ok());
        QCOMPARE(identity->role, DatabaseIdentity::Role::RegionalVp);
        QCOMPARE(identity->region, QStringLiteral("North"));
    }

    void concurrentEditsOfOneNoteConflict()
    {
        auto first = connect("dm_east");
        auto second = connect("dm_east");
        QVERIFY(first && second);
        // Both windows loaded the note at version 1.
        QCOMPARE(column(*first, QStringLiteral("SELECT version FROM dm_action WHERE opportunity_id = 'oe1'")),
                 QStringList{QStringLiteral("1")});
        const QString id =
            column(*first, QStringLiteral("SELECT id FROM dm_action WHERE opportunity_id = 'oe1'")).value(0);
        const auto save = [&](Database &db, const char *text) {
            return execute(db,
                           QStringLiteral("UPDATE dm_action SET note = '%1', version = version + 1 "
                                          "WHERE id = %2 AND version = 1")
                               .arg(QLatin1String(text), id));
        };
        QCOMPARE(save(*first, "Champion confirmed"), 1);
        QCOMPARE(save(*second, "Champion left"), 0); // the conflict: nothing overwritten
        QCOMPARE(column(*second, QStringLiteral("SELECT note || ' v' || version FROM dm_action WHERE id = ") + id),
                 QStringList{QStringLiteral("Champion confirmed v2")});
        // The database moves the version even when a client forgets to.
        QCOMPARE(execute(*first,
                         QStringLiteral("UPDATE dm_action SET note = 'Champion confirmed twice' WHERE id = ") + id),
                 1);
        QCOMPARE(column(*first, QStringLiteral("SELECT version FROM dm_action WHERE id = ") + id),
                 QStringList{QStringLiteral("3")});
    }

    void actionStoreRefusesSilentOverwrites()
    {
        auto firstDb = connect("dm_east");
        auto secondDb = connect("dm_east");
        QVERIFY(firstDb && secondDb);
        ActionStore first(*firstDb, QStringLiteral("dm_east"));
        ActionStore second(*secondDb, QStringLiteral("dm_east"));
        auto created = first.setNote(QStringLiteral("oe2"), QString(), QStringLiteral("Budget confirmed"), 0);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->author, QStringLiteral("dm_east"));
        // The second window read no row: creating it again is a conflict carrying the first text.
        auto late = second.setNote(QStringLiteral("oe2"), QString(), QStringLiteral("No budget"), 0);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, Error::Kind::Conflict);
        QCOMPARE(late.error().current, QStringLiteral("Budget confirmed"));
        // Both read version 1; the first save wins, the second gets the first one's text.
        QVERIFY(first.setNote(QStringLiteral("oe2"), QString(), QStringLiteral("Budget confirmed by CFO"), 1).ok());
        auto stale = second.setNote(QStringLiteral("oe2"), QString(), QStringLiteral("Budget cut"), 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(stale.error().current, QStringLiteral("Budget confirmed by CFO"));
        QCOMPARE(column(*m_owner,
                        QStringLiteral("SELECT note || ' v' || version FROM dm_action "
                                       "WHERE opportunity_id = 'oe2'")),
                 QStringList{QStringLiteral("Budget confirmed by CFO v2")});

        // Beliefs, coaching notes and follow-ups (with their history rows) save for the DM.
        BeliefRating belief;
        belief.opportunityId = QStringLiteral("oe2");
        belief.position = 1;
        belief.belief = QStringLiteral("They have budget");
        belief.rating = BeliefLevel::MostlyProven;
        QVERIFY2(first.saveBelief(belief, 0).ok(), qPrintable(first.saveBelief(belief, 0).error().toString()));
        CoachingNote coaching;
        coaching.repId = QStringLiteral("e2");
        coaching.weekStart = QDate(2026, 1, 12);
        coaching.note = QStringLiteral("Multi-threading");
        QVERIFY(first.saveCoachingNote(coaching, 0).ok());

        // Neither the West DM nor the RVP can change the East DM's note through the store.
        auto westDb = connect("dm_west");
        auto rvpDb = connect("rvp");
        QVERIFY(westDb && rvpDb);
        QVERIFY(!ActionStore(*westDb, QStringLiteral("dm_west"))
                     .setNote(QStringLiteral("oe2"), QString(), QStringLiteral("West"), 0)
                     .ok());
        QVERIFY(!ActionStore(*rvpDb, QStringLiteral("rvp"))
                     .setNote(QStringLiteral("oe2"), QString(), QStringLiteral("RVP"), 2)
                     .ok());
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT note FROM dm_action WHERE opportunity_id = 'oe2'")),
                 QStringList{QStringLiteral("Budget confirmed by CFO")});
    }

    void historyGoesWithWhatItLogs()
    {
        auto east = connect("dm_east");
        auto west = connect("dm_west");
        QVERIFY(east && west);
        QCOMPARE(execute(*east,
                         QStringLiteral("INSERT INTO follow_up (rep_id, text, created_week, author, updated_at) "
                                        "VALUES ('e2', 'Book the EB meeting', '2026-01-12', 'x', '2026-01-12')")),
                 1);
        const QString followUp = column(*east, QStringLiteral("SELECT id FROM follow_up WHERE rep_id = 'e2'")).value(0);
        const QString action =
            column(*east, QStringLiteral("SELECT id FROM dm_action WHERE opportunity_id = 'oe1'")).value(0);
        const int eastBefore = count(*east, "dm_action_history");
        const int allBefore = count(*m_owner, "dm_action_history");
        const auto log = [&](Database &db, const QString &actionId, const char *field) {
            return execute(db,
                           QStringLiteral("INSERT INTO dm_action_history (action_id, field, new_value, author, "
                                          "changed_at) VALUES (%1, '%2', 'x', 'x', '2026-01-12')")
                               .arg(actionId, QLatin1String(field)));
        };
        // ActionStore's field names: the dm_action id, the follow-up id, or the key in the name.
        QCOMPARE(log(*east, action, "note"), 1);
        QCOMPARE(log(*east, followUp, "follow_up.text"), 1);
        QCOMPARE(log(*east, QStringLiteral("0"), "belief_rating[oe1,1].belief"), 1);
        QCOMPARE(log(*east, QStringLiteral("0"), "coaching_note[e1,2026-01-12].note"), 1);
        QCOMPARE(count(*east, "dm_action_history"), eastBefore + 4);
        // The West DM neither sees nor writes East's history, whatever the ids.
        QCOMPARE(count(*west, "dm_action_history"), 0);
        QCOMPARE(log(*west, followUp, "follow_up.text"), -1);
        QCOMPARE(log(*west, QStringLiteral("0"), "belief_rating[oe1,1].belief"), -1);
        QCOMPARE(log(*west, QStringLiteral("0"), "coaching_note[e2,2026-01-12].note"), -1);
        QCOMPARE(execute(*east, QStringLiteral("DELETE FROM dm_action_history")), -1); // append-only
        QCOMPARE(count(*m_owner, "dm_action_history"), allBefore + 4);
    }

    void insightMarksFollowTheirRepOrDistrict()
    {
        auto east = connect("dm_east");
        auto west = connect("dm_west");
        auto rvp = connect("rvp");
        QVERIFY(east && west && rvp);
        auto mark = [](const char *key, const char *rep, const char *district) {
            InsightMark m;
            m.key = QLatin1String(key);
            m.ruleId = QStringLiteral("stage_duration");
            m.repId = QLatin1String(rep);
            m.district = QLatin1String(district);
            m.region = QStringLiteral("North");
            m.status = InsightMarkStatus::Dismissed;
            m.note = QStringLiteral("known stall");
            m.recorded.insert(QStringLiteral("days_in_stage"), 45);
            m.asOf = QDate(2026, 1, 12);
            return m;
        };
        InsightMarkStore eastStore(*east, QStringLiteral("whoever"));
        auto saved = eastStore.save(mark("stage_duration:Proposal:deal:oe1", "e1", "East"), 0);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(saved->author, QStringLiteral("dm_east")); // the login role, whatever the client says
        // A district's own insight (no rep) follows the district.
        QVERIFY(eastStore.save(mark("won_vs_cycle:district:East", "", "East"), 0).ok());
        // Not a West rep's, nor West's district.
        QVERIFY(!eastStore.save(mark("stage_duration:Proposal:deal:ow1", "w1", "West"), 0).ok());
        QVERIFY(!eastStore.save(mark("won_vs_cycle:district:West", "", "West"), 0).ok());
        QCOMPARE(eastStore.marks()->size(), size_t(2));
        QCOMPARE(eastStore.history(saved->id)->size(), size_t(3)); // status, note, recorded

        // West sees none of them and cannot change them; the RVP of North reads both.
        QCOMPARE(InsightMarkStore(*west, QStringLiteral("dm_west")).marks()->size(), size_t(0));
        QCOMPARE(execute(*west, QStringLiteral("UPDATE insight_mark SET note = 'x'")), 0);
        QCOMPARE(count(*west, "dm_action_history"), 0);
        QCOMPARE(InsightMarkStore(*rvp, QStringLiteral("rvp")).marks()->size(), size_t(2));
        QVERIFY(!InsightMarkStore(*rvp, QStringLiteral("rvp"))
                     .save(mark("stage_duration:Proposal:deal:oe1", "e1", "East"), 1)
                     .ok());
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT note FROM insight_mark ORDER BY insight_key")),
                 (QStringList{QStringLiteral("known stall"), QStringLiteral("known stall")}));
    }

    void auditTrailFollowsTheDistrictAndRevertsThere()
    {
        auto east = connect("dm_east");
        auto west = connect("dm_west");
        QVERIFY(east && west);
        ActionStore westStore(*west, QStringLiteral("dm_west"));
        auto existing = westStore.action(QStringLiteral("ow1"), {});
        QVERIFY(existing.ok());
        const int version = existing->has_value() ? (*existing)->version : 0;
        auto written = westStore.setNote(QStringLiteral("ow1"), {}, QStringLiteral("West note"), version);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        AuditTrail::Filter actions;
        actions.kind = AuditKind::Action;
        // The West DM reads only entries on their deal ow1 (w1's), the newest theirs; none of East's.
        auto westTrail = AuditTrail(*west).list(actions);
        QVERIFY2(westTrail.ok(), qPrintable(westTrail ? QString() : westTrail.error().toString()));
        QVERIFY(!westTrail->entries.empty());
        for (const AuditEntry &entry : westTrail->entries)
            QCOMPARE(entry.opportunityId, QStringLiteral("ow1"));
        QCOMPARE(westTrail->entries.front().author, QStringLiteral("dm_west"));
        QCOMPARE(westTrail->entries.front().change(QStringLiteral("note"))->newValue, QStringLiteral("West note"));
        QCOMPARE(westTrail->orphans.size(), size_t(0));
        // The East DM reads East's entries, none on ow1; the newest on oe2 is the CFO note
        // (actionStoreRefusesSilentOverwrites: "Budget confirmed" -> "Budget confirmed by CFO").
        auto eastTrail = AuditTrail(*east).list(actions);
        QVERIFY(eastTrail.ok());
        QVERIFY(!eastTrail->entries.empty());
        const AuditEntry *cfo = nullptr;
        for (const AuditEntry &entry : eastTrail->entries) {
            QVERIFY(entry.opportunityId != QStringLiteral("ow1"));
            QVERIFY(entry.repId == QStringLiteral("e1") || entry.repId == QStringLiteral("e2"));
            if (!cfo && entry.opportunityId == QStringLiteral("oe2") && entry.change(QStringLiteral("note")))
                cfo = &entry;
        }
        QVERIFY(cfo);
        QCOMPARE(cfo->change(QStringLiteral("note"))->newValue, QStringLiteral("Budget confirmed by CFO"));
        // The West DM cannot revert it: the entry is not theirs to read.
        auto refused = AuditRevert(*west, QStringLiteral("dm_west")).revert(cfo->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        // The East DM reverts it: a new entry by the login role, linked to it.
        auto reverted = AuditRevert(*east, QStringLiteral("dm_east")).revert(cfo->id);
        QVERIFY2(reverted.ok(), qPrintable(reverted ? QString() : reverted.error().toString()));
        QCOMPARE(reverted->author, QStringLiteral("dm_east"));
        QCOMPARE(reverted->revertsId, cfo->id);
        QCOMPARE(column(*m_owner,
                        QStringLiteral("SELECT note || ' v' || version FROM dm_action "
                                       "WHERE opportunity_id = 'oe2'")),
                 QStringList{QStringLiteral("Budget confirmed v3")});
        QCOMPARE(column(*m_owner,
                        QStringLiteral("SELECT COUNT(*) FROM dm_action_history WHERE reverts_id = %1").arg(cfo->id)),
                 QStringList{QStringLiteral("1")});
        // Reverting it again over the revert is a conflict that names the writer.
        auto again = AuditRevert(*east, QStringLiteral("dm_east")).revert(cfo->id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("dm_east")), qPrintable(again.error().message));
    }

    void importRunsBesideDistrictManagers()
    {
        auto east = connect("dm_east");
        QVERIFY(east);
        Transaction import(m_owner->connectionName());
        QVERIFY(import.isActive());
        CrmData more;
        more.opportunities = {deal("oe3", "e1", 5000000)};
        QVERIFY(CrmWriter(*m_owner).write(more).ok());
        // While the import runs, the DM reads the last committed state and writes notes unblocked.
        QCOMPARE(count(*east, "opportunity"), 2);
        QCOMPARE(execute(*east,
                         QStringLiteral("INSERT INTO follow_up (rep_id, text, created_week, author, updated_at) "
                                        "VALUES ('e1', 'Send the ROI model', '2026-01-12', 'x', '2026-01-13')")),
                 1);
        QVERIFY(import.commit());
        QCOMPARE(count(*east, "opportunity"), 3);
        QCOMPARE(count(*east, "follow_up"), 2);
    }

    void analyticsLoadsWhatTheRoleSees()
    {
        auto east = connect("dm_east");
        QVERIFY(east);
        auto dataset = DatasetLoader::load(*east);
        QVERIFY2(dataset.ok(), qPrintable(dataset ? QString() : dataset.error().toString()));
        QCOMPARE((*dataset)->opportunities().size(), size_t(3)); // oe1, oe2, oe3
        QCOMPARE((*dataset)->reps().size(), size_t(2));
        QCOMPARE((*dataset)->snapshotCount(), 2);
    }

    // Each login role keeps its own risk-filter changes and saved views (dm_setting), on top of
    // the team's filters the owner sets: nobody reads or writes another role's.
    void eachRoleKeepsItsOwnFiltersAndViews()
    {
        RuleSet team;
        QVERIFY(team.setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 20));
        QVERIFY(team.save(*m_owner).ok());

        auto east = connect("dm_east");
        auto west = connect("dm_west");
        QVERIFY(east && west);
        auto eastRules = RuleSet::load(*east);
        QVERIFY(eastRules.ok());
        QCOMPARE(eastRules->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 20);
        QVERIFY(eastRules->setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 14));
        QVERIFY(RuleLayers::saveOwn(*eastRules, *east).ok());
        // A team role may not write the team's settings.
        QVERIFY(!eastRules->save(*east).ok());
        QCOMPARE(RuleSet::load(*east)->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 14);
        QCOMPARE(RuleSet::load(*west)->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 20);
        QCOMPARE(RuleSet::load(*m_owner)->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 20);

        SavedView mine;
        mine.name = QStringLiteral("Mine");
        mine.scopeKey = QStringLiteral("district:East");
        QVERIFY(SavedViews(*east).save(mine).ok());
        mine.scopeKey = QStringLiteral("district:West");
        mine.hiddenRules = {QStringLiteral("stale_stage")};
        QVERIFY(SavedViews(*west).save(mine).ok());
        QCOMPARE(SavedViews(*east).view(QStringLiteral("Mine"))->scopeKey, QStringLiteral("district:East"));
        QCOMPARE(SavedViews(*west).view(QStringLiteral("Mine"))->scopeKey, QStringLiteral("district:West"));
        QVERIFY(SavedViews(*m_owner).views().empty()); // the owner sees every row, but lists its own

        // The author is the login role whatever the client sends; another's rows cannot be touched.
        QCOMPARE(execute(*west,
                         QStringLiteral("INSERT INTO dm_setting (author, key, value, updated_at) "
                                        "VALUES ('dm_east', 'view:Planted', '{}', '2026-01-12')")),
                 1);
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT author FROM dm_setting WHERE key = 'view:Planted'")),
                 QStringList{QStringLiteral("dm_west")});
        QCOMPARE(execute(*west, QStringLiteral("UPDATE dm_setting SET value = 'x' WHERE author = 'dm_east'")), 0);
        QCOMPARE(execute(*west, QStringLiteral("DELETE FROM dm_setting WHERE author = 'dm_east'")), 0);
        QCOMPARE(column(*west, QStringLiteral("SELECT DISTINCT author FROM dm_setting")),
                 QStringList{QStringLiteral("dm_west")});
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT COUNT(*) FROM dm_setting WHERE author = 'dm_east'")),
                 QStringList{QStringLiteral("2")}); // east's rules and view, untouched

        // A role nobody mapped keeps nothing.
        auto stranger = connect("stranger");
        QVERIFY(stranger);
        QVERIFY(!SavedViews(*stranger).save(mine).ok());
    }

    void passwordInTheAddressIsRefused()
    {
        auto opened =
            Database::open(QStringLiteral("postgresql://dm_east:east-secret@127.0.0.1:%1/team").arg(m_server.port()));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral(".pgpass")), qPrintable(errorText(opened)));
        QVERIFY2(!opened.error().toString().contains(QStringLiteral("east-secret")), qPrintable(errorText(opened)));
    }

    void commandLineTakesTheUrl()
    {
        const auto info = test::runDmcockpit(
            {QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"), url("dm_east")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(json.value(QStringLiteral("opportunities")).toInt(), 3); // oe1, oe2 and the later oe3
        QCOMPARE(json.value(QStringLiteral("districts")).toInt(), 1);
    }

    void demoCommandFillsATeamDatabase()
    {
        const QString demo = Database::serverLocation(QStringLiteral("dmc_owner"), QStringLiteral("127.0.0.1"),
                                                      m_server.port(), QStringLiteral("demo"));
        const auto created =
            test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--deals"),
                                QStringLiteral("60"), QStringLiteral("--weeks"), QStringLiteral("3")});
        QVERIFY2(created.exitCode == 0, QByteArray(created.out + created.err).constData());
        const auto info =
            test::runDmcockpit({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"), demo});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(json.value(QStringLiteral("opportunities")).toInt(), 60);
        QCOMPARE(json.value(QStringLiteral("snapshot_dates")).toArray().size(), 3);
    }

    void importCommandWritesTheImportLog()
    {
        // A canonical export of a small SQLite demo, imported into a team database twice.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("small.db"));
        const QString folder = dir.filePath(QStringLiteral("export"));
        const QString team = Database::serverLocation(QStringLiteral("dmc_owner"), QStringLiteral("127.0.0.1"),
                                                      m_server.port(), QStringLiteral("imported"));
        const auto run = [](const QStringList &arguments, QByteArray *output = nullptr) {
            const auto result = test::runDmcockpit(arguments);
            if (output)
                *output = result.out + result.err;
            return result.exitCode;
        };
        QByteArray output;
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--deals"),
                      QStringLiteral("40"), QStringLiteral("--weeks"), QStringLiteral("2")}),
                 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("-o"), folder}), 0);
        const QStringList import{QStringLiteral("import"),    QStringLiteral("--db"),      team,
                                 QStringLiteral("--profile"), QStringLiteral("canonical"), folder};
        QVERIFY2(run(import, &output) == 0, output.constData());
        QVERIFY2(run(import, &output) == 0, output.constData()); // the same export again: skipped
        auto db = Database::open(team);
        QVERIFY(db.ok());
        QCOMPARE(column(**db, QStringLiteral("SELECT status FROM import_log ORDER BY id")),
                 (QStringList{QStringLiteral("done"), QStringLiteral("skipped")}));
        QCOMPARE(count(**db, "opportunity"), 40);
        // A district manager cannot import into the team database.
        const QString asDm = Database::serverLocation(QStringLiteral("dm_east"), QStringLiteral("127.0.0.1"),
                                                      m_server.port(), QStringLiteral("imported"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), asDm, QStringLiteral("--profile"),
                      QStringLiteral("canonical"), folder},
                     &output),
                 4);
        QVERIFY2(output.contains("permission denied"), output.constData());
    }

    // Values are sent written out by the driver (execBound, one round trip a statement): quotes, a '?', a
    // backslash, SQL-looking text and Cyrillic come back as typed; a belief's removal (the revert of its first rating)
    // is allowed to the district's DM and logged. Runs last: it edits oe2, which earlier tests count.
    void valuesComeBackAsTyped()
    {
        auto db = connect("dm_east");
        QVERIFY(db);
        ActionStore east(*db, QStringLiteral("dm_east"));
        const QString tricky = QStringLiteral("O'Brien's \"budget\"? C:\\plan; -- DROP TABLE rep; Бюджет");
        const auto current = east.action(QStringLiteral("oe2"), QString());
        QVERIFY(current.ok());
        const int version = current->has_value() ? (*current)->version : 0;
        QVERIFY(east.setNote(QStringLiteral("oe2"), QString(), tricky, version).ok());
        QCOMPARE((*east.action(QStringLiteral("oe2"), QString()))->note, tricky);
        QCOMPARE(column(*m_owner, QStringLiteral("SELECT new_value FROM dm_action_history ORDER BY id DESC LIMIT 1")),
                 QStringList{tricky});

        BeliefRating belief;
        belief.opportunityId = QStringLiteral("oe2");
        belief.position = 7;
        belief.belief = QStringLiteral("Why now? Their 'Q3' freeze");
        belief.rating = BeliefLevel::NeedsProof;
        QVERIFY(east.saveBelief(belief, 0).ok());
        QVERIFY(east.removeBelief(QStringLiteral("oe2"), 7, 1).ok());
        QCOMPARE(count(*m_owner, "belief_rating WHERE position = 7"), 0);
        QCOMPARE(column(*m_owner,
                        QStringLiteral("SELECT old_value FROM dm_action_history WHERE field = "
                                       "'belief_rating[oe2,7].belief' ORDER BY id")),
                 (QStringList{QString(), QStringLiteral("Why now? Their 'Q3' freeze")}));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
