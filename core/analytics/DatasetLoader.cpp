#include "DatasetLoader.h"

#include "analytics/DatasetBuilder.h"
#include "analytics/DatasetCache.h"
#include "store/Database.h"
#include "store/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dmc {

namespace {

QDate dateOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

std::optional<Cents> centsOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QByteArrayView viewOf(const QByteArray &bytes)
{
    return QByteArrayView(bytes);
}

// Table order, no ORDER BY: walking the (as_of, opportunity_id) key in order costs a table seek
// per row (a third of cockpit --scope all at 100k deals); DatasetBuilder::finish() sorts the rows
// by (date, opportunity) anyway, and imports write them in that order, so the sort is usually a check.
const char *snapshotSql()
{
    return "SELECT as_of, opportunity_id, owner_id, stage, category, amount, currency, close_date, "
           "stage_entered_date, last_activity_date FROM snapshot";
}

// The raw sqlite3 handle behind a Qt SQLite connection, or nullptr for other drivers.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The snapshot table is the big one (5M rows): read it with sqlite3_step, no QVariant per cell.
bool loadSnapshotsSqlite(sqlite3 *handle, DatasetBuilder &builder)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, snapshotSql(), -1, &statement, nullptr) != SQLITE_OK)
        return false;
    auto text = [statement](int column) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(statement, column)) : QByteArrayView();
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        DatasetBuilder::RawSnapshot row;
        row.asOf = DatasetBuilder::parseDay(text(0));
        row.opportunityId = text(1);
        row.ownerId = text(2);
        row.stage = text(3);
        row.category = text(4);
        if (sqlite3_column_type(statement, 5) != SQLITE_NULL)
            row.amount = sqlite3_column_int64(statement, 5);
        row.currency = text(6);
        row.closeDay = DatasetBuilder::parseDay(text(7));
        row.stageEnteredDay = DatasetBuilder::parseDay(text(8));
        row.lastActivityDay = DatasetBuilder::parseDay(text(9));
        builder.addSnapshot(row);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

// Repeated texts (owner ids, stages, currencies, file names) become one shared QString each:
// fewer allocations on load and less memory for 100k deals.
class TextInterner
{
public:
    QString operator()(QByteArrayView text)
    {
        if (text.isNull())
            return {};
        const auto found = m_texts.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != m_texts.constEnd())
            return found.value();
        const QString value = QString::fromUtf8(text);
        m_texts.insert(text.toByteArray(), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_texts;
};

// An enum key ("best_case") decoded once per distinct text.
template <class E> class KeyDecoder
{
public:
    explicit KeyDecoder(std::optional<E> (*parse)(const QString &)) : m_parse(parse) {}
    std::optional<E> operator()(QByteArrayView key)
    {
        const auto found = m_cache.constFind(QByteArray::fromRawData(key.data(), key.size()));
        if (found != m_cache.constEnd())
            return found.value();
        const std::optional<E> value = m_parse(QString::fromUtf8(key));
        m_cache.insert(key.toByteArray(), value);
        return value;
    }

private:
    std::optional<E> (*m_parse)(const QString &);
    QHash<QByteArray, std::optional<E>> m_cache;
};

QDate dateOfText(QByteArrayView text)
{
    const DayNumber day = DatasetBuilder::parseDay(text);
    return day == NoDay ? QDate() : QDate::fromJulianDay(day);
}

// One forward pass over a statement, the columns as views (valid until the next step).
class SqliteRows
{
public:
    SqliteRows(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~SqliteRows() { sqlite3_finalize(m_statement); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool next()
    {
        m_rc = m_statement ? sqlite3_step(m_statement) : SQLITE_ERROR;
        return m_rc == SQLITE_ROW;
    }
    bool done() const { return m_rc == SQLITE_DONE; }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

const char *opportunitySql()
{
    return "SELECT id, account_id, owner_id, name, type, stage, category, amount, currency, close_date, "
           "created_date, stage_entered_date, last_activity_date, next_step, source, partner, poc_status, "
           "poc_start, poc_planned_end, poc_last_check_in, poc_success_criteria, security_review, "
           "legal_review, import_id, source_file, source_line FROM opportunity ORDER BY id";
}

// Opportunities and their MEDDPICC rows (800k at 100k deals) through sqlite3_step: no QVariant
// per cell, repeated texts shared. Same values as the QSqlQuery path below.
bool loadOpportunitiesSqlite(sqlite3 *handle, DatasetBuilder &builder, QString &error)
{
    TextInterner intern;
    KeyDecoder<MeddpiccElement> element(&meddpiccFromKey);
    KeyDecoder<EvidenceLevel> level(&evidenceLevelFromKey);
    KeyDecoder<DealType> type(&dealTypeFromKey);
    KeyDecoder<ForecastCategory> category(&forecastCategoryFromKey);
    KeyDecoder<PocStatus> poc(&pocStatusFromKey);
    KeyDecoder<ReviewStatus> review(&reviewStatusFromKey);

    QHash<QByteArray, Meddpicc> meddpicc;
    {
        SqliteRows rows(handle, "SELECT opportunity_id, element, level, note FROM meddpicc");
        while (rows.next()) {
            const auto e = element(rows.text(1));
            if (!e)
                continue;
            MeddpiccEntry &entry = meddpicc[rows.text(0).toByteArray()][size_t(*e)];
            entry.level = level(rows.text(2));      // "" (no level in the export): empty
            entry.note = intern(rows.text(3));
        }
        if (!rows.done()) {
            error = rows.error();
            return false;
        }
    }

    SqliteRows rows(handle, opportunitySql());
    while (rows.next()) {
        Opportunity o;
        const QByteArrayView id = rows.text(0);
        o.id = QString::fromUtf8(id);
        o.accountId = intern(rows.text(1));
        o.ownerId = intern(rows.text(2));
        o.name = QString::fromUtf8(rows.text(3));
        o.type = type(rows.text(4)).value_or(DealType::New);
        o.stage = intern(rows.text(5));
        o.category = category(rows.text(6)).value_or(ForecastCategory::Pipeline);
        if (!rows.isNull(7))
            o.amount = rows.integer(7);
        o.currency = intern(rows.text(8));
        o.closeDate = dateOfText(rows.text(9));
        o.createdDate = dateOfText(rows.text(10));
        o.stageEnteredDate = dateOfText(rows.text(11));
        o.lastActivityDate = dateOfText(rows.text(12));
        o.nextStep = intern(rows.text(13));
        o.source = intern(rows.text(14));
        o.partner = intern(rows.text(15));
        o.poc.status = poc(rows.text(16));
        o.poc.start = dateOfText(rows.text(17));
        o.poc.plannedEnd = dateOfText(rows.text(18));
        o.poc.lastCheckIn = dateOfText(rows.text(19));
        o.poc.successCriteriaDefined = rows.integer(20) != 0;
        o.securityReview = review(rows.text(21));
        o.legalReview = review(rows.text(22));
        o.importId = rows.integer(23);
        o.sourceFile = intern(rows.text(24));
        o.sourceLine = rows.integer(25);
        const auto found = meddpicc.constFind(QByteArray::fromRawData(id.data(), id.size()));
        if (found != meddpicc.constEnd())
            o.meddpicc = found.value();
        builder.addOpportunity(o);
    }
    if (!rows.done()) {
        error = rows.error();
        return false;
    }
    return true;
}

bool loadSnapshotsQt(QSqlQuery &query, DatasetBuilder &builder)
{
    if (!query.exec(QString::fromLatin1(snapshotSql())))
        return false;
    while (query.next()) {
        const QByteArray asOf = query.value(0).toString().toUtf8();
        const QByteArray id = query.value(1).toString().toUtf8();
        const QByteArray owner = query.value(2).toString().toUtf8();
        const QByteArray stage = query.value(3).toString().toUtf8();
        const QByteArray category = query.value(4).toString().toUtf8();
        const QByteArray currency = query.value(6).toString().toUtf8();
        const QByteArray close = query.value(7).toString().toUtf8();
        const QByteArray entered = query.value(8).toString().toUtf8();
        const QByteArray activity = query.value(9).toString().toUtf8();
        DatasetBuilder::RawSnapshot row;
        row.asOf = DatasetBuilder::parseDay(viewOf(asOf));
        row.opportunityId = viewOf(id);
        row.ownerId = viewOf(owner);
        row.stage = viewOf(stage);
        row.category = viewOf(category);
        row.amount = centsOf(query.value(5));
        row.currency = viewOf(currency);
        row.closeDay = DatasetBuilder::parseDay(viewOf(close));
        row.stageEnteredDay = DatasetBuilder::parseDay(viewOf(entered));
        row.lastActivityDay = DatasetBuilder::parseDay(viewOf(activity));
        builder.addSnapshot(row);
    }
    return true;
}

} // namespace

Result<std::shared_ptr<const Dataset>> DatasetLoader::load(const Database &database)
{
    const std::optional<DatasetCache::Stamp> stamp = DatasetCache::stampOf(database);
    if (stamp) {
        if (std::shared_ptr<const Dataset> cached = DatasetCache::read(*stamp))
            return cached;
    }
    auto loaded = loadFromSql(database);
#ifdef __GLIBC__
    // The builder's tables (tens of MB of small blocks) are free now; hand them back before the
    // image is written, or the process keeps them as peak memory for its whole run.
    malloc_trim(0);
#endif
    if (loaded && stamp)
        DatasetCache::write(*stamp, *loaded.value());
    return loaded;
}

Result<std::shared_ptr<const Dataset>> DatasetLoader::loadFromSql(const Database &database)
{
    const QSqlDatabase db = database.connection();
    DatasetBuilder builder;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failed = [&](const char *what) {
        return Database::databaseError(tr("cannot read %1").arg(QLatin1String(what)), db);
    };

    builder.setReportingCurrency(database.setting(QStringLiteral("reporting_currency"), QStringLiteral("USD")));

    if (!query.exec(QStringLiteral("SELECT code, rate, is_reporting FROM currency_rate ORDER BY code")))
        return failed("currency_rate");
    while (query.next())
        builder.addRate({query.value(0).toString(), query.value(1).toDouble(), query.value(2).toInt() != 0});
    // Dated rates came with schema 4; a read-only file one step behind is read without them.
    if (SqlDialect::forDatabase(db).schemaVersion(db) >= 4) {
        if (!query.exec(QStringLiteral("SELECT code, start_date, rate FROM currency_rate_dated ORDER BY code, start_date")))
            return failed("currency_rate_dated");
        while (query.next()) {
            CurrencyRate rate;
            rate.code = query.value(0).toString();
            rate.startDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            rate.rate = query.value(2).toDouble();
            if (rate.startDate.isValid())
                builder.addRate(rate);
        }
    }

    if (!query.exec(QStringLiteral("SELECT name, probability, sort_order, is_won, is_lost FROM stage "
                                   "ORDER BY sort_order, name")))
        return failed("stage");
    while (query.next()) {
        Stage stage;
        stage.name = query.value(0).toString();
        stage.probability = query.value(1).toInt();
        stage.sortOrder = query.value(2).toInt();
        stage.isWon = query.value(3).toInt() != 0;
        stage.isLost = query.value(4).toInt() != 0;
        builder.addStage(stage);
    }

    if (!query.exec(QStringLiteral("SELECT id, name, district, region, role, ramp_start FROM rep ORDER BY id")))
        return failed("rep");
    while (query.next()) {
        Rep rep;
        rep.id = query.value(0).toString();
        rep.name = query.value(1).toString();
        rep.district = query.value(2).toString();
        rep.region = query.value(3).toString();
        rep.role = query.value(4).toString();
        rep.rampStart = dateOf(query.value(5));
        builder.addRep(rep);
    }

    if (!query.exec(QStringLiteral("SELECT rep_id, period, amount FROM quota")))
        return failed("quota");
    while (query.next())
        builder.addQuota(query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong());

    if (!query.exec(QStringLiteral("SELECT id, name, segment, industry, arr, currency, renewal_date, "
                                   "executive_sponsor FROM account ORDER BY id")))
        return failed("account");
    while (query.next()) {
        Account account;
        account.id = query.value(0).toString();
        account.name = query.value(1).toString();
        account.segment = query.value(2).toString();
        account.industry = query.value(3).toString();
        account.arr = query.value(4).toLongLong();
        account.currency = query.value(5).toString();
        account.renewalDate = dateOf(query.value(6));
        account.executiveSponsor = query.value(7).toString();
        builder.addAccount(account);
    }

    if (sqlite3 *const handle = sqliteHandle(db)) {
        // ~700k rows at 100k deals: one shared QString per account id.
        TextInterner intern;
        SqliteRows rows(handle, "SELECT account_id, reading_date, score FROM health_reading");
        while (rows.next())
            builder.addHealthReading({intern(rows.text(0)), dateOfText(rows.text(1)), int(rows.integer(2))});
        if (!rows.done())
            return failed("health_reading");
    } else {
        if (!query.exec(QStringLiteral("SELECT account_id, reading_date, score FROM health_reading")))
            return failed("health_reading");
        while (query.next())
            builder.addHealthReading({query.value(0).toString(), dateOf(query.value(1)), query.value(2).toInt()});
    }

    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM opportunity")) && query.next())
        builder.reserveOpportunities(query.value(0).toLongLong());
    sqlite3 *const handle = sqliteHandle(db);
    if (handle) {
        QString detail;
        if (!loadOpportunitiesSqlite(handle, builder, detail)) {
            Error error;
            error.kind = Error::Kind::Database;
            error.message = tr("cannot read %1").arg(QStringLiteral("opportunity (%1)").arg(detail));
            return error;
        }
    } else if (Status read = loadOpportunitiesQt(db, builder); !read) {
        return read.error();
    }


#ifdef __GLIBC__
    // The MEDDPICC table by deal (~35 MB of small blocks at 100k deals) is freed: return it to
    // the system before the 110 MB of snapshot rows, or it stays in the peak for the whole run.
    malloc_trim(0);
#endif
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM snapshot")) && query.next())
        builder.reserveSnapshots(query.value(0).toLongLong());
    if (handle) {
        if (!loadSnapshotsSqlite(handle, builder)) {
            Error error;
            error.kind = Error::Kind::Database;
            error.message = tr("cannot read snapshot (%1)").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
            return error;
        }
    } else if (!loadSnapshotsQt(query, builder)) {
        return failed("snapshot");
    }

    if (!query.exec(QStringLiteral("SELECT rep_id, period, week_start, commit_amount, best_case_amount "
                                   "FROM forecast_call")))
        return failed("forecast_call");
    while (query.next()) {
        ForecastCall call;
        call.repId = query.value(0).toString();
        call.period = query.value(1).toString();
        call.weekStart = dateOf(query.value(2));
        call.commit = query.value(3).toLongLong();
        call.bestCase = query.value(4).toLongLong();
        builder.addForecastCall(call);
    }

    return std::shared_ptr<const Dataset>(builder.finish());
}

Status DatasetLoader::loadOpportunitiesQt(const QSqlDatabase &db, DatasetBuilder &builder)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failed = [&](const char *what) {
        return Database::databaseError(tr("cannot read %1").arg(QLatin1String(what)), db);
    };
    // MEDDPICC first, keyed by opportunity, so opportunities are complete when added.
    QHash<QString, Meddpicc> meddpicc;
    if (!query.exec(QStringLiteral("SELECT opportunity_id, element, level, note FROM meddpicc")))
        return failed("meddpicc");
    while (query.next()) {
        const auto element = meddpiccFromKey(query.value(1).toString());
        if (!element)
            continue;
        MeddpiccEntry &entry = meddpicc[query.value(0).toString()][size_t(*element)];
        entry.level = evidenceLevelFromKey(query.value(2).toString());
        entry.note = query.value(3).toString();
    }

    if (!query.exec(QString::fromLatin1(opportunitySql())))
        return failed("opportunity");
    while (query.next()) {
        Opportunity o;
        o.id = query.value(0).toString();
        o.accountId = query.value(1).toString();
        o.ownerId = query.value(2).toString();
        o.name = query.value(3).toString();
        o.type = dealTypeFromKey(query.value(4).toString()).value_or(DealType::New);
        o.stage = query.value(5).toString();
        o.category = forecastCategoryFromKey(query.value(6).toString()).value_or(ForecastCategory::Pipeline);
        o.amount = centsOf(query.value(7));
        o.currency = query.value(8).toString();
        o.closeDate = dateOf(query.value(9));
        o.createdDate = dateOf(query.value(10));
        o.stageEnteredDate = dateOf(query.value(11));
        o.lastActivityDate = dateOf(query.value(12));
        o.nextStep = query.value(13).toString();
        o.source = query.value(14).toString();
        o.partner = query.value(15).toString();
        o.poc.status = pocStatusFromKey(query.value(16).toString());
        o.poc.start = dateOf(query.value(17));
        o.poc.plannedEnd = dateOf(query.value(18));
        o.poc.lastCheckIn = dateOf(query.value(19));
        o.poc.successCriteriaDefined = query.value(20).toInt() != 0;
        o.securityReview = reviewStatusFromKey(query.value(21).toString());
        o.legalReview = reviewStatusFromKey(query.value(22).toString());
        o.importId = query.value(23).toLongLong();
        o.sourceFile = query.value(24).toString();
        o.sourceLine = query.value(25).toLongLong();
        const auto found = meddpicc.constFind(o.id);
        if (found != meddpicc.constEnd())
            o.meddpicc = found.value();
        builder.addOpportunity(o);
    }
    meddpicc.clear();
    return Done{};
}

std::shared_ptr<const Dataset> DatasetLoader::fromCrmData(const CrmData &data)
{
    DatasetBuilder builder;
    if (!data.reportingCurrency.isEmpty())
        builder.setReportingCurrency(data.reportingCurrency);
    for (const CurrencyRate &rate : data.currencyRates)
        builder.addRate(rate);
    for (const Stage &stage : data.stages)
        builder.addStage(stage);
    std::vector<Rep> reps = data.reps;
    std::sort(reps.begin(), reps.end(), [](const Rep &a, const Rep &b) { return a.id < b.id; });
    for (const Rep &rep : reps)
        builder.addRep(rep);
    for (const Quota &quota : data.quotas)
        builder.addQuota(quota.repId, quota.period, quota.amount);
    for (const Account &account : data.accounts)
        builder.addAccount(account);
    for (const HealthReading &reading : data.healthReadings)
        builder.addHealthReading(reading);
    // Same order as the database path (ORDER BY id, byte order) so indices match.
    std::vector<const Opportunity *> opportunities;
    for (const Opportunity &o : data.opportunities)
        opportunities.push_back(&o);
    std::sort(opportunities.begin(), opportunities.end(),
              [](const Opportunity *a, const Opportunity *b) { return a->id.toUtf8() < b->id.toUtf8(); });
    for (const Opportunity *o : opportunities)
        builder.addOpportunity(*o);
    for (const SnapshotRow &snapshot : data.snapshots) {
        const QByteArray id = snapshot.opportunityId.toUtf8();
        const QByteArray owner = snapshot.ownerId.toUtf8();
        const QByteArray stage = snapshot.stage.toUtf8();
        const QByteArray category = forecastCategoryKey(snapshot.category).toUtf8();
        const QByteArray currency = snapshot.currency.toUtf8();
        DatasetBuilder::RawSnapshot row;
        row.asOf = snapshot.asOf.isValid() ? DayNumber(snapshot.asOf.toJulianDay()) : NoDay;
        row.opportunityId = id;
        row.ownerId = owner;
        row.stage = stage;
        row.category = category;
        row.amount = snapshot.amount;
        row.currency = currency;
        row.closeDay = snapshot.closeDate.isValid() ? DayNumber(snapshot.closeDate.toJulianDay()) : NoDay;
        row.stageEnteredDay =
            snapshot.stageEnteredDate.isValid() ? DayNumber(snapshot.stageEnteredDate.toJulianDay()) : NoDay;
        row.lastActivityDay =
            snapshot.lastActivityDate.isValid() ? DayNumber(snapshot.lastActivityDate.toJulianDay()) : NoDay;
        builder.addSnapshot(row);
    }
    for (const ForecastCall &call : data.forecastCalls)
        builder.addForecastCall(call);
    return std::shared_ptr<const Dataset>(builder.finish());
}

} // namespace dmc
