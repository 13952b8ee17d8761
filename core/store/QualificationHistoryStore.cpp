#include "QualificationHistoryStore.h"

#include "store/Database.h"
#include "store/RowCursor.h"
#include "store/SqlDialect.h"
#include "store/SqliteStatement.h"
#include "store/StoredValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace dmc {

namespace {

constexpr int FirstHistorySchema = 12;

// The level / status columns hold the CRM's keys, '' where the export gave no value (as the
// opportunity and meddpicc tables do).
QStringList columns()
{
    QStringList list{QStringLiteral("opportunity_id"), QStringLiteral("valid_from")};
    for (int i = 0; i < MeddpiccElementCount; ++i)
        list << QStringLiteral("meddpicc_") + meddpiccKey(MeddpiccElement(i));
    list << QStringLiteral("poc_status") << QStringLiteral("poc_start") << QStringLiteral("poc_planned_end")
         << QStringLiteral("poc_last_check_in") << QStringLiteral("poc_success_criteria")
         << QStringLiteral("security_review") << QStringLiteral("legal_review") << QStringLiteral("next_step")
         << QStringLiteral("import_id");
    return list;
}

QVariantList valuesOf(const QualificationRecord &record, qint64 importId)
{
    QVariantList values{record.opportunityId, isoDateOrNull(record.validFrom)};
    const QualificationState &s = record.state;
    for (const std::optional<EvidenceLevel> &level : s.meddpicc)
        values << evidenceLevelKey(level);
    values << pocStatusKey(s.poc.status) << isoDateOrNull(s.poc.start) << isoDateOrNull(s.poc.plannedEnd)
           << isoDateOrNull(s.poc.lastCheckIn) << int(s.poc.successCriteriaDefined) << reviewStatusKey(s.securityReview)
           << reviewStatusKey(s.legalReview) << s.nextStep << (importId > 0 ? QVariant(importId) : QVariant());
    return values;
}

// The record of the state in effect on `day` among one deal's rows (sorted by date).
const QualificationRecord *inEffect(const std::vector<const QualificationRecord *> &rows, const QDate &day)
{
    const QualificationRecord *found = nullptr;
    for (const QualificationRecord *row : rows)
        if (row->validFrom <= day)
            found = row;
    return found ? found : (rows.empty() ? nullptr : rows.front());
}

} // namespace

QualificationHistoryStore::QualificationHistoryStore(const Database &database)
    : m_database(database)
{
}

Result<std::vector<QualificationRecord>> QualificationHistoryStore::read() const
{
    const QSqlDatabase db = m_database.connection();
    std::vector<QualificationRecord> records;
    if (SqlDialect::forDatabase(db).schemaVersion(db) < FirstHistorySchema)
        return records;
    QStringList selected = columns();
    selected.removeLast(); // import_id: where a row came from, not part of the values
    RowCursor rows(db,
                   QStringLiteral("SELECT %1 FROM qualification_history ORDER BY opportunity_id, valid_from")
                       .arg(selected.join(QLatin1String(", "))));
    while (rows.next()) {
        QualificationRecord record;
        record.opportunityId = rows.string(0);
        record.validFrom = rows.date(1);
        int column = 2;
        for (std::optional<EvidenceLevel> &level : record.state.meddpicc)
            level = evidenceLevelFromKey(rows.string(column++));
        QualificationState &s = record.state;
        s.poc.status = pocStatusFromKey(rows.string(column++));
        s.poc.start = rows.date(column++);
        s.poc.plannedEnd = rows.date(column++);
        s.poc.lastCheckIn = rows.date(column++);
        s.poc.successCriteriaDefined = rows.integer(column++) != 0;
        s.securityReview = reviewStatusFromKey(rows.string(column++));
        s.legalReview = reviewStatusFromKey(rows.string(column++));
        s.nextStep = rows.string(column++);
        records.push_back(std::move(record));
    }
    if (rows.failed())
        return Database::databaseError(tr("cannot read %1").arg(QStringLiteral("qualification_history")),
                                       rows.lastError());
    return records;
}

Status QualificationHistoryStore::write(const std::vector<QualificationRecord> &records, qint64 importId) const
{
    if (records.empty())
        return Done{};
    const QSqlDatabase db = m_database.connection();
    const QStringList names = columns();
    QStringList marks, updates;
    for (const QString &name : names) {
        marks << QStringLiteral("?");
        if (name != QLatin1String("opportunity_id") && name != QLatin1String("valid_from"))
            updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    const QString sql =
        QStringLiteral("INSERT INTO qualification_history (%1) VALUES (%2) "
                       "ON CONFLICT (opportunity_id, valid_from) DO UPDATE SET %3")
            .arg(names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")), updates.join(QLatin1String(", ")));
    const auto failed = [&](const QString &reason) {
        return Database::databaseError(tr("cannot write %1").arg(QStringLiteral("qualification_history")), reason);
    };
    // The first import of a company writes a row per deal: the raw statement on SQLite.
    if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
        SqliteStatement statement(handle, sql);
        if (!statement.isValid())
            return failed(statement.lastError());
        for (const QualificationRecord &record : records) {
            const QVariantList values = valuesOf(record, importId);
            for (int i = 0; i < values.size(); ++i)
                statement.bind(i, values.at(i));
            if (!statement.exec())
                return failed(statement.lastError());
        }
        return Done{};
    }
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return failed(query.lastError().text());
    for (const QualificationRecord &record : records) {
        const QVariantList values = valuesOf(record, importId);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // A null QString would bind as SQL NULL; the text columns are NOT NULL with '' for empty.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.bindValue(i, QStringLiteral(""));
            else
                query.bindValue(i, value);
        }
        if (!query.exec())
            return failed(query.lastError().text());
    }
    return Done{};
}

Result<qint64> QualificationHistoryStore::recordChanges(const std::vector<QualificationRecord> &current,
                                                        const QDate &asOf, qint64 importId) const
{
    if (current.empty() || !asOf.isValid())
        return qint64(0);
    auto stored = read();
    if (!stored)
        return stored.error();
    QHash<QString, std::vector<const QualificationRecord *>> byDeal;
    for (const QualificationRecord &record : stored.value())
        byDeal[record.opportunityId].push_back(&record);
    std::vector<QualificationRecord> changes;
    for (const QualificationRecord &deal : current) {
        const QualificationRecord *then = inEffect(byDeal.value(deal.opportunityId), asOf);
        if (then && then->state.sameAs(deal.state))
            continue;
        QualificationRecord change = deal;
        change.validFrom = asOf;
        changes.push_back(std::move(change));
    }
    if (Status written = write(changes, importId); !written)
        return written.error();
    return qint64(changes.size());
}

} // namespace dmc
