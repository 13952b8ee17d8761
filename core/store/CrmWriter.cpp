#include "CrmWriter.h"

#include "domain/IsoDateDigits.h"
#include "store/Database.h"
#include "store/QualificationHistoryStore.h"
#include "store/Schema.h"
#include "store/SnapshotSink.h"
#include "store/SqliteStatement.h"
#include "store/StoredValues.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace dmc {

namespace {

// NULL (an invalid QVariant) for "no date" / "no amount": the schema keeps unknown apart from zero.
QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    // QDate::toString goes through QString::asprintf: 3% of a 100k-deal import.
    char text[10];
    if (!IsoDateDigits::write(year, month, day, text))
        return date.toString(Qt::ISODate);
    return QString::fromLatin1(text, 10);
}

QVariant amountValue(const std::optional<Cents> &amount)
{
    return amount ? QVariant(static_cast<qlonglong>(*amount)) : QVariant();
}

// "INSERT INTO t (a, b, c) VALUES (?, ?, ?) ON CONFLICT (a) DO UPDATE SET b = excluded.b, ..."
// Portable: SQLite >= 3.24 and PostgreSQL share this upsert syntax.
QString upsertSql(const QString &table, const QStringList &columns, const QStringList &keys)
{
    QStringList marks;
    QStringList updates;
    for (const QString &column : columns) {
        marks << QStringLiteral("?");
        if (!keys.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")),
                           keys.join(QLatin1String(", ")));
    sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                             : QStringLiteral("DO UPDATE SET ") + updates.join(QLatin1String(", "));
    return sql;
}

// One prepared statement on a table (an upsert, or a delete by key), bound and executed per row.
// On SQLite it runs on the raw sqlite3 handle (SqliteStatement): QSqlQuery's per-row cost was
// most of an import's time.
class RowStatement
{
public:
    // The upsert of `columns` by `keys`.
    RowStatement(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QStringList &keys)
        : RowStatement(db, table, upsertSql(table, columns, keys))
    {
    }

    RowStatement(const QSqlDatabase &db, const QString &table, const QString &sql)
        : m_table(table)
    {
        if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
            m_fast = std::make_unique<SqliteStatement>(handle, sql);
            m_prepared = m_fast->isValid();
        } else {
            m_query.emplace(db);
            m_prepared = m_query->prepare(sql);
        }
    }

    bool exec(const QVariantList &values)
    {
        if (!m_prepared)
            return false;
        if (m_fast) {
            for (int i = 0; i < values.size(); ++i)
                m_fast->bind(i, values.at(i));
            return m_fast->exec();
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // A null QString would bind as SQL NULL; text columns are NOT NULL with '' for empty.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                m_query->bindValue(i, QStringLiteral(""));
            else
                m_query->bindValue(i, value);
        }
        return m_query->exec();
    }

    // The raw statement on SQLite (typed binds for the largest tables), else nullptr.
    SqliteStatement *fast() const { return m_prepared ? m_fast.get() : nullptr; }
    QString table() const { return m_table; }
    QString lastError() const
    {
        return m_fast ? m_fast->lastError() : (m_query ? m_query->lastError().text() : QString());
    }

private:
    std::optional<QSqlQuery> m_query;
    std::unique_ptr<SqliteStatement> m_fast;
    QString m_table;
    bool m_prepared = false;
};

} // namespace

CrmWriter::CrmWriter(Database &database)
    : m_database(database)
{
}

Status CrmWriter::write(const CrmData &data, qint64 importId)
{
    const QSqlDatabase db = m_database.connection();
    auto failed = [&](const RowStatement &statement) {
        Error error;
        error.kind = Error::Kind::Database;
        error.message = tr("cannot write table %1 (%2)").arg(statement.table(), statement.lastError().trimmed());
        return error;
    };

    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, '1') ON CONFLICT (key) "
                                     "DO UPDATE SET value = CAST(CAST(setting.value AS INTEGER) + 1 AS TEXT)"));
        query.addBindValue(generationKey());
        QSqlQuery identity(db);
        identity.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO NOTHING"));
        identity.addBindValue(databaseIdKey());
        identity.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!query.exec() || !identity.exec())
            return Database::databaseError(tr("cannot write table %1").arg(QStringLiteral("setting")), db);
    }

    if (!data.reportingCurrency.isEmpty()) {
        if (Status saved = m_database.setSetting(QStringLiteral("reporting_currency"), data.reportingCurrency); !saved)
            return saved;
    }
    // The profile's source-group table replaces the stored one; an import without one keeps it.
    if (!data.sourceGroups.isEmpty()) {
        QJsonObject groups;
        for (auto it = data.sourceGroups.cbegin(); it != data.sourceGroups.cend(); ++it)
            groups.insert(it.key(), sourceGroupKey(it.value()));
        const QString json = QString::fromUtf8(QJsonDocument(groups).toJson(QJsonDocument::Compact));
        if (Status saved = m_database.setSetting(QStringLiteral("source_groups"), json); !saved)
            return saved;
    }

    // Parents before children, so foreign keys hold at every row.
    {
        RowStatement upsert(db, QStringLiteral("stage"),
                            {QStringLiteral("name"), QStringLiteral("probability"), QStringLiteral("sort_order"),
                             QStringLiteral("is_won"), QStringLiteral("is_lost")},
                            {QStringLiteral("name")});
        for (const Stage &stage : data.stages)
            if (!upsert.exec({stage.name, stage.probability, stage.sortOrder, int(stage.isWon), int(stage.isLost)}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("currency_rate"),
                            {QStringLiteral("code"), QStringLiteral("rate"), QStringLiteral("is_reporting")},
                            {QStringLiteral("code")});
        for (const CurrencyRate &rate : data.currencyRates)
            if (!rate.startDate.isValid() && !upsert.exec({rate.code, rate.rate, int(rate.isReporting)}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("currency_rate_dated"),
                            {QStringLiteral("code"), QStringLiteral("start_date"), QStringLiteral("rate")},
                            {QStringLiteral("code"), QStringLiteral("start_date")});
        for (const CurrencyRate &rate : data.currencyRates)
            if (rate.startDate.isValid() && !upsert.exec({rate.code, dateValue(rate.startDate), rate.rate}))
                return failed(upsert);
    }
    if (!data.reportingCurrency.isEmpty()) {
        // One reporting currency: a rate row flagged for another one would override the setting.
        QSqlQuery flag(db);
        flag.prepare(QStringLiteral("UPDATE currency_rate SET is_reporting = CASE WHEN code = ? THEN 1 ELSE 0 END"));
        flag.addBindValue(data.reportingCurrency);
        if (!flag.exec())
            return Database::databaseError(tr("cannot write table %1").arg(QStringLiteral("currency_rate")), db);
    }
    {
        RowStatement upsert(db, QStringLiteral("rep"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("district"),
                             QStringLiteral("region"), QStringLiteral("role"), QStringLiteral("ramp_start")},
                            {QStringLiteral("id")});
        for (const Rep &rep : data.reps)
            if (!upsert.exec({rep.id, rep.name, rep.district, rep.region, rep.role, dateValue(rep.rampStart)}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("quota"),
                            {QStringLiteral("rep_id"), QStringLiteral("period"), QStringLiteral("amount")},
                            {QStringLiteral("rep_id"), QStringLiteral("period")});
        for (const Quota &quota : data.quotas)
            if (!upsert.exec({quota.repId, quota.period, static_cast<qlonglong>(quota.amount)}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("account"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("segment"),
                             QStringLiteral("industry"), QStringLiteral("arr"), QStringLiteral("currency"),
                             QStringLiteral("renewal_date"), QStringLiteral("executive_sponsor")},
                            {QStringLiteral("id")});
        for (const Account &account : data.accounts)
            if (!upsert.exec({account.id, account.name, account.segment, account.industry,
                              static_cast<qlonglong>(account.arr), account.currency, dateValue(account.renewalDate),
                              account.executiveSponsor}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("health_reading"),
                            {QStringLiteral("account_id"), QStringLiteral("reading_date"), QStringLiteral("score")},
                            {QStringLiteral("account_id"), QStringLiteral("reading_date")});
        for (const HealthReading &reading : data.healthReadings)
            if (!upsert.exec({reading.accountId, dateValue(reading.date), reading.score}))
                return failed(upsert);
    }
    {
        RowStatement upsert(db, QStringLiteral("opportunity"),
                            {QStringLiteral("id"),
                             QStringLiteral("account_id"),
                             QStringLiteral("owner_id"),
                             QStringLiteral("name"),
                             QStringLiteral("type"),
                             QStringLiteral("stage"),
                             QStringLiteral("category"),
                             QStringLiteral("amount"),
                             QStringLiteral("currency"),
                             QStringLiteral("close_date"),
                             QStringLiteral("created_date"),
                             QStringLiteral("stage_entered_date"),
                             QStringLiteral("last_activity_date"),
                             QStringLiteral("next_step"),
                             QStringLiteral("source"),
                             QStringLiteral("partner"),
                             QStringLiteral("poc_status"),
                             QStringLiteral("poc_start"),
                             QStringLiteral("poc_planned_end"),
                             QStringLiteral("poc_last_check_in"),
                             QStringLiteral("poc_success_criteria"),
                             QStringLiteral("security_review"),
                             QStringLiteral("legal_review"),
                             QStringLiteral("import_id"),
                             QStringLiteral("source_file"),
                             QStringLiteral("source_line"),
                             QStringLiteral("loss_reason"),
                             QStringLiteral("competitor")},
                            {QStringLiteral("id")});
        RowStatement meddpicc(db, QStringLiteral("meddpicc"),
                              {QStringLiteral("opportunity_id"), QStringLiteral("element"), QStringLiteral("level"),
                               QStringLiteral("note")},
                              {QStringLiteral("opportunity_id"), QStringLiteral("element")});
        const QVariant noImport;
        std::array<QString, MeddpiccElementCount> elementKeys;
        for (int i = 0; i < MeddpiccElementCount; ++i)
            elementKeys[size_t(i)] = meddpiccKey(static_cast<MeddpiccElement>(i));
        // Index 0: no level in the export (stored as ""), then None, Partial, Confirmed.
        const std::array<QString, 4> levelKeys{QStringLiteral(""), evidenceLevelKey(EvidenceLevel::None),
                                               evidenceLevelKey(EvidenceLevel::Partial),
                                               evidenceLevelKey(EvidenceLevel::Confirmed)};
        auto levelKey = [&](const MeddpiccEntry &entry) -> const QString & {
            return levelKeys[entry.level ? size_t(*entry.level) + 1 : 0];
        };
        // A deal without any MEDDPICC level or note has no rows: a Salesforce export carries none,
        // and eight empty rows a deal were 800k rows and their index at company scale, written by
        // the import and read back by every load. A deal that lost its last value loses its rows;
        // into a table still empty there is nothing to delete.
        RowStatement forgetMeddpicc(db, QStringLiteral("meddpicc"),
                                    QStringLiteral("DELETE FROM meddpicc WHERE opportunity_id = ?"));
        bool meddpiccMayHoldRows = true;
        {
            QSqlQuery any(db);
            meddpiccMayHoldRows = !any.exec(QStringLiteral("SELECT 1 FROM meddpicc LIMIT 1")) || any.next();
        }
        for (const Opportunity &o : data.opportunities) {
            const QVariant import =
                importId > 0 ? QVariant(importId) : (o.importId > 0 ? QVariant(o.importId) : noImport);
            if (SqliteStatement *fast = upsert.fast()) {
                // 100k deals at company scale: typed binds, no list of 26 QVariants a row.
                int column = 0;
                auto text = [&](const QString &value) { fast->bindText(column++, value); };
                auto date = [&](const QDate &value) { fast->bindIsoDate(column++, value); };
                auto integer = [&](qint64 value) { fast->bindInteger(column++, value); };
                auto null = [&] { fast->bindNull(column++); };
                text(o.id);
                o.accountId.isEmpty() ? null() : text(o.accountId);
                text(o.ownerId);
                text(o.name);
                text(dealTypeKey(o.type));
                text(o.stage);
                text(forecastCategoryKey(o.category));
                o.amount ? integer(*o.amount) : null();
                text(o.currency);
                date(o.closeDate);
                date(o.createdDate);
                date(o.stageEnteredDate);
                date(o.lastActivityDate);
                text(o.nextStep);
                text(o.source);
                text(o.partner);
                text(pocStatusKey(o.poc.status));
                date(o.poc.start);
                date(o.poc.plannedEnd);
                date(o.poc.lastCheckIn);
                integer(int(o.poc.successCriteriaDefined));
                text(reviewStatusKey(o.securityReview));
                text(reviewStatusKey(o.legalReview));
                importId > 0 ? integer(importId) : (o.importId > 0 ? integer(o.importId) : null());
                text(o.sourceFile);
                integer(o.sourceLine);
                text(o.lossReason);
                text(o.competitor);
                if (!fast->exec())
                    return failed(upsert);
            } else if (!upsert.exec({o.id,
                                     textOrNull(o.accountId),
                                     o.ownerId,
                                     o.name,
                                     dealTypeKey(o.type),
                                     o.stage,
                                     forecastCategoryKey(o.category),
                                     amountValue(o.amount),
                                     o.currency,
                                     dateValue(o.closeDate),
                                     dateValue(o.createdDate),
                                     dateValue(o.stageEnteredDate),
                                     dateValue(o.lastActivityDate),
                                     o.nextStep,
                                     o.source,
                                     o.partner,
                                     pocStatusKey(o.poc.status),
                                     dateValue(o.poc.start),
                                     dateValue(o.poc.plannedEnd),
                                     dateValue(o.poc.lastCheckIn),
                                     int(o.poc.successCriteriaDefined),
                                     reviewStatusKey(o.securityReview),
                                     reviewStatusKey(o.legalReview),
                                     import,
                                     o.sourceFile,
                                     static_cast<qlonglong>(o.sourceLine),
                                     o.lossReason,
                                     o.competitor})) {
                return failed(upsert);
            }
            if (o.meddpicc.isEmpty()) {
                if (meddpiccMayHoldRows && !forgetMeddpicc.exec({o.id}))
                    return failed(forgetMeddpicc);
                continue;
            }
            meddpiccMayHoldRows = true;
            // All eight rows every time, so a level that went back to "none" is stored too.
            for (int i = 0; i < MeddpiccElementCount; ++i) {
                const MeddpiccEntry &entry = o.meddpicc[size_t(i)];
                if (SqliteStatement *fast = meddpicc.fast()) {
                    // Eight rows a deal (800k at company scale): typed binds, no QVariant list.
                    fast->bindText(0, o.id);
                    fast->bindText(1, elementKeys[size_t(i)]);
                    fast->bindText(2, levelKey(entry));
                    fast->bindText(3, entry.note);
                    if (!fast->exec())
                        return failed(meddpicc);
                } else if (!meddpicc.exec({o.id, elementKeys[size_t(i)], levelKey(entry), entry.note})) {
                    return failed(meddpicc);
                }
            }
        }
    }
    // The qualification change points the data gives (a file, a field history, the demo).
    if (Status written = QualificationHistoryStore(m_database).write(data.qualificationHistory); !written)
        return written;
    {
        SnapshotSink sink(m_database);
        if (Status opened = sink.open(); !opened)
            return opened;
        for (const SnapshotRow &row : data.snapshots)
            if (Status added = sink.add(row); !added)
                return added;
    }
    {
        RowStatement upsert(db, QStringLiteral("forecast_call"),
                            {QStringLiteral("rep_id"), QStringLiteral("period"), QStringLiteral("week_start"),
                             QStringLiteral("commit_amount"), QStringLiteral("best_case_amount")},
                            {QStringLiteral("rep_id"), QStringLiteral("period"), QStringLiteral("week_start")});
        for (const ForecastCall &call : data.forecastCalls)
            if (!upsert.exec({call.repId, call.period, dateValue(call.weekStart), static_cast<qlonglong>(call.commit),
                              static_cast<qlonglong>(call.bestCase)}))
                return failed(upsert);
    }
    // POCs after their deals, their rows after them (docs/canonical-format.md).
    {
        const PocRecords &pocs = data.pocs;
        RowStatement poc(db, QStringLiteral("poc"),
                         {QStringLiteral("id"), QStringLiteral("opportunity_id"), QStringLiteral("status"),
                          QStringLiteral("outcome"), QStringLiteral("start_date"), QStringLiteral("planned_end"),
                          QStringLiteral("actual_end"), QStringLiteral("environment_ready"),
                          QStringLiteral("data_ready"), QStringLiteral("evaluator"), QStringLiteral("exit_plan"),
                          QStringLiteral("next_step_agreed"), QStringLiteral("go_live")},
                         {QStringLiteral("id")});
        for (const PocRecord &p : pocs.pocs)
            if (!poc.exec({p.id, p.opportunityId, pocPhaseKey(p.phase), pocOutcomeKey(p.outcome), dateValue(p.start),
                           dateValue(p.plannedEnd), dateValue(p.actualEnd), dateValue(p.environmentReady),
                           int(p.dataReady), p.evaluator, int(p.exitPlan), int(p.nextStepAgreed), dateValue(p.goLive)}))
                return failed(poc);
        RowStatement criterion(db, QStringLiteral("poc_criterion"),
                               {QStringLiteral("id"), QStringLiteral("poc_id"), QStringLiteral("objective"),
                                QStringLiteral("metric"), QStringLiteral("target"), QStringLiteral("method"),
                                QStringLiteral("evidence"), QStringLiteral("result"), QStringLiteral("result_date"),
                                QStringLiteral("recorded_date"), QStringLiteral("changed_date")},
                               {QStringLiteral("id")});
        for (const PocCriterion &c : pocs.criteria)
            if (!criterion.exec({c.id, c.pocId, c.objective, c.metric, c.target, c.method, c.evidence,
                                 criterionResultKey(c.result), dateValue(c.resultDate), dateValue(c.recordedDate),
                                 dateValue(c.changedDate)}))
                return failed(criterion);
        RowStatement checkIn(db, QStringLiteral("poc_check_in"),
                             {QStringLiteral("id"), QStringLiteral("poc_id"), QStringLiteral("planned_date"),
                              QStringLiteral("held_date"), QStringLiteral("note")},
                             {QStringLiteral("id")});
        for (const PocCheckIn &c : pocs.checkIns)
            if (!checkIn.exec({c.id, c.pocId, dateValue(c.plannedDate), dateValue(c.heldDate), c.note}))
                return failed(checkIn);
        RowStatement task(db, QStringLiteral("poc_task"),
                          {QStringLiteral("id"), QStringLiteral("poc_id"), QStringLiteral("side"),
                           QStringLiteral("title"), QStringLiteral("due_date"), QStringLiteral("done_date")},
                          {QStringLiteral("id")});
        for (const PocTask &t : pocs.tasks)
            if (!task.exec({t.id, t.pocId, taskSideKey(t.side), t.title, dateValue(t.dueDate), dateValue(t.doneDate)}))
                return failed(task);
    }
    {
        RowStatement upsert(db, QStringLiteral("ramp_curve"),
                            {QStringLiteral("role"), QStringLiteral("month"), QStringLiteral("percent")},
                            {QStringLiteral("role"), QStringLiteral("month")});
        for (const RampCurvePoint &point : data.rampCurves)
            if (!upsert.exec({point.role, point.month, point.percent}))
                return failed(upsert);
    }
    {
        // Every imported rep's row is rewritten, so a rep who is no longer a leaver or a planned
        // hire in the new export loses the old end date or flag.
        RowStatement upsert(db, QStringLiteral("rep_employment"),
                            {QStringLiteral("rep_id"), QStringLiteral("end_date"), QStringLiteral("planned")},
                            {QStringLiteral("rep_id")});
        QHash<QString, const RepEmployment *> employment;
        for (const RepEmployment &e : data.repEmployment)
            employment.insert(e.repId, &e);
        for (const Rep &rep : data.reps) {
            const RepEmployment *e = employment.value(rep.id);
            if (!upsert.exec({rep.id, e ? dateValue(e->endDate) : QVariant(), e && e->planned ? 1 : 0}))
                return failed(upsert);
        }
    }
    {
        RowStatement upsert(db, QStringLiteral("account_owner"),
                            {QStringLiteral("account_id"), QStringLiteral("rep_id"), QStringLiteral("from_date")},
                            {QStringLiteral("account_id"), QStringLiteral("from_date")});
        for (const AccountOwner &owner : data.accountOwners)
            if (!upsert.exec({owner.accountId, owner.repId, dateValue(owner.from)}))
                return failed(upsert);
    }
    // Plays and partners after the deals; each child after its parent (docs/canonical-format.md).
    {
        const PlayRecords &plays = data.plays;
        const auto cols = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *name : names)
                list << QLatin1String(name);
            return list;
        };
        const auto amountValue = [](const std::optional<Cents> &cents) {
            return cents ? QVariant(static_cast<qlonglong>(*cents)) : QVariant();
        };
        RowStatement partner(db, QStringLiteral("partner"),
                             cols({"id", "name", "capabilities", "segments", "vehicles"}), cols({"id"}));
        for (const Partner &p : plays.partners)
            if (!partner.exec(
                    {p.id, p.name, joinListCell(p.capabilities), joinListCell(p.segments), joinListCell(p.vehicles)}))
                return failed(partner);
        RowStatement dealPartner(db, QStringLiteral("opportunity_partner"),
                                 cols({"opportunity_id", "partner_id", "role", "is_primary", "registered_date",
                                       "first_touch_date"}),
                                 cols({"opportunity_id", "partner_id"}));
        for (const OpportunityPartner &p : plays.opportunityPartners)
            if (!dealPartner.exec({p.opportunityId, p.partnerId, p.role, int(p.isPrimary), dateValue(p.registeredDate),
                                   dateValue(p.firstTouchDate)}))
                return failed(dealPartner);
        RowStatement play(db, QStringLiteral("play"),
                          cols({"id", "name", "segments", "industries", "types", "regions", "min_amount", "max_amount",
                                "capabilities", "vehicles", "artifacts", "artifact_stage"}),
                          cols({"id"}));
        for (const Play &p : plays.plays)
            if (!play.exec({p.id, p.name, joinListCell(p.segments), joinListCell(p.industries), joinListCell(p.types),
                            joinListCell(p.regions), amountValue(p.minAmount), amountValue(p.maxAmount),
                            joinListCell(p.capabilities), joinListCell(p.vehicles), joinListCell(p.artifacts),
                            p.artifactStage}))
                return failed(play);
        RowStatement step(db, QStringLiteral("play_step"), cols({"id", "play_id", "title", "due_stage"}), cols({"id"}));
        for (const PlayStep &p : plays.steps)
            if (!step.exec({p.id, p.playId, p.title, p.dueStage}))
                return failed(step);
        RowStatement artifact(db, QStringLiteral("compliance_artifact"),
                              cols({"opportunity_id", "artifact", "status", "started", "done"}),
                              cols({"opportunity_id", "artifact"}));
        for (const ComplianceRecord &c : plays.compliance)
            if (!artifact.exec({c.opportunityId, c.artifact, artifactStatusKey(c.status), dateValue(c.started),
                                dateValue(c.done)}))
                return failed(artifact);
        RowStatement task(db, QStringLiteral("deal_task"),
                          cols({"id", "opportunity_id", "owner_role", "title", "due", "done", "depends_on", "step_id"}),
                          cols({"id"}));
        for (const DealTask &t : plays.tasks)
            if (!task.exec({t.id, t.opportunityId, taskRoleKey(t.ownerRole), t.title, dateValue(t.due),
                            dateValue(t.done), t.dependsOn, t.stepId}))
                return failed(task);
    }
    return Done{};
}

Status CrmWriter::removeAll()
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    QStringList tables = crmTables();
    std::reverse(tables.begin(), tables.end());
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return Database::databaseError(tr("cannot empty the table %1").arg(table), db);
    }
    return Done{};
}

} // namespace dmc
