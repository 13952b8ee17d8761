#include "ActionStore.h"

#include "store/BoundStatement.h"
#include "store/Database.h"
#include "store/HistoryClock.h"
#include "domain/FiscalCalendar.h"
#include "i18n/Translations.h"
#include "store/Transaction.h"
#include "store/StoredValues.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {

QString now()
{
    return HistoryClock::now();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

const QString actionColumns = QStringLiteral(
    "id, opportunity_id, rule_id, status, snooze_until, snooze_reason, note, author, updated_at, version");

DmAction readAction(const QSqlQuery &query)
{
    DmAction action;
    action.id = query.value(0).toLongLong();
    action.opportunityId = query.value(1).toString();
    action.ruleId = query.value(2).toString();
    action.status = dmActionStatusFromKey(query.value(3).toString()).value_or(DmActionStatus::Open);
    action.snoozeUntil = dateFrom(query.value(4));
    action.snoozeReason = query.value(5).toString();
    action.note = query.value(6).toString();
    action.author = query.value(7).toString();
    action.updatedAt = query.value(8).toString();
    action.version = query.value(9).toInt();
    return action;
}

const QString followUpColumns = QStringLiteral(
    "id, rep_id, opportunity_id, rule_id, text, owner, due_date, status, created_week, author, updated_at, version");

FollowUp readFollowUp(const QSqlQuery &query)
{
    FollowUp followUp;
    followUp.id = query.value(0).toLongLong();
    followUp.repId = query.value(1).toString();
    followUp.opportunityId = query.value(2).toString();
    followUp.ruleId = query.value(3).toString();
    followUp.text = query.value(4).toString();
    followUp.owner = query.value(5).toString();
    followUp.dueDate = dateFrom(query.value(6));
    followUp.status = followUpStatusFromKey(query.value(7).toString()).value_or(FollowUpStatus::Open);
    followUp.createdWeek = dateFrom(query.value(8));
    followUp.author = query.value(9).toString();
    followUp.updatedAt = query.value(10).toString();
    followUp.version = query.value(11).toInt();
    return followUp;
}

} // namespace

ActionStore::ActionStore(Database &database, QString author)
    : m_database(database)
    , m_author(std::move(author))
{
}

Error ActionStore::databaseError(const QString &what, const QSqlQuery *query) const
{
    Error error = Database::databaseError(what, m_database.connection());
    const QString detail = query ? query->lastError().text().trimmed() : QString();
    if (!detail.isEmpty())
        error.message = tr("%1 (%2)").arg(what, detail);
    return error;
}

Error ActionStore::conflict(const QString &what, const QString &current, const QString &otherAuthor) const
{
    Error error;
    error.kind = Error::Kind::Conflict;
    error.current = current;
    error.message = otherAuthor.isEmpty()
        ? tr("%1 was changed by another writer; nothing was saved").arg(what)
        : tr("%1 was changed by %2 meanwhile; nothing was saved").arg(what, otherAuthor);
    return error;
}

bool ActionStore::logChange(qint64 actionId, const QString &field, const QString &oldValue, const QString &newValue,
                            const QString &when) const
{
    if (oldValue == newValue)
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO dm_action_history (action_id, field, old_value, new_value, author, "
                                 "changed_at, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(actionId);
    query.addBindValue(textOrEmpty(field));
    query.addBindValue(textOrEmpty(oldValue));
    query.addBindValue(textOrEmpty(newValue));
    query.addBindValue(m_author);
    query.addBindValue(when);
    query.addBindValue(m_revertOf > 0 ? QVariant(m_revertOf) : QVariant(QMetaType(QMetaType::LongLong)));
    return execBound(query);
}

// --- dm_action

Result<std::optional<DmAction>> ActionStore::action(const QString &opportunityId, const QString &ruleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM dm_action WHERE opportunity_id = ? AND rule_id = ?").arg(actionColumns));
    query.addBindValue(textOrEmpty(opportunityId));
    query.addBindValue(textOrEmpty(ruleId));
    if (!execBound(query))
        return databaseError(tr("cannot read the DM actions"), &query);
    if (!query.next())
        return std::optional<DmAction>();
    return std::optional<DmAction>(readAction(query));
}

Result<std::vector<DmAction>> ActionStore::actions() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM dm_action ORDER BY opportunity_id, rule_id").arg(actionColumns)))
        return databaseError(tr("cannot read the DM actions"), &query);
    std::vector<DmAction> actions;
    while (query.next())
        actions.push_back(readAction(query));
    return actions;
}

Result<DmAction> ActionStore::saveAction(const DmAction &action, int expectedVersion)
{
    if (action.opportunityId.isEmpty()) {
        Error error;
        error.message = tr("a DM action needs a deal");
        return error;
    }
    if (action.status == DmActionStatus::Snoozed && !action.snoozeUntil.isValid()) {
        Error error;
        error.message = tr("a snooze needs an end date");
        return error;
    }
    const QString what = action.ruleId.isEmpty() ? action.opportunityId
                                                 : QStringLiteral("%1 (%2)").arg(action.opportunityId, action.ruleId);
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto existing = this->action(action.opportunityId, action.ruleId);
    if (!existing)
        return existing.error();

    // A writer that got there between the read above and the write (another session of a team
    // database, whose statement waited for ours or we for theirs): read again, to name them.
    const auto otherWriter = [&]() -> Error {
        auto current = this->action(action.opportunityId, action.ruleId);
        if (current && current->has_value())
            return conflict(what, (*current)->note, (*current)->author);
        return conflict(what, QString(), QString());
    };
    const QString when = now();
    const QString status = dmActionStatusKey(action.status);
    const bool snoozed = action.status == DmActionStatus::Snoozed;
    const QDate until = snoozed ? action.snoozeUntil : QDate();
    const QString reason = snoozed ? action.snoozeReason : QString();
    QSqlQuery query(m_database.connection());
    DmAction before;
    if (!existing->has_value()) {
        if (expectedVersion != 0)
            return conflict(what, QString(), QString());
        query.prepare(QStringLiteral("INSERT INTO dm_action (opportunity_id, rule_id, status, snooze_until, "
                                     "snooze_reason, note, author, updated_at, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
                                     "ON CONFLICT (opportunity_id, rule_id) DO NOTHING"));
        query.addBindValue(textOrEmpty(action.opportunityId));
        query.addBindValue(textOrEmpty(action.ruleId));
        query.addBindValue(status);
        query.addBindValue(isoDateOrTextNull(until));
        query.addBindValue(textOrEmpty(reason));
        query.addBindValue(textOrEmpty(action.note));
        query.addBindValue(m_author);
        query.addBindValue(when);
        if (!execBound(query))
            return databaseError(tr("cannot save the DM action"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
        before.id = query.lastInsertId().toLongLong();
        before.status = DmActionStatus::Open;
        // A new row logs its status even when it is "open", so the history shows its start.
        if (!logChange(before.id, QStringLiteral("status"), QString(), status, when))
            return databaseError(tr("cannot log the DM action"));
    } else {
        before = **existing;
        if (before.version != expectedVersion)
            return conflict(what, before.note, before.author);
        query.prepare(QStringLiteral("UPDATE dm_action SET status = ?, snooze_until = ?, snooze_reason = ?, "
                                     "note = ?, author = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
        query.addBindValue(status);
        query.addBindValue(isoDateOrTextNull(until));
        query.addBindValue(textOrEmpty(reason));
        query.addBindValue(textOrEmpty(action.note));
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(before.id);
        query.addBindValue(expectedVersion);
        if (!execBound(query))
            return databaseError(tr("cannot save the DM action"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
        if (!logChange(before.id, QStringLiteral("status"), dmActionStatusKey(before.status), status, when))
            return databaseError(tr("cannot log the DM action"));
    }
    if (!logChange(before.id, QStringLiteral("snooze_until"), isoDateOrEmpty(before.snoozeUntil), isoDateOrEmpty(until),
                   when)
        || !logChange(before.id, QStringLiteral("snooze_reason"), before.snoozeReason, reason, when)
        || !logChange(before.id, QStringLiteral("note"), before.note, action.note, when))
        return databaseError(tr("cannot log the DM action"));
    auto saved = this->action(action.opportunityId, action.ruleId);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the DM action"));
    return **saved;
}

Result<DmAction> ActionStore::setStatus(const QString &opportunityId, const QString &ruleId, DmActionStatus status,
                                        int expectedVersion)
{
    auto current = action(opportunityId, ruleId);
    if (!current)
        return current.error();
    DmAction next = current->value_or(DmAction{});
    next.opportunityId = opportunityId;
    next.ruleId = ruleId;
    next.status = status;
    return saveAction(next, expectedVersion);
}

Result<DmAction> ActionStore::snooze(const QString &opportunityId, const QString &ruleId, QDate until,
                                     const QString &reason, int expectedVersion)
{
    auto current = action(opportunityId, ruleId);
    if (!current)
        return current.error();
    DmAction next = current->value_or(DmAction{});
    next.opportunityId = opportunityId;
    next.ruleId = ruleId;
    next.status = DmActionStatus::Snoozed;
    next.snoozeUntil = until;
    next.snoozeReason = reason;
    return saveAction(next, expectedVersion);
}

Result<DmAction> ActionStore::setNote(const QString &opportunityId, const QString &ruleId, const QString &note,
                                      int expectedVersion)
{
    auto current = action(opportunityId, ruleId);
    if (!current)
        return current.error();
    DmAction next = current->value_or(DmAction{});
    next.opportunityId = opportunityId;
    next.ruleId = ruleId;
    next.note = note;
    return saveAction(next, expectedVersion);
}

namespace {
std::vector<DmActionChange> readChanges(QSqlQuery &query)
{
    std::vector<DmActionChange> changes;
    while (query.next()) {
        changes.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return changes;
}
} // namespace

Result<std::vector<DmActionChange>> ActionStore::history(qint64 actionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT action_id, field, old_value, new_value, author, changed_at "
                                 "FROM dm_action_history WHERE action_id = ? AND field NOT LIKE '%.%' ORDER BY id"));
    query.addBindValue(actionId);
    if (!execBound(query))
        return databaseError(tr("cannot read the DM action history"), &query);
    return readChanges(query);
}

Result<std::vector<DmActionChange>> ActionStore::historyOfField(const QString &field) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT action_id, field, old_value, new_value, author, changed_at "
                                 "FROM dm_action_history WHERE field = ? ORDER BY id"));
    query.addBindValue(textOrEmpty(field));
    if (!execBound(query))
        return databaseError(tr("cannot read the DM action history"), &query);
    return readChanges(query);
}

Result<std::vector<ActiveSnooze>> ActionStore::activeSnoozes(QDate asOf) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT opportunity_id, rule_id, snooze_until, snooze_reason FROM dm_action "
                                 "WHERE status = 'snoozed' AND snooze_until >= ? ORDER BY opportunity_id, rule_id"));
    query.addBindValue(asOf.toString(Qt::ISODate));
    if (!execBound(query))
        return databaseError(tr("cannot read the snoozes"), &query);
    std::vector<ActiveSnooze> snoozes;
    while (query.next()) {
        snoozes.push_back({query.value(0).toString(), query.value(1).toString(), dateFrom(query.value(2)),
                           query.value(3).toString()});
    }
    return snoozes;
}

// --- follow_up

Result<std::optional<FollowUp>> ActionStore::followUp(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM follow_up WHERE id = ?").arg(followUpColumns));
    query.addBindValue(id);
    if (!execBound(query))
        return databaseError(tr("cannot read the follow-ups"), &query);
    if (!query.next())
        return std::optional<FollowUp>();
    return std::optional<FollowUp>(readFollowUp(query));
}

Result<FollowUp> ActionStore::addFollowUp(const FollowUp &followUp)
{
    if (followUp.repId.isEmpty() || followUp.text.trimmed().isEmpty()) {
        Error error;
        error.message = tr("a follow-up needs a rep and a text");
        return error;
    }
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    const QString when = now();
    const QDate week = followUp.createdWeek.isValid()
        ? FiscalCalendar::weekStart(followUp.createdWeek)
        : FiscalCalendar::weekStart(QDateTime::currentDateTimeUtc().date());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO follow_up (rep_id, opportunity_id, rule_id, text, owner, due_date, "
                                 "status, created_week, author, updated_at, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    query.addBindValue(textOrEmpty(followUp.repId));
    query.addBindValue(textOrEmpty(followUp.opportunityId));
    query.addBindValue(textOrEmpty(followUp.ruleId));
    query.addBindValue(textOrEmpty(followUp.text));
    query.addBindValue(textOrEmpty(followUp.owner));
    query.addBindValue(isoDateOrTextNull(followUp.dueDate));
    query.addBindValue(followUpStatusKey(followUp.status));
    query.addBindValue(week.toString(Qt::ISODate));
    query.addBindValue(m_author);
    query.addBindValue(when);
    if (!execBound(query))
        return databaseError(tr("cannot save the follow-up"), &query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (!logChange(id, QStringLiteral("follow_up.text"), QString(), followUp.text, when)
        || !logChange(id, QStringLiteral("follow_up.owner"), QString(), followUp.owner, when)
        || !logChange(id, QStringLiteral("follow_up.due_date"), QString(), isoDateOrEmpty(followUp.dueDate), when)
        || !logChange(id, QStringLiteral("follow_up.status"), QString(), followUpStatusKey(followUp.status), when))
        return databaseError(tr("cannot log the follow-up"));
    auto saved = this->followUp(id);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the follow-up"));
    return **saved;
}

Result<FollowUp> ActionStore::saveFollowUp(const FollowUp &followUp, int expectedVersion)
{
    if (followUp.id == 0)
        return addFollowUp(followUp);
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto existing = this->followUp(followUp.id);
    if (!existing)
        return existing.error();
    const QString what = tr("The follow-up \"%1\"").arg(followUp.text);
    if (!existing->has_value())
        return conflict(what, QString(), QString());
    const FollowUp before = **existing;
    if (before.version != expectedVersion)
        return conflict(what, before.text, before.author);
    const QString when = now();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE follow_up SET text = ?, owner = ?, due_date = ?, status = ?, author = ?, "
                                 "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(textOrEmpty(followUp.text));
    query.addBindValue(textOrEmpty(followUp.owner));
    query.addBindValue(isoDateOrTextNull(followUp.dueDate));
    query.addBindValue(followUpStatusKey(followUp.status));
    query.addBindValue(m_author);
    query.addBindValue(when);
    query.addBindValue(followUp.id);
    query.addBindValue(expectedVersion);
    if (!execBound(query))
        return databaseError(tr("cannot save the follow-up"), &query);
    if (query.numRowsAffected() != 1)
        return conflict(what, before.text, before.author);
    if (!logChange(before.id, QStringLiteral("follow_up.text"), before.text, followUp.text, when)
        || !logChange(before.id, QStringLiteral("follow_up.owner"), before.owner, followUp.owner, when)
        || !logChange(before.id, QStringLiteral("follow_up.due_date"), isoDateOrEmpty(before.dueDate),
                      isoDateOrEmpty(followUp.dueDate), when)
        || !logChange(before.id, QStringLiteral("follow_up.status"), followUpStatusKey(before.status),
                      followUpStatusKey(followUp.status), when))
        return databaseError(tr("cannot log the follow-up"));
    auto saved = this->followUp(followUp.id);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the follow-up"));
    return **saved;
}

Result<std::vector<FollowUp>> ActionStore::followUps(const QStringList &repIds) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM follow_up ORDER BY due_date, id").arg(followUpColumns)))
        return databaseError(tr("cannot read the follow-ups"), &query);
    const QSet<QString> reps(repIds.begin(), repIds.end());
    std::vector<FollowUp> followUps;
    while (query.next()) {
        FollowUp followUp = readFollowUp(query);
        if (reps.isEmpty() || reps.contains(followUp.repId))
            followUps.push_back(std::move(followUp));
    }
    return followUps;
}

Result<std::vector<FollowUp>> ActionStore::followUpsDue(QDate by, const QStringList &repIds) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM follow_up WHERE status = 'open' AND due_date IS NOT NULL "
                                 "AND due_date <= ? ORDER BY due_date, id")
                      .arg(followUpColumns));
    query.addBindValue(by.toString(Qt::ISODate));
    if (!execBound(query))
        return databaseError(tr("cannot read the follow-ups"), &query);
    // Filtered here, not in SQL: a region can hold hundreds of reps.
    const QSet<QString> reps(repIds.begin(), repIds.end());
    std::vector<FollowUp> followUps;
    while (query.next()) {
        FollowUp followUp = readFollowUp(query);
        if (reps.isEmpty() || reps.contains(followUp.repId))
            followUps.push_back(std::move(followUp));
    }
    return followUps;
}

// --- belief_rating

Result<std::vector<BeliefRating>> ActionStore::beliefs(const QString &opportunityId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT opportunity_id, position, belief, rating, author, updated_at, version "
                                 "FROM belief_rating WHERE opportunity_id = ? ORDER BY position"));
    query.addBindValue(textOrEmpty(opportunityId));
    if (!execBound(query))
        return databaseError(tr("cannot read the belief ratings"), &query);
    std::vector<BeliefRating> beliefs;
    while (query.next()) {
        BeliefRating belief;
        belief.opportunityId = query.value(0).toString();
        belief.position = query.value(1).toInt();
        belief.belief = query.value(2).toString();
        belief.rating = beliefLevelFromKey(query.value(3).toString()).value_or(BeliefLevel::NeedsProof);
        belief.author = query.value(4).toString();
        belief.updatedAt = query.value(5).toString();
        belief.version = query.value(6).toInt();
        beliefs.push_back(belief);
    }
    return beliefs;
}

Result<BeliefRating> ActionStore::saveBelief(const BeliefRating &belief, int expectedVersion)
{
    if (belief.opportunityId.isEmpty() || belief.position < 1) {
        Error error;
        error.message = tr("a belief needs a deal and a position from 1");
        return error;
    }
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto stack = beliefs(belief.opportunityId);
    if (!stack)
        return stack.error();
    std::optional<BeliefRating> before;
    for (const BeliefRating &b : *stack) {
        if (b.position == belief.position)
            before = b;
    }
    const QString what = tr("Belief %1 of %2").arg(belief.position).arg(belief.opportunityId);
    const auto otherWriter = [&]() -> Error {
        auto current = beliefs(belief.opportunityId);
        if (current) {
            for (const BeliefRating &b : *current) {
                if (b.position == belief.position)
                    return conflict(what, b.belief, b.author);
            }
        }
        return conflict(what, QString(), QString());
    };
    const QString when = now();
    const QString rating = beliefLevelKey(belief.rating);
    QSqlQuery query(m_database.connection());
    if (!before) {
        if (expectedVersion != 0)
            return conflict(what, QString(), QString());
        query.prepare(QStringLiteral("INSERT INTO belief_rating (opportunity_id, position, belief, rating, author, "
                                     "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                                     "ON CONFLICT (opportunity_id, position) DO NOTHING"));
        query.addBindValue(textOrEmpty(belief.opportunityId));
        query.addBindValue(belief.position);
        query.addBindValue(textOrEmpty(belief.belief));
        query.addBindValue(rating);
        query.addBindValue(m_author);
        query.addBindValue(when);
        if (!execBound(query))
            return databaseError(tr("cannot save the belief rating"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
    } else {
        if (before->version != expectedVersion)
            return conflict(what, before->belief, before->author);
        query.prepare(
            QStringLiteral("UPDATE belief_rating SET belief = ?, rating = ?, author = ?, updated_at = ?, "
                           "version = version + 1 WHERE opportunity_id = ? AND position = ? AND version = ?"));
        query.addBindValue(textOrEmpty(belief.belief));
        query.addBindValue(rating);
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(textOrEmpty(belief.opportunityId));
        query.addBindValue(belief.position);
        query.addBindValue(expectedVersion);
        if (!execBound(query))
            return databaseError(tr("cannot save the belief rating"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
    }
    const QString field = QStringLiteral("belief_rating[%1,%2].").arg(belief.opportunityId).arg(belief.position);
    if (!logChange(0, field + QStringLiteral("belief"), before ? before->belief : QString(), belief.belief, when)
        || !logChange(0, field + QStringLiteral("rating"), before ? beliefLevelKey(before->rating) : QString(), rating,
                      when))
        return databaseError(tr("cannot log the belief rating"));
    auto saved = beliefs(belief.opportunityId);
    if (!saved || !transaction.commit())
        return databaseError(tr("cannot save the belief rating"));
    for (const BeliefRating &b : *saved) {
        if (b.position == belief.position)
            return b;
    }
    return databaseError(tr("cannot save the belief rating"));
}

Status ActionStore::removeBelief(const QString &opportunityId, int position, int expectedVersion)
{
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto stack = beliefs(opportunityId);
    if (!stack)
        return stack.error();
    const auto found = std::find_if(stack->cbegin(), stack->cend(),
                                    [position](const BeliefRating &b) { return b.position == position; });
    const QString what = tr("Belief %1 of %2").arg(position).arg(opportunityId);
    if (found == stack->cend())
        return conflict(what, QString(), QString());
    if (found->version != expectedVersion)
        return conflict(what, found->belief, found->author);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM belief_rating WHERE opportunity_id = ? AND position = ? AND version = ?"));
    query.addBindValue(textOrEmpty(opportunityId));
    query.addBindValue(position);
    query.addBindValue(expectedVersion);
    if (!execBound(query))
        return databaseError(tr("cannot save the belief rating"), &query);
    if (query.numRowsAffected() != 1)
        return conflict(what, found->belief, found->author);
    const QString when = now();
    const QString field = QStringLiteral("belief_rating[%1,%2].").arg(opportunityId).arg(position);
    if (!logChange(0, field + QStringLiteral("belief"), found->belief, QString(), when)
        || !logChange(0, field + QStringLiteral("rating"), beliefLevelKey(found->rating), QString(), when))
        return databaseError(tr("cannot log the belief rating"));
    if (!transaction.commit())
        return databaseError(tr("cannot save the belief rating"));
    return Done{};
}

// --- coaching_note

Result<std::optional<CoachingNote>> ActionStore::coachingNote(const QString &repId, QDate weekStart) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT note, author, updated_at, version FROM coaching_note "
                                 "WHERE rep_id = ? AND week_start = ?"));
    query.addBindValue(textOrEmpty(repId));
    query.addBindValue(FiscalCalendar::weekStart(weekStart).toString(Qt::ISODate));
    if (!execBound(query))
        return databaseError(tr("cannot read the coaching notes"), &query);
    if (!query.next())
        return std::optional<CoachingNote>();
    return std::optional<CoachingNote>(CoachingNote{repId, FiscalCalendar::weekStart(weekStart),
                                                    query.value(0).toString(), query.value(1).toString(),
                                                    query.value(2).toString(), query.value(3).toInt()});
}

Result<CoachingNote> ActionStore::saveCoachingNote(const CoachingNote &note, int expectedVersion)
{
    if (note.repId.isEmpty() || !note.weekStart.isValid()) {
        Error error;
        error.message = tr("a coaching note needs a rep and a week");
        return error;
    }
    const QDate week = FiscalCalendar::weekStart(note.weekStart);
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto existing = coachingNote(note.repId, week);
    if (!existing)
        return existing.error();
    const QString what = tr("The coaching note for %1, week of %2")
                             .arg(note.repId, Translations::locale().toString(week, QLocale::ShortFormat));
    const auto otherWriter = [&]() -> Error {
        auto current = coachingNote(note.repId, week);
        if (current && current->has_value())
            return conflict(what, (*current)->note, (*current)->author);
        return conflict(what, QString(), QString());
    };
    const QString when = now();
    QSqlQuery query(m_database.connection());
    QString before;
    if (!existing->has_value()) {
        if (expectedVersion != 0)
            return conflict(what, QString(), QString());
        query.prepare(
            QStringLiteral("INSERT INTO coaching_note (rep_id, week_start, note, author, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (rep_id, week_start) DO NOTHING"));
        query.addBindValue(textOrEmpty(note.repId));
        query.addBindValue(week.toString(Qt::ISODate));
        query.addBindValue(textOrEmpty(note.note));
        query.addBindValue(m_author);
        query.addBindValue(when);
        if (!execBound(query))
            return databaseError(tr("cannot save the coaching note"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
    } else {
        const CoachingNote &current = **existing;
        before = current.note;
        if (current.version != expectedVersion)
            return conflict(what, current.note, current.author);
        query.prepare(QStringLiteral("UPDATE coaching_note SET note = ?, author = ?, updated_at = ?, "
                                     "version = version + 1 WHERE rep_id = ? AND week_start = ? AND version = ?"));
        query.addBindValue(textOrEmpty(note.note));
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(textOrEmpty(note.repId));
        query.addBindValue(week.toString(Qt::ISODate));
        query.addBindValue(expectedVersion);
        if (!execBound(query))
            return databaseError(tr("cannot save the coaching note"), &query);
        if (query.numRowsAffected() != 1)
            return otherWriter();
    }
    const QString field = QStringLiteral("coaching_note[%1,%2].note").arg(note.repId, week.toString(Qt::ISODate));
    if (!logChange(0, field, before, note.note, when))
        return databaseError(tr("cannot log the coaching note"));
    auto saved = coachingNote(note.repId, week);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the coaching note"));
    return **saved;
}

} // namespace dmc
