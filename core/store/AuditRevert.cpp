#include "AuditRevert.h"

#include "store/ActionStore.h"
#include "store/AssumptionSetStore.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/InsightMarkStore.h"
#include "store/RecordedNumbers.h"
#include "store/StoredValues.h"

namespace dmc {

namespace {

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

// The value a revert writes for `change`: its old value, or what a new row had before its first
// write (a new dm_action started open; a new follow-up is closed and a first insight mark cleared,
// the stores keep both rows).
QString valueBefore(const AuditEntry &entry, const AuditChange &change)
{
    if (!change.oldValue.isEmpty() || change.field != QLatin1String("status"))
        return change.oldValue;
    if (entry.kind == AuditKind::Action)
        return dmActionStatusKey(DmActionStatus::Open);
    if (entry.kind == AuditKind::FollowUp)
        return followUpStatusKey(FollowUpStatus::Done);
    if (entry.kind == AuditKind::InsightMark)
        return insightMarkStatusKey(InsightMarkStatus::Cleared);
    return change.oldValue;
}

bool isCreation(const AuditEntry &entry, const QString &field)
{
    const AuditChange *change = entry.change(field);
    return change && change->oldValue.isEmpty();
}

QHash<QString, QString> setValues(const CapacityAssumptions &set)
{
    return {{QStringLiteral("name"), set.name},
            {QStringLiteral("attainment_factor"), QString::number(set.attainmentFactor, 'g', 15)},
            {QStringLiteral("curves"),
             set.curves == CapacityAssumptions::Curves::Shipped ? QStringLiteral("shipped")
                                                                : QStringLiteral("database")},
            {QStringLiteral("district_target"),
             set.districtTarget ? QString::number(qlonglong(*set.districtTarget)) : QString()},
            {QStringLiteral("changes"), AssumptionSetStore::changesJson(set)}};
}

void applySetValue(CapacityAssumptions &set, const QString &field, const QString &value)
{
    if (field == QLatin1String("name"))
        set.name = value;
    else if (field == QLatin1String("attainment_factor"))
        set.attainmentFactor = value.toDouble();
    else if (field == QLatin1String("curves"))
        set.curves = value == QLatin1String("shipped") ? CapacityAssumptions::Curves::Shipped
                                                       : CapacityAssumptions::Curves::Database;
    else if (field == QLatin1String("district_target"))
        set.districtTarget = value.isEmpty() ? std::nullopt : std::optional<Cents>(Cents(value.toLongLong()));
    else if (field == QLatin1String("changes"))
        AssumptionSetStore::readChangesJson(value, set);
}

} // namespace

AuditRevert::AuditRevert(Database &database, QString author)
    : m_database(database)
    , m_author(std::move(author))
{
}

QString AuditRevert::describe(const AuditEntry &entry)
{
    switch (entry.kind) {
    case AuditKind::Action:
    case AuditKind::Belief: return entry.opportunityName.isEmpty() ? entry.opportunityId : entry.opportunityName;
    case AuditKind::FollowUp:
        if (!entry.opportunityId.isEmpty())
            return entry.opportunityName.isEmpty() ? entry.opportunityId : entry.opportunityName;
        return entry.repName.isEmpty() ? entry.repId : entry.repName;
    case AuditKind::CoachingNote: return entry.repName.isEmpty() ? entry.repId : entry.repName;
    case AuditKind::InsightMark:
    case AuditKind::AssumptionSet:
    case AuditKind::Import: return entry.subject;
    }
    return {};
}

Result<std::optional<AuditRevert::Current>> AuditRevert::current(const AuditEntry &entry) const
{
    ActionStore actions(m_database, m_author);
    Current now;
    switch (entry.kind) {
    case AuditKind::Action: {
        auto row = actions.action(entry.opportunityId, entry.ruleId);
        if (!row)
            return row.error();
        if (!row->has_value())
            return std::optional<Current>();
        const DmAction &a = **row;
        now.values = {{QStringLiteral("status"), dmActionStatusKey(a.status)},
                      {QStringLiteral("snooze_until"), isoDateOrEmpty(a.snoozeUntil)},
                      {QStringLiteral("snooze_reason"), a.snoozeReason},
                      {QStringLiteral("note"), a.note}};
        now.version = a.version;
        now.author = a.author;
        break;
    }
    case AuditKind::FollowUp: {
        auto row = actions.followUp(entry.rowId);
        if (!row)
            return row.error();
        if (!row->has_value())
            return std::optional<Current>();
        const FollowUp &f = **row;
        now.values = {{QStringLiteral("text"), f.text},
                      {QStringLiteral("owner"), f.owner},
                      {QStringLiteral("due_date"), isoDateOrEmpty(f.dueDate)},
                      {QStringLiteral("status"), followUpStatusKey(f.status)}};
        now.version = f.version;
        now.author = f.author;
        break;
    }
    case AuditKind::Belief: {
        auto stack = actions.beliefs(entry.opportunityId);
        if (!stack)
            return stack.error();
        const auto found = std::find_if(stack->cbegin(), stack->cend(),
                                        [&](const BeliefRating &b) { return b.position == entry.position; });
        if (found == stack->cend())
            return std::optional<Current>();
        now.values = {{QStringLiteral("belief"), found->belief},
                      {QStringLiteral("rating"), beliefLevelKey(found->rating)}};
        now.version = found->version;
        now.author = found->author;
        break;
    }
    case AuditKind::CoachingNote: {
        auto row = actions.coachingNote(entry.repId, entry.weekStart);
        if (!row)
            return row.error();
        if (!row->has_value())
            return std::optional<Current>();
        now.values = {{QStringLiteral("note"), (*row)->note}};
        now.version = (*row)->version;
        now.author = (*row)->author;
        break;
    }
    case AuditKind::InsightMark: {
        auto row = InsightMarkStore(m_database, m_author).mark(entry.subject);
        if (!row)
            return row.error();
        if (!row->has_value())
            return std::optional<Current>();
        now.values = {{QStringLiteral("status"), insightMarkStatusKey((*row)->status)},
                      {QStringLiteral("note"), (*row)->note},
                      {QStringLiteral("recorded"), recordedNumbersText((*row)->recorded)}};
        now.version = (*row)->version;
        now.author = (*row)->author;
        break;
    }
    case AuditKind::AssumptionSet: {
        auto sets = AssumptionSetStore(m_database, m_author).sets();
        if (!sets)
            return sets.error();
        const auto found = std::find_if(sets->cbegin(), sets->cend(),
                                        [&](const AssumptionSetStore::Stored &s) { return s.id == entry.rowId; });
        if (found == sets->cend())
            return std::optional<Current>();
        now.values = setValues(found->set);
        now.version = found->version;
        now.author = found->author;
        break;
    }
    case AuditKind::Import: return std::optional<Current>();
    }
    return std::optional<Current>(now);
}

Error AuditRevert::conflict(const AuditEntry &entry, const QString &field, const QString &currentValue) const
{
    QString other;
    qint64 otherId = 0;
    if (auto latest = AuditTrail(m_database).latestChangeOf(entry, field); latest && latest->has_value()) {
        other = (*latest)->author;
        otherId = (*latest)->id;
    }
    Error error;
    error.kind = Error::Kind::Conflict;
    error.current = currentValue;
    error.message = other.isEmpty() || otherId == entry.id
        ? tr("%1 was changed by another writer since entry %2; nothing was reverted").arg(describe(entry)).arg(entry.id)
        : tr("%1 was changed by %2 in entry %3 after entry %4; nothing was reverted")
              .arg(describe(entry), other)
              .arg(otherId)
              .arg(entry.id);
    return error;
}

Status AuditRevert::write(const AuditEntry &entry, const std::optional<Current> &now)
{
    const auto before = [&](const QString &field, const QString &fallback) {
        const AuditChange *change = entry.change(field);
        return change ? valueBefore(entry, *change) : fallback;
    };
    ActionStore actions(m_database, m_author);
    actions.setRevertOf(entry.id);
    switch (entry.kind) {
    case AuditKind::Action: {
        DmAction row;
        row.opportunityId = entry.opportunityId;
        row.ruleId = entry.ruleId;
        row.status =
            dmActionStatusFromKey(before(QStringLiteral("status"), now->values.value(QStringLiteral("status"))))
                .value_or(DmActionStatus::Open);
        row.snoozeUntil =
            dateFrom(before(QStringLiteral("snooze_until"), now->values.value(QStringLiteral("snooze_until"))));
        row.snoozeReason = before(QStringLiteral("snooze_reason"), now->values.value(QStringLiteral("snooze_reason")));
        row.note = before(QStringLiteral("note"), now->values.value(QStringLiteral("note")));
        if (auto saved = actions.saveAction(row, now->version); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::FollowUp: {
        auto row = actions.followUp(entry.rowId);
        if (!row || !row->has_value())
            return row ? Error{Error::Kind::Conflict, tr("the follow-up is gone")} : row.error();
        FollowUp followUp = **row;
        // A new follow-up's first write is reverted by closing it: its text stays.
        if (!isCreation(entry, QStringLiteral("text"))) {
            followUp.text = before(QStringLiteral("text"), followUp.text);
            followUp.owner = before(QStringLiteral("owner"), followUp.owner);
            followUp.dueDate = dateFrom(before(QStringLiteral("due_date"), isoDateOrEmpty(followUp.dueDate)));
        }
        followUp.status = followUpStatusFromKey(before(QStringLiteral("status"), followUpStatusKey(followUp.status)))
                              .value_or(FollowUpStatus::Open);
        if (auto saved = actions.saveFollowUp(followUp, now->version); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::Belief: {
        // A first rating is undone by taking the belief off the stack; that removal by putting it back.
        if (isCreation(entry, QStringLiteral("rating")))
            return actions.removeBelief(entry.opportunityId, entry.position, now->version);
        const auto stored = [&](const QString &field) { return now ? now->values.value(field) : QString(); };
        BeliefRating belief;
        belief.opportunityId = entry.opportunityId;
        belief.position = entry.position;
        belief.belief = before(QStringLiteral("belief"), stored(QStringLiteral("belief")));
        belief.rating = beliefLevelFromKey(before(QStringLiteral("rating"), stored(QStringLiteral("rating"))))
                            .value_or(BeliefLevel::NeedsProof);
        if (auto saved = actions.saveBelief(belief, now ? now->version : 0); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::CoachingNote: {
        CoachingNote note;
        note.repId = entry.repId;
        note.weekStart = entry.weekStart;
        note.note = before(QStringLiteral("note"), now->values.value(QStringLiteral("note")));
        if (auto saved = actions.saveCoachingNote(note, now->version); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::InsightMark: {
        InsightMarkStore marks(m_database, m_author);
        marks.setRevertOf(entry.id);
        auto row = marks.mark(entry.subject);
        if (!row || !row->has_value())
            return row ? Error{Error::Kind::Conflict, tr("the insight mark is gone")} : row.error();
        InsightMark mark = **row;
        mark.status = insightMarkStatusFromKey(before(QStringLiteral("status"), insightMarkStatusKey(mark.status)))
                          .value_or(InsightMarkStatus::Cleared);
        mark.note = before(QStringLiteral("note"), mark.note);
        if (entry.change(QStringLiteral("recorded")))
            mark.recorded = recordedNumbersFrom(before(QStringLiteral("recorded"), QString()));
        if (auto saved = marks.save(mark, now->version); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::AssumptionSet: {
        AssumptionSetStore sets(m_database, m_author);
        sets.setRevertOf(entry.id);
        if (isCreation(entry, QStringLiteral("name")))
            return sets.remove(now->values.value(QStringLiteral("name")));
        CapacityAssumptions set;
        const bool removal = !now.has_value();
        if (!removal) {
            for (auto it = now->values.cbegin(); it != now->values.cend(); ++it)
                applySetValue(set, it.key(), it.value());
        }
        for (const AuditChange &change : entry.changes)
            applySetValue(set, change.field, change.oldValue);
        const QString renamedFrom = removal ? QString() : now->values.value(QStringLiteral("name"));
        if (auto saved = sets.save(set, removal ? 0 : now->version, renamedFrom); !saved)
            return saved.error();
        return Done{};
    }
    case AuditKind::Import: break;
    }
    Error error;
    error.message = tr("an import is CRM data and is not reverted");
    return error;
}

Result<AuditEntry> AuditRevert::revert(qint64 entryId)
{
    auto found = AuditTrail(m_database).entry(entryId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.message = tr("there is no DM action entry %1 in the audit trail").arg(entryId);
        return error;
    }
    return revert(**found);
}

Result<AuditEntry> AuditRevert::revert(const AuditEntry &entry)
{
    if (!entry.isRevertible()) {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.message = tr("an import is CRM data and is not reverted");
        return error;
    }
    auto now = current(entry);
    if (!now)
        return now.error();
    // Every field must still hold what the entry wrote: a later change is someone's newer word. An
    // entry that removed its row (an assumption set deleted, a belief taken off the stack) finds
    // none, unless someone wrote one since.
    const QString key = entry.kind == AuditKind::AssumptionSet ? QStringLiteral("name")
        : entry.kind == AuditKind::Belief                      ? QStringLiteral("rating")
                                                               : QString();
    const bool removal = !key.isEmpty() && entry.change(key) && entry.change(key)->newValue.isEmpty();
    if (removal) {
        if (now->has_value())
            return conflict(entry, key, (*now)->values.value(key));
    } else {
        if (!now->has_value()) {
            Error error;
            error.kind = Error::Kind::Conflict;
            error.message = tr("%1 is no longer stored; nothing was reverted").arg(describe(entry));
            return error;
        }
        for (const AuditChange &change : entry.changes) {
            const QString stored = (*now)->values.value(change.field);
            if (stored != change.newValue)
                return conflict(entry, change.field, stored);
        }
    }
    AuditTrail trail(m_database);
    auto latest = trail.latestHistoryId();
    if (!latest)
        return latest.error();
    if (Status written = write(entry, *now); !written)
        return written.error();
    auto added = trail.entriesAfter(*latest, m_database.isServer() ? QString() : m_author);
    if (!added)
        return added.error();
    for (const AuditEntry &candidate : *added) {
        if (candidate.revertsId == entry.id)
            return candidate;
    }
    Error error;
    error.kind = Error::Kind::Database;
    error.message = tr("the revert of entry %1 was saved but not found in the audit trail").arg(entry.id);
    return error;
}

} // namespace dmc
