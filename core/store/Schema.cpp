#include "Schema.h"

#include "store/DefaultTermLabels.h"

namespace dmc {

namespace {

// Dates are ISO text (YYYY-MM-DD), money integer cents, booleans 0/1: the same in SQLite and PostgreSQL.
QStringList version1()
{
    return {
        // --- settings carried by the database (reporting currency, fiscal start month, ...)
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

        // --- imported CRM data
        QStringLiteral("CREATE TABLE import_log ("
                       " id %AUTO_ID%,"
                       " profile TEXT NOT NULL,"
                       " files TEXT NOT NULL,"      // JSON array of {path, sha256, rows}
                       " source_key TEXT NOT NULL," // hash over the files: same export = same key
                       " as_of TEXT,"
                       " rows_read BIGINT NOT NULL DEFAULT 0,"
                       " rows_accepted BIGINT NOT NULL DEFAULT 0,"
                       " rows_rejected BIGINT NOT NULL DEFAULT 0,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " user_name TEXT NOT NULL,"
                       " status TEXT NOT NULL)"), // done | skipped (same export again)
        QStringLiteral("CREATE TABLE stage ("
                       " name TEXT PRIMARY KEY,"
                       " probability INTEGER NOT NULL,"
                       " sort_order INTEGER NOT NULL,"
                       " is_won INTEGER NOT NULL DEFAULT 0,"
                       " is_lost INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE currency_rate ("
                       " code TEXT PRIMARY KEY,"
                       " rate DOUBLE PRECISION NOT NULL,"
                       " is_reporting INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE rep ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " district TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL DEFAULT 'AE',"
                       " ramp_start TEXT)"),
        QStringLiteral("CREATE TABLE quota ("
                       " rep_id TEXT NOT NULL REFERENCES rep(id),"
                       " period TEXT NOT NULL,"
                       " amount BIGINT NOT NULL,"
                       " PRIMARY KEY (rep_id, period))"),
        QStringLiteral("CREATE TABLE account ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " segment TEXT NOT NULL DEFAULT '',"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " arr BIGINT NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL DEFAULT '',"
                       " renewal_date TEXT,"
                       " executive_sponsor TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE health_reading ("
                       " account_id TEXT NOT NULL REFERENCES account(id),"
                       " reading_date TEXT NOT NULL,"
                       " score INTEGER NOT NULL,"
                       " PRIMARY KEY (account_id, reading_date))"),
        QStringLiteral("CREATE TABLE opportunity ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT REFERENCES account(id),"
                       " owner_id TEXT NOT NULL REFERENCES rep(id),"
                       " name TEXT NOT NULL,"
                       " type TEXT NOT NULL," // new | expansion | renewal
                       " stage TEXT NOT NULL,"
                       " category TEXT NOT NULL," // pipeline | best_case | commit | closed | omitted
                       " amount BIGINT,"
                       " currency TEXT NOT NULL DEFAULT '',"
                       " close_date TEXT,"
                       " created_date TEXT,"
                       " stage_entered_date TEXT,"
                       " last_activity_date TEXT,"
                       " next_step TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " partner TEXT NOT NULL DEFAULT '',"
                       " poc_status TEXT NOT NULL DEFAULT 'none',"
                       " poc_start TEXT,"
                       " poc_planned_end TEXT,"
                       " poc_last_check_in TEXT,"
                       " poc_success_criteria INTEGER NOT NULL DEFAULT 0,"
                       " security_review TEXT NOT NULL DEFAULT 'not_started',"
                       " legal_review TEXT NOT NULL DEFAULT 'not_started',"
                       " import_id BIGINT,"
                       " source_file TEXT NOT NULL DEFAULT '',"
                       " source_line BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE meddpicc ("
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " element TEXT NOT NULL," // metrics | economic_buyer | ...
                       " level TEXT NOT NULL,"   // none | partial | confirmed
                       " note TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (opportunity_id, element))"),
        QStringLiteral("CREATE TABLE snapshot ("
                       " as_of TEXT NOT NULL,"
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " owner_id TEXT NOT NULL,"
                       " stage TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " amount BIGINT,"
                       " currency TEXT NOT NULL DEFAULT '',"
                       " close_date TEXT,"
                       " stage_entered_date TEXT,"
                       " last_activity_date TEXT,"
                       " PRIMARY KEY (as_of, opportunity_id))"),
        QStringLiteral("CREATE INDEX snapshot_by_opportunity ON snapshot (opportunity_id, as_of)"),
        QStringLiteral("CREATE TABLE forecast_call ("
                       " rep_id TEXT NOT NULL REFERENCES rep(id),"
                       " period TEXT NOT NULL,"
                       " week_start TEXT NOT NULL,"
                       " commit_amount BIGINT NOT NULL,"
                       " best_case_amount BIGINT NOT NULL,"
                       " PRIMARY KEY (rep_id, period, week_start))"),

        // --- DM actions: owned by the DM, never written by an import, no foreign keys into
        // CRM tables so no import can cascade into them.
        QStringLiteral("CREATE TABLE dm_action ("
                       " id %AUTO_ID%,"
                       " opportunity_id TEXT NOT NULL,"
                       " rule_id TEXT NOT NULL DEFAULT '',"    // '' = about the deal itself
                       " status TEXT NOT NULL DEFAULT 'open'," // open | reviewed | snoozed
                       " snooze_until TEXT,"
                       " snooze_reason TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (opportunity_id, rule_id))"),
        QStringLiteral("CREATE TABLE dm_action_history ("
                       " id %AUTO_ID%,"
                       " action_id BIGINT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " author TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE follow_up ("
                       " id %AUTO_ID%,"
                       " rep_id TEXT NOT NULL,"
                       " opportunity_id TEXT NOT NULL DEFAULT '',"
                       " rule_id TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " due_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'open'," // open | done
                       " created_week TEXT NOT NULL,"          // Monday of the week it was raised
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE belief_rating ("
                       " opportunity_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " belief TEXT NOT NULL,"
                       " rating TEXT NOT NULL," // proven | mostly_proven | needs_proof
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (opportunity_id, position))"),
        QStringLiteral("CREATE TABLE coaching_note ("
                       " rep_id TEXT NOT NULL,"
                       " week_start TEXT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " PRIMARY KEY (rep_id, week_start))"),
    };
}

// Version 2: the team database. dm_user maps a database role to a district or region;
// belief ratings get a version for optimistic edits like the other DM action tables.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE dm_user ("
                       " role_name TEXT PRIMARY KEY," // the PostgreSQL login role
                       " kind TEXT NOT NULL,"         // dm | rvp
                       " district TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("ALTER TABLE belief_rating ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX opportunity_by_owner ON opportunity (owner_id)"),
    };
}

// Row-level security for a team database. Who may see a row is decided by the database from
// the connecting role (session_user, which a client cannot change without a superuser), never
// from a setting the client could SET itself. The owner of the tables (the role that ran the
// migrations and runs imports) bypasses the policies; every other role sees nothing unless
// dm_user lists it. Grants go to PUBLIC on purpose: the policies, not the grants, select rows.
QStringList version2Postgres()
{
    QStringList sql;
    const auto function = [&](const char *name, const char *column) {
        sql << QStringLiteral("CREATE FUNCTION %1() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER "
                              "SET search_path = public AS "
                              "$$ SELECT %2 FROM dm_user WHERE role_name = session_user $$")
                   .arg(QLatin1String(name), QLatin1String(column));
    };
    function("dmc_role", "kind");
    function("dmc_district", "district");
    function("dmc_region", "region");
    sql << QStringLiteral("CREATE FUNCTION dmc_sees(rep_district TEXT, rep_region TEXT) RETURNS BOOLEAN "
                          "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
                          "$$ SELECT EXISTS (SELECT 1 FROM dm_user u WHERE u.role_name = session_user AND "
                          "((u.kind = 'dm' AND u.district = rep_district) "
                          "OR (u.kind = 'rvp' AND u.region = rep_region))) $$");
    // A DM writes anything in their district; an RVP only rows they authored.
    sql << QStringLiteral("CREATE FUNCTION dmc_may_write(row_author TEXT) RETURNS BOOLEAN "
                          "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
                          "$$ SELECT COALESCE((SELECT kind = 'dm' OR (kind = 'rvp' AND row_author = session_user) "
                          "FROM dm_user WHERE role_name = session_user), false) $$");
    // The author of a DM action is whoever wrote it, whatever the client sends; the version
    // moves on every update so a writer holding an old version cannot match it any more.
    sql << QStringLiteral("CREATE FUNCTION dmc_stamp_author() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN NEW.author := session_user; RETURN NEW; END $$");
    sql << QStringLiteral("CREATE FUNCTION dmc_bump_version() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$");

    const auto readPolicy = [&](const QString &table, const QString &visible) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY team_read ON %1 FOR SELECT USING (%2)").arg(table, visible);
    };
    const QString repVisible = QStringLiteral("dmc_sees(district, region)");
    const auto byRep = [](const QString &table, const QString &column) {
        return QStringLiteral("EXISTS (SELECT 1 FROM rep r WHERE r.id = %1.%2)").arg(table, column);
    };
    const auto byOpportunity = [](const QString &table) {
        return QStringLiteral("EXISTS (SELECT 1 FROM opportunity o WHERE o.id = %1.opportunity_id)").arg(table);
    };
    const QString member = QStringLiteral("(SELECT dmc_role()) IS NOT NULL");

    // Imported CRM data: read-only for every team role (SELECT is the only grant).
    readPolicy(QStringLiteral("rep"), repVisible);
    readPolicy(QStringLiteral("opportunity"), byRep(QStringLiteral("opportunity"), QStringLiteral("owner_id")));
    readPolicy(QStringLiteral("snapshot"), byRep(QStringLiteral("snapshot"), QStringLiteral("owner_id")));
    readPolicy(QStringLiteral("quota"), byRep(QStringLiteral("quota"), QStringLiteral("rep_id")));
    readPolicy(QStringLiteral("forecast_call"), byRep(QStringLiteral("forecast_call"), QStringLiteral("rep_id")));
    readPolicy(QStringLiteral("meddpicc"), byOpportunity(QStringLiteral("meddpicc")));
    // Accounts are the company's, shared by districts (one account, deals in several): any
    // team member reads them; the deals on them stay district-scoped.
    for (const char *table : {"account", "health_reading", "import_log", "setting"})
        readPolicy(QLatin1String(table), member);
    readPolicy(QStringLiteral("dm_user"), QStringLiteral("role_name = session_user"));

    // DM actions: visible with the deal or rep they are about; written by the district's DM,
    // or by an RVP for their own rows.
    const QList<std::pair<QString, QString>>
        actionTables{{QStringLiteral("dm_action"), byOpportunity(QStringLiteral("dm_action"))},
                     {QStringLiteral("belief_rating"), byOpportunity(QStringLiteral("belief_rating"))},
                     {QStringLiteral("follow_up"), byRep(QStringLiteral("follow_up"), QStringLiteral("rep_id"))},
                     {QStringLiteral("coaching_note"),
                      byRep(QStringLiteral("coaching_note"), QStringLiteral("rep_id"))}};
    for (const auto &[table, visible] : actionTables) {
        const QString writable = QStringLiteral("%1 AND dmc_may_write(author)").arg(visible);
        readPolicy(table, visible);
        sql << QStringLiteral("CREATE POLICY team_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, writable)
            << QStringLiteral("CREATE POLICY team_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                   .arg(table, writable)
            << QStringLiteral("CREATE POLICY team_delete ON %1 FOR DELETE USING (%2)").arg(table, writable)
            << QStringLiteral("CREATE TRIGGER stamp_author BEFORE INSERT OR UPDATE ON %1 "
                              "FOR EACH ROW EXECUTE FUNCTION dmc_stamp_author()")
                   .arg(table)
            << QStringLiteral("CREATE TRIGGER bump_version BEFORE UPDATE ON %1 "
                              "FOR EACH ROW EXECUTE FUNCTION dmc_bump_version()")
                   .arg(table)
            << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO PUBLIC").arg(table);
    }
    // History is append-only: no UPDATE or DELETE policy or grant. A row goes with what it
    // logs (ActionStore's field names): "follow_up.*" rows carry the follow-up id,
    // "belief_rating[opportunity,position].*" and "coaching_note[rep,week].*" name their key,
    // the others carry the dm_action id.
    const QString historyVisible = QStringLiteral(
        "CASE"
        " WHEN starts_with(dm_action_history.field, 'follow_up.')"
        "  THEN EXISTS (SELECT 1 FROM follow_up f WHERE f.id = dm_action_history.action_id)"
        " WHEN starts_with(dm_action_history.field, 'belief_rating[')"
        "  THEN EXISTS (SELECT 1 FROM opportunity o"
        "   WHERE o.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " WHEN starts_with(dm_action_history.field, 'coaching_note[')"
        "  THEN EXISTS (SELECT 1 FROM rep r WHERE r.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " ELSE EXISTS (SELECT 1 FROM dm_action a WHERE a.id = dm_action_history.action_id)"
        " END");
    readPolicy(QStringLiteral("dm_action_history"), historyVisible);
    sql << QStringLiteral("CREATE POLICY team_insert ON dm_action_history FOR INSERT WITH CHECK (%1)")
               .arg(historyVisible)
        << QStringLiteral("CREATE TRIGGER stamp_author BEFORE INSERT OR UPDATE ON dm_action_history "
                          "FOR EACH ROW EXECUTE FUNCTION dmc_stamp_author()")
        << QStringLiteral("GRANT SELECT, INSERT ON dm_action_history TO PUBLIC");

    sql << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    for (const char *table :
         {"rep", "opportunity", "snapshot", "quota", "forecast_call", "meddpicc", "account", "health_reading",
          "import_log", "setting", "dm_user", "stage", "currency_rate", "schema_version"})
        sql << QStringLiteral("GRANT SELECT ON %1 TO PUBLIC").arg(QLatin1String(table));
    sql << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC");
    return sql;
}

// Version 3: snapshot_by_opportunity goes. No query reads snapshots by deal (the analytics read
// the whole table once into the Dataset, exports walk the primary key, upserts never delete a
// deal), and building it was a seventh of a company-scale import (about 1 s of 7 at 3.4M rows).
QStringList version3()
{
    return {QStringLiteral("DROP INDEX IF EXISTS snapshot_by_opportunity")};
}

// Version 4: dated exchange rates (Salesforce's DatedConversionRate): a currency's rate from
// start_date until its next start_date, applied by a deal's close date. Readers of schema 3 see
// no difference (the analytics read the table only when it exists).
QStringList version4()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS currency_rate_dated ("
                           " code TEXT NOT NULL,"
                           " start_date TEXT NOT NULL,"
                           " rate DOUBLE PRECISION NOT NULL,"
                           " PRIMARY KEY (code, start_date))")};
}

QStringList version4Postgres()
{
    return {QStringLiteral("GRANT SELECT ON currency_rate_dated TO PUBLIC")};
}

// Version 5: the DM's marks on insights (seen, or dismissed with a note and the numbers at the
// time). Keyed by the insight's stable key; no foreign key into CRM tables, like dm_action. A
// read-only file without the table is read as it is (it holds no marks).
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS insight_mark ("
                       " id %AUTO_ID%,"
                       " insight_key TEXT NOT NULL UNIQUE," // rule:metric:subject:id
                       " rule_id TEXT NOT NULL,"
                       " rep_id TEXT NOT NULL DEFAULT ''," // the rep it is about ('' for a district or region)
                       " district TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL," // seen | dismissed
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded TEXT NOT NULL DEFAULT '{}'," // JSON: the measured numbers when marked
                       " episode TEXT,"                        // event insights: when the event happened
                       " as_of TEXT NOT NULL,"                 // the snapshot it was marked at
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
    };
}

// A team database: a mark is visible with the rep it is about (or, for a district's or region's
// insight, to whoever sees that district or region), written like the other DM actions. The
// history policy learns the marks' field names ("insight_mark.*" rows carry the mark's id).
QStringList version5Postgres()
{
    const QString visible = QStringLiteral("CASE WHEN insight_mark.rep_id <> ''"
                                           " THEN EXISTS (SELECT 1 FROM rep r WHERE r.id = insight_mark.rep_id)"
                                           " ELSE dmc_sees(insight_mark.district, insight_mark.region) END");
    const QString writable = QStringLiteral("%1 AND dmc_may_write(author)").arg(visible);
    const QString historyVisible = QStringLiteral(
        "CASE"
        " WHEN starts_with(dm_action_history.field, 'follow_up.')"
        "  THEN EXISTS (SELECT 1 FROM follow_up f WHERE f.id = dm_action_history.action_id)"
        " WHEN starts_with(dm_action_history.field, 'insight_mark.')"
        "  THEN EXISTS (SELECT 1 FROM insight_mark m WHERE m.id = dm_action_history.action_id)"
        " WHEN starts_with(dm_action_history.field, 'belief_rating[')"
        "  THEN EXISTS (SELECT 1 FROM opportunity o"
        "   WHERE o.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " WHEN starts_with(dm_action_history.field, 'coaching_note[')"
        "  THEN EXISTS (SELECT 1 FROM rep r WHERE r.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " ELSE EXISTS (SELECT 1 FROM dm_action a WHERE a.id = dm_action_history.action_id)"
        " END");
    return {
        QStringLiteral("ALTER TABLE insight_mark ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY team_read ON insight_mark FOR SELECT USING (%1)").arg(visible),
        QStringLiteral("CREATE POLICY team_insert ON insight_mark FOR INSERT WITH CHECK (%1)").arg(writable),
        QStringLiteral("CREATE POLICY team_update ON insight_mark FOR UPDATE USING (%1) WITH CHECK (%1)").arg(writable),
        QStringLiteral("CREATE POLICY team_delete ON insight_mark FOR DELETE USING (%1)").arg(writable),
        QStringLiteral("CREATE TRIGGER stamp_author BEFORE INSERT OR UPDATE ON insight_mark "
                       "FOR EACH ROW EXECUTE FUNCTION dmc_stamp_author()"),
        QStringLiteral("CREATE TRIGGER bump_version BEFORE UPDATE ON insight_mark "
                       "FOR EACH ROW EXECUTE FUNCTION dmc_bump_version()"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON insight_mark TO PUBLIC"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC"),
        QStringLiteral("DROP POLICY team_read ON dm_action_history"),
        QStringLiteral("DROP POLICY team_insert ON dm_action_history"),
        QStringLiteral("CREATE POLICY team_read ON dm_action_history FOR SELECT USING (%1)").arg(historyVisible),
        QStringLiteral("CREATE POLICY team_insert ON dm_action_history FOR INSERT WITH CHECK (%1)").arg(historyVisible),
    };
}

// Version 6: the glossary of CRM words. A stage name is shown in the current language's label when
// the database has one (term_label); every database starts with the Russian names of the shipped
// ladders, and the DM's own labels are never replaced. A read-only file without the table reads
// those defaults (TermLabelStore), so no reader needs the step.
QStringList version6()
{
    return QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS term_label ("
                                      " kind TEXT NOT NULL," // stage
                                      " term TEXT NOT NULL," // as the CRM writes it
                                      " language TEXT NOT NULL,"
                                      " label TEXT NOT NULL,"
                                      " PRIMARY KEY (kind, term, language))")}
    + defaultTermLabelStatements();
}

// A team database has one glossary for everyone: every role reads it, the owner writes it
// (like the settings table).
QStringList version6Postgres()
{
    return {QStringLiteral("GRANT SELECT ON term_label TO PUBLIC")};
}

// Version 7: why a lost deal was lost and to whom (Salesforce Loss_Reason__c style), read by the
// quarterly review's win / loss; empty when the export has no such field. CrmReader reads a
// read-only file from before as if both were empty, so no reader needs the step.
QStringList version7()
{
    return {QStringLiteral("ALTER TABLE opportunity ADD COLUMN loss_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE opportunity ADD COLUMN competitor TEXT NOT NULL DEFAULT ''")};
}

// Version 8: POCs as their own records (docs/definitions.md#pocs): one row per POC of a deal,
// its success criteria, check-ins and mutual action plan tasks. The opportunity's poc_* columns
// stay: a deal with them and no poc row is read as one POC. A reader of schema 7 sees no
// difference (PocReader reads a file without the tables as holding no POC rows).
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS poc ("
                       " id TEXT PRIMARY KEY,"
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " status TEXT NOT NULL,"             // planned | active | complete | stopped
                       " outcome TEXT NOT NULL DEFAULT ''," // technical_win | technical_loss | no_decision | ''
                       " start_date TEXT,"
                       " planned_end TEXT,"
                       " actual_end TEXT,"
                       " environment_ready TEXT,"
                       " data_ready INTEGER NOT NULL DEFAULT 0,"
                       " evaluator TEXT NOT NULL DEFAULT '',"
                       " exit_plan INTEGER NOT NULL DEFAULT 0,"
                       " next_step_agreed INTEGER NOT NULL DEFAULT 0,"
                       " go_live TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS poc_criterion ("
                       " id TEXT PRIMARY KEY,"
                       " poc_id TEXT NOT NULL REFERENCES poc(id),"
                       " objective TEXT NOT NULL DEFAULT '',"
                       " metric TEXT NOT NULL DEFAULT '',"
                       " target TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL DEFAULT '',"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " result TEXT NOT NULL DEFAULT 'open'," // open | met | not_met
                       " result_date TEXT,"
                       " recorded_date TEXT,"
                       " changed_date TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS poc_check_in ("
                       " id TEXT PRIMARY KEY,"
                       " poc_id TEXT NOT NULL REFERENCES poc(id),"
                       " planned_date TEXT,"
                       " held_date TEXT,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS poc_task ("
                       " id TEXT PRIMARY KEY,"
                       " poc_id TEXT NOT NULL REFERENCES poc(id),"
                       " side TEXT NOT NULL," // buyer | seller
                       " title TEXT NOT NULL DEFAULT '',"
                       " due_date TEXT,"
                       " done_date TEXT)"),
    };
}

// A team database: a POC is visible with its deal, its rows with their POC; imported data, so
// SELECT is the only grant.
QStringList version8Postgres()
{
    QStringList sql{
        QStringLiteral("ALTER TABLE poc ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY team_read ON poc FOR SELECT USING "
                       "(EXISTS (SELECT 1 FROM opportunity o WHERE o.id = poc.opportunity_id))"),
        QStringLiteral("GRANT SELECT ON poc TO PUBLIC"),
    };
    for (const char *table : {"poc_criterion", "poc_check_in", "poc_task"})
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table))
            << QStringLiteral("CREATE POLICY team_read ON %1 FOR SELECT USING "
                              "(EXISTS (SELECT 1 FROM poc p WHERE p.id = %1.poc_id))")
                   .arg(QLatin1String(table))
            << QStringLiteral("GRANT SELECT ON %1 TO PUBLIC").arg(QLatin1String(table));
    return sql;
}

// Version 9: territory and capacity planning (docs/definitions.md#territory-and-capacity): ramp
// curves by role, a rep's end date and planned flag (kept beside the rep so the rep table and
// its readers stay as they are), and account owners by date: CRM data, written by imports only.
// And the DM's own assumption sets. CrmReader and AssumptionSetStore read a read-only file from
// before as holding none, so no reader needs the step.
QStringList version9()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS ramp_curve ("
                           " role TEXT NOT NULL,"
                           " month INTEGER NOT NULL," // tenure month, from 1
                           " percent INTEGER NOT NULL,"
                           " PRIMARY KEY (role, month))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS rep_employment ("
                           " rep_id TEXT PRIMARY KEY REFERENCES rep(id),"
                           " end_date TEXT,"
                           " planned INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS account_owner ("
                           " account_id TEXT NOT NULL REFERENCES account(id),"
                           " rep_id TEXT NOT NULL REFERENCES rep(id),"
                           " from_date TEXT NOT NULL,"
                           " PRIMARY KEY (account_id, from_date))"),
            // The DM's named assumption sets: a DM action table (no foreign key into CRM data).
            QStringLiteral("CREATE TABLE IF NOT EXISTS capacity_assumption_set ("
                           " id %AUTO_ID%,"
                           " name TEXT NOT NULL,"
                           " attainment_factor DOUBLE PRECISION NOT NULL DEFAULT 1,"
                           " curves TEXT NOT NULL DEFAULT 'database'," // database | shipped
                           " district_target BIGINT,"                  // cents; NULL = the quotas
                           " changes TEXT NOT NULL DEFAULT '{}',"      // JSON: hires and leavers
                           " author TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE (author, name))")};
}

// A team database: ramp curves are the company's (every member reads them); a rep's employment
// and account ownership are visible with the rep, like quotas.
QStringList version9Postgres()
{
    const QString member = QStringLiteral("(SELECT dmc_role()) IS NOT NULL");
    QStringList sql;
    const auto readPolicy = [&](const QString &table, const QString &visible) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY team_read ON %1 FOR SELECT USING (%2)").arg(table, visible)
            << QStringLiteral("GRANT SELECT ON %1 TO PUBLIC").arg(table);
    };
    readPolicy(QStringLiteral("ramp_curve"), member);
    readPolicy(QStringLiteral("rep_employment"),
               QStringLiteral("EXISTS (SELECT 1 FROM rep r WHERE r.id = rep_employment.rep_id)"));
    readPolicy(QStringLiteral("account_owner"),
               QStringLiteral("EXISTS (SELECT 1 FROM rep r WHERE r.id = account_owner.rep_id)"));
    // Assumption sets are each DM's own: a role reads and writes only the rows it wrote.
    const QString own = QStringLiteral("author = session_user");
    sql << QStringLiteral("ALTER TABLE capacity_assumption_set ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("CREATE POLICY team_read ON capacity_assumption_set FOR SELECT USING (%1)").arg(own)
        << QStringLiteral(
               "CREATE POLICY team_insert ON capacity_assumption_set FOR INSERT WITH CHECK ((SELECT dmc_role()) IS NOT NULL)")
        << QStringLiteral("CREATE POLICY team_update ON capacity_assumption_set FOR UPDATE USING (%1) WITH CHECK (%1)")
               .arg(own)
        << QStringLiteral("CREATE POLICY team_delete ON capacity_assumption_set FOR DELETE USING (%1)").arg(own)
        << QStringLiteral("CREATE TRIGGER stamp_author BEFORE INSERT OR UPDATE ON capacity_assumption_set "
                          "FOR EACH ROW EXECUTE FUNCTION dmc_stamp_author()")
        << QStringLiteral("CREATE TRIGGER bump_version BEFORE UPDATE ON capacity_assumption_set "
                          "FOR EACH ROW EXECUTE FUNCTION dmc_bump_version()")
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON capacity_assumption_set TO PUBLIC")
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC");
    return sql;
}

// Version 10: plays and partners (docs/definitions.md#plays-and-partners): partners and the deals
// they are on, plays with their steps, compliance artifacts per deal and deal tasks. CRM data,
// written by imports only; PlayReader reads a read-only file from before as holding none.
QStringList version10()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS partner ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " capabilities TEXT NOT NULL DEFAULT ''," // "a; b"
                       " segments TEXT NOT NULL DEFAULT '',"
                       " vehicles TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS opportunity_partner ("
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " partner_id TEXT NOT NULL REFERENCES partner(id),"
                       " role TEXT NOT NULL DEFAULT '',"
                       " is_primary INTEGER NOT NULL DEFAULT 0,"
                       " registered_date TEXT,"
                       " first_touch_date TEXT,"
                       " PRIMARY KEY (opportunity_id, partner_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS play ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " segments TEXT NOT NULL DEFAULT '',"
                       " industries TEXT NOT NULL DEFAULT '',"
                       " types TEXT NOT NULL DEFAULT '',"
                       " regions TEXT NOT NULL DEFAULT '',"
                       " min_amount BIGINT," // cents
                       " max_amount BIGINT,"
                       " capabilities TEXT NOT NULL DEFAULT '',"
                       " vehicles TEXT NOT NULL DEFAULT '',"
                       " artifacts TEXT NOT NULL DEFAULT '',"
                       " artifact_stage TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS play_step ("
                       " id TEXT PRIMARY KEY,"
                       " play_id TEXT NOT NULL REFERENCES play(id),"
                       " title TEXT NOT NULL DEFAULT '',"
                       " due_stage TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS compliance_artifact ("
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " artifact TEXT NOT NULL,"
                       " status TEXT NOT NULL," // not_started | in_progress | done | not_required
                       " started TEXT,"
                       " done TEXT,"
                       " PRIMARY KEY (opportunity_id, artifact))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS deal_task ("
                       " id TEXT PRIMARY KEY,"
                       " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                       " owner_role TEXT NOT NULL," // ae | se | partner | cs
                       " title TEXT NOT NULL DEFAULT '',"
                       " due TEXT,"
                       " done TEXT,"
                       " depends_on TEXT NOT NULL DEFAULT '',"
                       " step_id TEXT NOT NULL DEFAULT '')"),
    };
}

// A team database: partners and plays are the company's (every member reads them); a deal's
// partners, artifacts and tasks are visible with the deal. Imported data: SELECT only.
QStringList version10Postgres()
{
    const QString member = QStringLiteral("(SELECT dmc_role()) IS NOT NULL");
    const QString withDeal = QStringLiteral("EXISTS (SELECT 1 FROM opportunity o WHERE o.id = %1.opportunity_id)");
    QStringList sql;
    const auto readPolicy = [&](const QString &table, const QString &visible) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY team_read ON %1 FOR SELECT USING (%2)").arg(table, visible)
            << QStringLiteral("GRANT SELECT ON %1 TO PUBLIC").arg(table);
    };
    for (const char *table : {"partner", "play", "play_step"})
        readPolicy(QLatin1String(table), member);
    for (const char *table : {"opportunity_partner", "compliance_artifact", "deal_task"})
        readPolicy(QLatin1String(table), withDeal.arg(QLatin1String(table)));
    return sql;
}

// Version 12: the qualification history (docs/definitions.md#qualification-history): a deal's
// MEDDPICC levels, POC, reviews and next step from a date on, one row per change point. CRM data,
// written by imports and the demo. The deals already stored get one row with their current values
// dated at the latest snapshot, so the next import records a change against them and the weeks
// before read as they always did. QualificationHistoryStore reads a read-only file from before as
// holding none (every date reads the latest values, as before).
QStringList version12()
{
    QString levels;
    QString pivot;
    for (const char *element : {"metrics", "economic_buyer", "decision_criteria", "decision_process", "paper_process",
                                "identify_pain", "champion", "competition"}) {
        levels += QStringLiteral(" meddpicc_%1 TEXT NOT NULL DEFAULT '',").arg(QLatin1String(element));
        pivot += QStringLiteral(" COALESCE((SELECT m.level FROM meddpicc m WHERE m.opportunity_id = o.id AND "
                                "m.element = '%1'), ''),")
                     .arg(QLatin1String(element));
    }
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS qualification_history ("
                           " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                           " valid_from TEXT NOT NULL,"
                           "%1"
                           " poc_status TEXT NOT NULL DEFAULT '',"
                           " poc_start TEXT,"
                           " poc_planned_end TEXT,"
                           " poc_last_check_in TEXT,"
                           " poc_success_criteria INTEGER NOT NULL DEFAULT 0,"
                           " security_review TEXT NOT NULL DEFAULT '',"
                           " legal_review TEXT NOT NULL DEFAULT '',"
                           " next_step TEXT NOT NULL DEFAULT '',"
                           " import_id BIGINT," // the import that recorded the change; NULL: given by a file
                           " PRIMARY KEY (opportunity_id, valid_from))")
                .arg(levels),
            QStringLiteral("INSERT INTO qualification_history (opportunity_id, valid_from, meddpicc_metrics, "
                           "meddpicc_economic_buyer, meddpicc_decision_criteria, meddpicc_decision_process, "
                           "meddpicc_paper_process, meddpicc_identify_pain, meddpicc_champion, meddpicc_competition, "
                           "poc_status, poc_start, poc_planned_end, poc_last_check_in, poc_success_criteria, "
                           "security_review, legal_review, next_step) "
                           "SELECT o.id, (SELECT MAX(s.as_of) FROM snapshot s),%1 o.poc_status, o.poc_start, "
                           "o.poc_planned_end, o.poc_last_check_in, o.poc_success_criteria, o.security_review, "
                           "o.legal_review, o.next_step FROM opportunity o "
                           "WHERE EXISTS (SELECT 1 FROM snapshot)")
                .arg(pivot)};
}

// A team database: a deal's change points are visible with the deal; imported data, SELECT only.
QStringList version12Postgres()
{
    return {QStringLiteral("ALTER TABLE qualification_history ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY team_read ON qualification_history FOR SELECT USING "
                           "(EXISTS (SELECT 1 FROM opportunity o WHERE o.id = qualification_history.opportunity_id))"),
            QStringLiteral("GRANT SELECT ON qualification_history TO PUBLIC")};
}

// Version 13: the audit trail (docs/definitions.md#audit-trail). A revert is a new write whose
// history rows name the entry they revert (reverts_id: the first history row of that write);
// nothing logged before is rewritten. Assumption sets are logged from now on
// ("capacity_assumption_set.*" rows with the set's id).
QStringList version13()
{
    return {QStringLiteral("ALTER TABLE dm_action_history ADD COLUMN reverts_id BIGINT")};
}

// A team database: the history policy learns the assumption sets' rows, which are their author's
// alone like the sets themselves (kept visible to the author after the set is removed).
QStringList version13Postgres()
{
    const QString historyVisible = QStringLiteral(
        "CASE"
        " WHEN starts_with(dm_action_history.field, 'follow_up.')"
        "  THEN EXISTS (SELECT 1 FROM follow_up f WHERE f.id = dm_action_history.action_id)"
        " WHEN starts_with(dm_action_history.field, 'insight_mark.')"
        "  THEN EXISTS (SELECT 1 FROM insight_mark m WHERE m.id = dm_action_history.action_id)"
        " WHEN starts_with(dm_action_history.field, 'capacity_assumption_set.')"
        "  THEN dm_action_history.author = session_user"
        " WHEN starts_with(dm_action_history.field, 'belief_rating[')"
        "  THEN EXISTS (SELECT 1 FROM opportunity o"
        "   WHERE o.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " WHEN starts_with(dm_action_history.field, 'coaching_note[')"
        "  THEN EXISTS (SELECT 1 FROM rep r WHERE r.id = split_part(substr(dm_action_history.field, 15), ',', 1))"
        " ELSE EXISTS (SELECT 1 FROM dm_action a WHERE a.id = dm_action_history.action_id)"
        " END");
    return {
        QStringLiteral("DROP POLICY team_read ON dm_action_history"),
        QStringLiteral("DROP POLICY team_insert ON dm_action_history"),
        QStringLiteral("CREATE POLICY team_read ON dm_action_history FOR SELECT USING (%1)").arg(historyVisible),
        // The author column is stamped by the trigger before the check, so an assumption set's
        // row passes as its writer's.
        QStringLiteral("CREATE POLICY team_insert ON dm_action_history FOR INSERT WITH CHECK (%1)").arg(historyVisible),
    };
}

// Version 14: each person's own settings (PersonalSettings): risk-filter changes and saved views
// of a login role on a team database, beside the database's shared settings. A DM action table:
// no import writes it, no foreign key into CRM data. On a file the one user's rows have author "".
QStringList version14()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS dm_setting ("
                           " author TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (author, key))")};
}

// A team database: a login role reads and writes only its own settings; the author is stamped by
// the database (whatever the client sends), so no role can write another's.
QStringList version14Postgres()
{
    const QString own = QStringLiteral("author = session_user");
    return {QStringLiteral("ALTER TABLE dm_setting ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY team_read ON dm_setting FOR SELECT USING (%1)").arg(own),
            QStringLiteral(
                "CREATE POLICY team_insert ON dm_setting FOR INSERT WITH CHECK ((SELECT dmc_role()) IS NOT NULL)"),
            QStringLiteral("CREATE POLICY team_update ON dm_setting FOR UPDATE USING (%1) WITH CHECK (%1)").arg(own),
            QStringLiteral("CREATE POLICY team_delete ON dm_setting FOR DELETE USING (%1)").arg(own),
            QStringLiteral("CREATE TRIGGER stamp_author BEFORE INSERT OR UPDATE ON dm_setting "
                           "FOR EACH ROW EXECUTE FUNCTION dmc_stamp_author()"),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON dm_setting TO PUBLIC")};
}

// A team database reads faster. The rep policy called dmc_sees(), a SECURITY DEFINER function
// (each call saves and restores search_path), for every rep row it checked, and every CRM and DM
// table's policy checks the rep of each of its rows: a district's cockpit read ran it once per
// snapshot row, and the 40-session load test spent most of the server's time there. Now the
// role's kind, district and region are read once per query (uncorrelated sub-selects, run as
// InitPlans) and each rep row is compared with them: the same rows are visible.
QStringList version15Postgres()
{
    return {QStringLiteral("DROP POLICY team_read ON rep"),
            QStringLiteral("CREATE POLICY team_read ON rep FOR SELECT USING ("
                           "((SELECT dmc_role()) = 'dm' AND district = (SELECT dmc_district())) "
                           "OR ((SELECT dmc_role()) = 'rvp' AND region = (SELECT dmc_region())))")};
}

// Version 16: on SQLite the snapshot table is its primary key's B-tree (WITHOUT ROWID). As a
// rowid table it was two B-trees, the rows by rowid and the key (as_of, opportunity_id) beside
// them: every imported row was written into both (111 MB of key beside 297 MB of rows at 100k
// deals) and found through the key. The rows are copied in key order, so each one appends. A
// reader of version 15 reads the same columns.
QStringList version16Sqlite()
{
    return {QStringLiteral("CREATE TABLE snapshot_by_key ("
                           " as_of TEXT NOT NULL,"
                           " opportunity_id TEXT NOT NULL REFERENCES opportunity(id),"
                           " owner_id TEXT NOT NULL,"
                           " stage TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " amount BIGINT,"
                           " currency TEXT NOT NULL DEFAULT '',"
                           " close_date TEXT,"
                           " stage_entered_date TEXT,"
                           " last_activity_date TEXT,"
                           " PRIMARY KEY (as_of, opportunity_id)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO snapshot_by_key SELECT as_of, opportunity_id, owner_id, stage, category, "
                           "amount, currency, close_date, stage_entered_date, last_activity_date FROM snapshot "
                           "ORDER BY as_of, opportunity_id"),
            QStringLiteral("DROP TABLE snapshot"), QStringLiteral("ALTER TABLE snapshot_by_key RENAME TO snapshot")};
}

const std::vector<Migration> *g_migrationsOverride = nullptr;

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    if (g_migrationsOverride)
        return *g_migrationsOverride;
    static const std::vector<Migration> migrations{{1, version1()},
                                                   {2, version2(), version2Postgres()},
                                                   {3, version3(), {}, false},
                                                   {4, version4(), version4Postgres(), false},
                                                   {5, version5(), version5Postgres(), false},
                                                   {6, version6(), version6Postgres(), false},
                                                   {7, version7(), {}, false},
                                                   {8, version8(), version8Postgres(), false},
                                                   {9, version9(), version9Postgres(), false},
                                                   {10, version10(), version10Postgres(), false},
                                                   // 11 was left unused (two migrations landed in the other
                                                   // order); it changes nothing, so the numbers stay one by one.
                                                   {11, {}, {}, false},
                                                   {12, version12(), version12Postgres(), false},
                                                   {13, version13(), version13Postgres(), false},
                                                   {14, version14(), version14Postgres(), false},
                                                   {15, {}, version15Postgres(), false},
                                                   {16, {}, {}, false, version16Sqlite()}};
    return migrations;
}

void setSchemaMigrationsForTesting(const std::vector<Migration> *migrations)
{
    g_migrationsOverride = migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

QStringList crmTables()
{
    // In dependency order: parents before children.
    return {QStringLiteral("stage"),
            QStringLiteral("currency_rate"),
            QStringLiteral("currency_rate_dated"),
            QStringLiteral("rep"),
            QStringLiteral("rep_employment"),
            QStringLiteral("ramp_curve"),
            QStringLiteral("quota"),
            QStringLiteral("account"),
            QStringLiteral("account_owner"),
            QStringLiteral("health_reading"),
            QStringLiteral("opportunity"),
            QStringLiteral("meddpicc"),
            QStringLiteral("qualification_history"),
            QStringLiteral("snapshot"),
            QStringLiteral("forecast_call"),
            QStringLiteral("poc"),
            QStringLiteral("poc_criterion"),
            QStringLiteral("poc_check_in"),
            QStringLiteral("poc_task"),
            QStringLiteral("partner"),
            QStringLiteral("opportunity_partner"),
            QStringLiteral("play"),
            QStringLiteral("play_step"),
            QStringLiteral("compliance_artifact"),
            QStringLiteral("deal_task")};
}

QStringList dmActionTables()
{
    return {QStringLiteral("dm_action"),
            QStringLiteral("dm_action_history"),
            QStringLiteral("follow_up"),
            QStringLiteral("belief_rating"),
            QStringLiteral("coaching_note"),
            QStringLiteral("insight_mark"),
            QStringLiteral("capacity_assumption_set"),
            QStringLiteral("dm_setting")};
}

} // namespace dmc
