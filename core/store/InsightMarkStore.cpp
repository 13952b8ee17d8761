#include "InsightMarkStore.h"

#include "store/BoundStatement.h"
#include "store/ActionsFile.h"
#include "store/Database.h"
#include "store/HistoryClock.h"
#include "store/RecordedNumbers.h"
#include "store/Transaction.h"
#include "store/StoredValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

const QString markColumns = QStringLiteral(
    "id, insight_key, rule_id, rep_id, district, region, status, note, recorded, episode, as_of, author, "
    "updated_at, version");

InsightMark readMark(const QSqlQuery &query)
{
    InsightMark mark;
    mark.id = query.value(0).toLongLong();
    mark.key = query.value(1).toString();
    mark.ruleId = query.value(2).toString();
    mark.repId = query.value(3).toString();
    mark.district = query.value(4).toString();
    mark.region = query.value(5).toString();
    mark.status = insightMarkStatusFromKey(query.value(6).toString()).value_or(InsightMarkStatus::Seen);
    mark.note = query.value(7).toString();
    mark.recorded = recordedNumbersFrom(query.value(8).toString());
    mark.episode = query.value(9).isNull() ? QDate() : QDate::fromString(query.value(9).toString(), Qt::ISODate);
    mark.asOf = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    mark.author = query.value(11).toString();
    mark.updatedAt = query.value(12).toString();
    mark.version = query.value(13).toInt();
    return mark;
}

} // namespace

InsightMarkStore::InsightMarkStore(Database &database, QString author)
    : m_database(database)
    , m_author(std::move(author))
{
}

Error InsightMarkStore::databaseError(const QString &what, const QSqlQuery *query) const
{
    Error error = Database::databaseError(what, m_database.connection());
    const QString detail = query ? query->lastError().text().trimmed() : QString();
    if (!detail.isEmpty())
        error.message = tr("%1 (%2)").arg(what, detail);
    return error;
}

bool InsightMarkStore::logChange(qint64 markId, const QString &field, const QString &oldValue, const QString &newValue,
                                 const QString &when) const
{
    if (oldValue == newValue)
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO dm_action_history (action_id, field, old_value, new_value, author, "
                                 "changed_at, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(markId);
    query.addBindValue(QString(QStringLiteral("insight_mark.") + field));
    query.addBindValue(textOrEmpty(oldValue));
    query.addBindValue(textOrEmpty(newValue));
    query.addBindValue(m_author);
    query.addBindValue(when);
    query.addBindValue(m_revertOf > 0 ? QVariant(m_revertOf) : QVariant(QMetaType(QMetaType::LongLong)));
    return execBound(query);
}

Result<std::vector<InsightMark>> InsightMarkStore::marks() const
{
    // A read-only file one schema behind has no table yet, and so no marks.
    if (m_database.isReadOnly() && !ActionsFile::hasTable(m_database, QStringLiteral("insight_mark")))
        return std::vector<InsightMark>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // A cleared mark is no mark: the insight reads as unmarked (mark() still finds the row).
    if (!query.exec(QStringLiteral("SELECT %1 FROM insight_mark WHERE status <> 'cleared' ORDER BY insight_key")
                        .arg(markColumns)))
        return databaseError(tr("cannot read the insight marks"), &query);
    std::vector<InsightMark> marks;
    while (query.next())
        marks.push_back(readMark(query));
    return marks;
}

Result<std::optional<InsightMark>> InsightMarkStore::mark(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM insight_mark WHERE insight_key = ?").arg(markColumns));
    query.addBindValue(textOrEmpty(key));
    if (!execBound(query))
        return databaseError(tr("cannot read the insight marks"), &query);
    if (!query.next())
        return std::optional<InsightMark>();
    return std::optional<InsightMark>(readMark(query));
}

Result<InsightMark> InsightMarkStore::save(const InsightMark &mark, int expectedVersion)
{
    if (mark.key.isEmpty() || mark.ruleId.isEmpty() || !mark.asOf.isValid()) {
        Error error;
        error.message = tr("an insight mark needs the insight's key, rule and as-of date");
        return error;
    }
    if (mark.status == InsightMarkStatus::Dismissed && mark.note.trimmed().isEmpty()) {
        Error error;
        error.message = tr("a dismissal needs a note");
        return error;
    }
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto existing = this->mark(mark.key);
    if (!existing)
        return existing.error();
    const QString when = HistoryClock::now();
    const QString status = insightMarkStatusKey(mark.status);
    const QString recorded = recordedNumbersText(mark.recorded);
    QSqlQuery query(m_database.connection());
    InsightMark before;
    if (!existing->has_value()) {
        if (expectedVersion != 0) {
            Error error;
            error.kind = Error::Kind::Conflict;
            error.message = tr("The mark on this insight was removed by another writer; nothing was saved");
            return error;
        }
        query.prepare(
            QStringLiteral("INSERT INTO insight_mark (insight_key, rule_id, rep_id, district, region, status, "
                           "note, recorded, episode, as_of, author, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        query.addBindValue(textOrEmpty(mark.key));
        query.addBindValue(textOrEmpty(mark.ruleId));
        query.addBindValue(textOrEmpty(mark.repId));
        query.addBindValue(textOrEmpty(mark.district));
        query.addBindValue(textOrEmpty(mark.region));
        query.addBindValue(status);
        query.addBindValue(textOrEmpty(mark.note));
        query.addBindValue(recorded);
        query.addBindValue(isoDateOrTextNull(mark.episode));
        query.addBindValue(mark.asOf.toString(Qt::ISODate));
        query.addBindValue(m_author);
        query.addBindValue(when);
        if (!execBound(query))
            return databaseError(tr("cannot save the insight mark"), &query);
        before.id = query.lastInsertId().toLongLong();
        // A new row logs its status so the history shows its start.
        if (!logChange(before.id, QStringLiteral("status"), QString(), status, when))
            return databaseError(tr("cannot log the insight mark"));
    } else {
        before = **existing;
        if (before.version != expectedVersion) {
            Error error;
            error.kind = Error::Kind::Conflict;
            error.current = before.note;
            error.message =
                tr("The mark on this insight was changed by %1 meanwhile; nothing was saved").arg(before.author);
            return error;
        }
        query.prepare(
            QStringLiteral("UPDATE insight_mark SET status = ?, note = ?, recorded = ?, episode = ?, as_of = ?, "
                           "author = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        query.addBindValue(status);
        query.addBindValue(textOrEmpty(mark.note));
        query.addBindValue(recorded);
        query.addBindValue(isoDateOrTextNull(mark.episode));
        query.addBindValue(mark.asOf.toString(Qt::ISODate));
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(before.id);
        query.addBindValue(expectedVersion);
        if (!execBound(query))
            return databaseError(tr("cannot save the insight mark"), &query);
        if (query.numRowsAffected() != 1) {
            Error error;
            error.kind = Error::Kind::Conflict;
            error.current = before.note;
            error.message = tr("The mark on this insight was changed by another writer; nothing was saved");
            return error;
        }
        if (!logChange(before.id, QStringLiteral("status"), insightMarkStatusKey(before.status), status, when))
            return databaseError(tr("cannot log the insight mark"));
    }
    if (!logChange(before.id, QStringLiteral("note"), before.note, mark.note, when)
        || !logChange(before.id, QStringLiteral("recorded"),
                      existing->has_value() ? recordedNumbersText(before.recorded) : QString(), recorded, when))
        return databaseError(tr("cannot log the insight mark"));
    auto saved = this->mark(mark.key);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the insight mark"));
    return **saved;
}

Result<std::vector<DmActionChange>> InsightMarkStore::history(qint64 markId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT action_id, field, old_value, new_value, author, changed_at "
                       "FROM dm_action_history WHERE action_id = ? AND field LIKE 'insight_mark.%' ORDER BY id"));
    query.addBindValue(markId);
    if (!execBound(query))
        return databaseError(tr("cannot read the insight mark history"), &query);
    std::vector<DmActionChange> changes;
    while (query.next())
        changes.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return changes;
}

} // namespace dmc
