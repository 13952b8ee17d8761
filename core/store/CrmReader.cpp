#include "CrmReader.h"

#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/KeyDecoder.h"
#include "store/RowCursor.h"
#include "store/SqlDialect.h"
#include "store/TextInterner.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

// Done, or the error that stopped the pass over `table`.
Status crmRowsRead(const char *table, const RowCursor &rows)
{
    if (rows.failed())
        return Database::databaseError(CrmReader::tr("cannot read %1").arg(QLatin1String(table)), rows.lastError());
    return Done{};
}

QString ordered(const char *select, CrmReader::Order order, const char *key)
{
    QString sql = QLatin1String(select);
    if (order == CrmReader::Order::Key)
        sql += QLatin1String(" ORDER BY ") + QLatin1String(key);
    return sql;
}

qint64 countOf(const QSqlDatabase &db, const char *sql)
{
    RowCursor rows(db, QLatin1String(sql));
    return rows.next() ? rows.integer(0) : 0;
}

} // namespace

CrmReader::CrmReader(const Database &database)
    : m_database(database)
{
}

QString CrmReader::reportingCurrency() const
{
    return m_database.setting(QStringLiteral("reporting_currency"), QStringLiteral("USD"));
}

Status CrmReader::readCurrencyRates(const Visit<CurrencyRate> &visit) const
{
    const QSqlDatabase db = m_database.connection();
    {
        RowCursor rows(db, QStringLiteral("SELECT code, rate, is_reporting FROM currency_rate ORDER BY code"));
        while (rows.next())
            visit(CurrencyRate{rows.string(0), rows.real(1), rows.integer(2) != 0, QDate()});
        if (Status read = crmRowsRead("currency_rate", rows); !read)
            return read;
    }
    // Dated rates came with schema 4; a read-only file one step behind is read without them.
    if (SqlDialect::forDatabase(db).schemaVersion(db) < 4)
        return Done{};
    RowCursor rows(db,
                   QStringLiteral("SELECT code, start_date, rate FROM currency_rate_dated "
                                  "ORDER BY code, start_date"));
    while (rows.next()) {
        CurrencyRate rate;
        rate.code = rows.string(0);
        rate.startDate = rows.date(1);
        rate.rate = rows.real(2);
        if (rate.startDate.isValid())
            visit(rate);
    }
    return crmRowsRead("currency_rate_dated", rows);
}

Status CrmReader::readStages(const Visit<Stage> &visit) const
{
    RowCursor rows(m_database.connection(),
                   QStringLiteral("SELECT name, probability, sort_order, is_won, is_lost FROM stage "
                                  "ORDER BY sort_order, name"));
    while (rows.next()) {
        Stage stage;
        stage.name = rows.string(0);
        stage.probability = int(rows.integer(1));
        stage.sortOrder = int(rows.integer(2));
        stage.isWon = rows.integer(3) != 0;
        stage.isLost = rows.integer(4) != 0;
        visit(stage);
    }
    return crmRowsRead("stage", rows);
}

Status CrmReader::readReps(const Visit<Rep> &visit) const
{
    RowCursor rows(m_database.connection(),
                   QStringLiteral("SELECT id, name, district, region, role, ramp_start FROM rep ORDER BY id"));
    while (rows.next()) {
        Rep rep;
        rep.id = rows.string(0);
        rep.name = rows.string(1);
        rep.district = rows.string(2);
        rep.region = rows.string(3);
        rep.role = rows.string(4);
        rep.rampStart = rows.date(5);
        visit(rep);
    }
    return crmRowsRead("rep", rows);
}

Status CrmReader::readQuotas(Order order, const Visit<Quota> &visit) const
{
    RowCursor rows(m_database.connection(),
                   ordered("SELECT rep_id, period, amount FROM quota", order, "rep_id, period"));
    while (rows.next())
        visit(Quota{rows.string(0), rows.string(1), rows.integer(2)});
    return crmRowsRead("quota", rows);
}

Status CrmReader::readAccounts(const Visit<Account> &visit) const
{
    RowCursor rows(m_database.connection(),
                   QStringLiteral("SELECT id, name, segment, industry, arr, currency, renewal_date, "
                                  "executive_sponsor FROM account ORDER BY id"));
    while (rows.next()) {
        Account account;
        account.id = rows.string(0);
        account.name = rows.string(1);
        account.segment = rows.string(2);
        account.industry = rows.string(3);
        account.arr = rows.integer(4);
        account.currency = rows.string(5);
        account.renewalDate = rows.date(6);
        account.executiveSponsor = rows.string(7);
        visit(account);
    }
    return crmRowsRead("account", rows);
}

Status CrmReader::readHealthReadings(Order order, const Visit<HealthReading> &visit) const
{
    RowCursor rows(m_database.connection(),
                   ordered("SELECT account_id, reading_date, score FROM health_reading", order,
                           "account_id, reading_date"));
    // ~700k rows at 100k deals: one shared QString per account id.
    TextInterner intern;
    while (rows.next())
        visit(HealthReading{intern(rows.text(0)), rows.date(1), int(rows.integer(2))});
    return crmRowsRead("health_reading", rows);
}

Status CrmReader::readOpportunities(const Visit<Opportunity> &visit) const
{
    const QSqlDatabase db = m_database.connection();
    TextInterner intern;
    KeyDecoder<MeddpiccElement> element(&meddpiccFromKey);
    KeyDecoder<EvidenceLevel> level(&evidenceLevelFromKey);
    KeyDecoder<DealType> type(&dealTypeFromKey);
    KeyDecoder<ForecastCategory> category(&forecastCategoryFromKey);
    KeyDecoder<PocStatus> poc(&pocStatusFromKey);
    KeyDecoder<ReviewStatus> review(&reviewStatusFromKey);

    // MEDDPICC first (800k rows at 100k deals), keyed by deal, so each deal is complete when
    // handed over: one pass instead of eight joins.
    QHash<QByteArray, std::array<MeddpiccEntry, MeddpiccElementCount>> meddpicc;
    {
        RowCursor rows(db, QStringLiteral("SELECT opportunity_id, element, level, note FROM meddpicc"));
        while (rows.next()) {
            const auto e = element(rows.text(1));
            if (!e)
                continue;
            MeddpiccEntry &entry = meddpicc[rows.text(0).toByteArray()][size_t(*e)];
            entry.level = level(rows.text(2)); // "" (no level in the export): empty
            entry.note = intern(rows.text(3));
        }
        if (Status read = crmRowsRead("meddpicc", rows); !read)
            return read;
    }

    // Schema 7 added the loss reason and competitor: a read-only file from before reads them empty.
    const QString lossColumns = m_database.dialect().schemaVersion(db) >= 7 ? QStringLiteral("loss_reason, competitor")
                                                                            : QStringLiteral("'', ''");
    RowCursor rows(db,
                   QStringLiteral("SELECT id, account_id, owner_id, name, type, stage, category, amount, currency, "
                                  "close_date, created_date, stage_entered_date, last_activity_date, next_step, "
                                  "source, partner, poc_status, poc_start, poc_planned_end, poc_last_check_in, "
                                  "poc_success_criteria, security_review, legal_review, import_id, source_file, "
                                  "source_line, %1 FROM opportunity ORDER BY id")
                       .arg(lossColumns));
    while (rows.next()) {
        Opportunity o;
        const QByteArrayView id = rows.text(0);
        o.id = QString::fromUtf8(id);
        o.accountId = intern(rows.text(1));
        o.ownerId = intern(rows.text(2));
        o.name = rows.string(3);
        o.type = type(rows.text(4)).value_or(DealType::New);
        o.stage = intern(rows.text(5));
        o.category = category(rows.text(6)).value_or(ForecastCategory::Pipeline);
        o.amount = rows.optionalInteger(7);
        o.currency = intern(rows.text(8));
        o.closeDate = rows.date(9);
        o.createdDate = rows.date(10);
        o.stageEnteredDate = rows.date(11);
        o.lastActivityDate = rows.date(12);
        o.nextStep = intern(rows.text(13));
        o.source = intern(rows.text(14));
        o.partner = intern(rows.text(15));
        o.poc.status = poc(rows.text(16));
        o.poc.start = rows.date(17);
        o.poc.plannedEnd = rows.date(18);
        o.poc.lastCheckIn = rows.date(19);
        o.poc.successCriteriaDefined = rows.integer(20) != 0;
        o.securityReview = review(rows.text(21));
        o.legalReview = review(rows.text(22));
        o.importId = rows.integer(23);
        o.sourceFile = intern(rows.text(24));
        o.sourceLine = rows.integer(25);
        o.lossReason = intern(rows.text(26));
        o.competitor = intern(rows.text(27));
        const auto found = meddpicc.constFind(QByteArray::fromRawData(id.data(), id.size()));
        if (found != meddpicc.constEnd())
            o.meddpicc = Meddpicc(found.value());
        visit(o);
    }
    return crmRowsRead("opportunity", rows);
}

Status CrmReader::readSnapshots(Order order, const Visit<Utf8Snapshot> &visit) const
{
    RowCursor rows(m_database.connection(),
                   ordered("SELECT as_of, opportunity_id, owner_id, stage, category, amount, currency, "
                           "close_date, stage_entered_date, last_activity_date FROM snapshot",
                           order, "as_of, opportunity_id"));
    while (rows.next()) {
        Utf8Snapshot row;
        row.asOf = rows.text(0);
        row.opportunityId = rows.text(1);
        row.ownerId = rows.text(2);
        row.stage = rows.text(3);
        row.category = rows.text(4);
        row.amount = rows.optionalInteger(5);
        row.currency = rows.text(6);
        row.closeDate = rows.text(7);
        row.stageEnteredDate = rows.text(8);
        row.lastActivityDate = rows.text(9);
        visit(row);
    }
    return crmRowsRead("snapshot", rows);
}

Status CrmReader::readForecastCalls(Order order, const Visit<ForecastCall> &visit) const
{
    RowCursor rows(m_database.connection(),
                   ordered("SELECT rep_id, period, week_start, commit_amount, best_case_amount FROM forecast_call",
                           order, "rep_id, period, week_start"));
    while (rows.next())
        visit(ForecastCall{rows.string(0), rows.string(1), rows.date(2), rows.integer(3), rows.integer(4)});
    return crmRowsRead("forecast_call", rows);
}

namespace {
// The schema version that added ramp_curve, rep_employment and account_owner.
constexpr int CapacityTablesSchema = 9;
} // namespace

Status CrmReader::readRampCurves(const Visit<RampCurvePoint> &visit) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.dialect().schemaVersion(db) < CapacityTablesSchema)
        return Done{};
    RowCursor rows(db, QStringLiteral("SELECT role, month, percent FROM ramp_curve ORDER BY role, month"));
    while (rows.next())
        visit(RampCurvePoint{rows.string(0), int(rows.integer(1)), int(rows.integer(2))});
    return crmRowsRead("ramp_curve", rows);
}

Status CrmReader::readRepEmployment(const Visit<RepEmployment> &visit) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.dialect().schemaVersion(db) < CapacityTablesSchema)
        return Done{};
    RowCursor rows(db, QStringLiteral("SELECT rep_id, end_date, planned FROM rep_employment ORDER BY rep_id"));
    while (rows.next())
        visit(RepEmployment{rows.string(0), rows.date(1), rows.integer(2) != 0});
    return crmRowsRead("rep_employment", rows);
}

Status CrmReader::readAccountOwners(const Visit<AccountOwner> &visit) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.dialect().schemaVersion(db) < CapacityTablesSchema)
        return Done{};
    RowCursor rows(db,
                   QStringLiteral("SELECT account_id, rep_id, from_date FROM account_owner "
                                  "ORDER BY account_id, from_date"));
    while (rows.next())
        visit(AccountOwner{rows.string(0), rows.string(1), rows.date(2)});
    return crmRowsRead("account_owner", rows);
}

qint64 CrmReader::opportunityCount() const
{
    return countOf(m_database.connection(), "SELECT COUNT(*) FROM opportunity");
}

qint64 CrmReader::snapshotCount() const
{
    return countOf(m_database.connection(), "SELECT COUNT(*) FROM snapshot");
}

bool CrmReader::hasSnapshots() const
{
    RowCursor rows(m_database.connection(), QLatin1String("SELECT 1 FROM snapshot LIMIT 1"));
    return rows.next();
}

Result<bool> CrmReader::hasCrmData() const
{
    const QSqlDatabase db = m_database.connection();
    for (const char *sql :
         {"SELECT 1 FROM rep LIMIT 1", "SELECT 1 FROM opportunity LIMIT 1", "SELECT 1 FROM snapshot LIMIT 1"}) {
        RowCursor rows(db, QLatin1String(sql));
        if (rows.next())
            return true;
        if (rows.failed())
            return Database::databaseError(tr("cannot read the database"), rows.lastError());
    }
    return false;
}

Result<QStringList> CrmReader::unknownAccounts(const QStringList &ids) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM account WHERE id = ?"));
    QStringList unknown;
    for (const QString &id : ids) {
        exists.bindValue(0, id);
        if (!exists.exec())
            return Database::databaseError(tr("cannot read accounts"), db);
        if (!exists.next())
            unknown << id;
        exists.finish();
    }
    return unknown;
}

std::optional<CrmReader::DataVersion> CrmReader::dataVersion() const
{
    const QSqlDatabase db = m_database.connection();
    DataVersion version;
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT key, value FROM setting WHERE key IN "
                                      "('crm_generation', 'database_id', 'reporting_currency')"));
        while (rows.next()) {
            const QString key = rows.string(0);
            const QString value = rows.string(1);
            if (key == CrmWriter::generationKey())
                version.generation = value;
            else if (key == CrmWriter::databaseIdKey())
                version.databaseId = value;
            else
                version.reportingCurrency = value;
        }
        if (rows.failed())
            return std::nullopt;
    }
    // Through the primary key (the table has no rowid from schema 16 on).
    RowCursor rows(db, QStringLiteral("SELECT MAX(as_of) FROM snapshot"));
    if (!rows.next())
        return std::nullopt;
    version.latestSnapshot = rows.string(0);
    return version;
}

} // namespace dmc
