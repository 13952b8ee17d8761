#include "Schema.h"

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
                       " files TEXT NOT NULL,"            // JSON array of {path, sha256, rows}
                       " source_key TEXT NOT NULL,"       // hash over the files: same export = same key
                       " as_of TEXT,"
                       " rows_read BIGINT NOT NULL DEFAULT 0,"
                       " rows_accepted BIGINT NOT NULL DEFAULT 0,"
                       " rows_rejected BIGINT NOT NULL DEFAULT 0,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " user_name TEXT NOT NULL,"
                       " status TEXT NOT NULL)"),         // done | skipped (same export again)
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
                       " type TEXT NOT NULL,"              // new | expansion | renewal
                       " stage TEXT NOT NULL,"
                       " category TEXT NOT NULL,"          // pipeline | best_case | commit | closed | omitted
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
                       " element TEXT NOT NULL,"           // metrics | economic_buyer | ...
                       " level TEXT NOT NULL,"             // none | partial | confirmed
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
                       " status TEXT NOT NULL DEFAULT 'open',"  // open | done
                       " created_week TEXT NOT NULL,"           // Monday of the week it was raised
                       " author TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE belief_rating ("
                       " opportunity_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " belief TEXT NOT NULL,"
                       " rating TEXT NOT NULL,"                 // proven | mostly_proven | needs_proof
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

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{{1, version1()}};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

QStringList crmTables()
{
    // In dependency order: parents before children.
    return {QStringLiteral("stage"),        QStringLiteral("currency_rate"),
            QStringLiteral("rep"),          QStringLiteral("quota"),
            QStringLiteral("account"),      QStringLiteral("health_reading"),
            QStringLiteral("opportunity"),  QStringLiteral("meddpicc"),
            QStringLiteral("snapshot"),     QStringLiteral("forecast_call")};
}

QStringList dmActionTables()
{
    return {QStringLiteral("dm_action"), QStringLiteral("dm_action_history"),
            QStringLiteral("follow_up"), QStringLiteral("belief_rating"),
            QStringLiteral("coaching_note")};
}

} // namespace dmc
