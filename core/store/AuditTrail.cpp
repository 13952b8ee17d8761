#include "AuditTrail.h"

#include "store/ActionsFile.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dmc {

namespace {

// The first schema whose history rows name the entry they revert (Schema.cpp, version 13).
constexpr int RevertsSchema = 13;

struct Prefix
{
    const char *text;
    AuditKind kind;
};
// ActionStore's, InsightMarkStore's and AssumptionSetStore's field names (DmActionChange.h).
constexpr Prefix Prefixes[] = {{"follow_up.", AuditKind::FollowUp},
                               {"insight_mark.", AuditKind::InsightMark},
                               {"capacity_assumption_set.", AuditKind::AssumptionSet},
                               {"belief_rating[", AuditKind::Belief},
                               {"coaching_note[", AuditKind::CoachingNote}};

// A logged field name split into its kind, the key in brackets ("OPP,2"; keyed tables only) and
// the column.
struct LoggedField
{
    AuditKind kind = AuditKind::Action;
    QString key;
    QString column;
};

LoggedField splitField(const QString &field)
{
    LoggedField split;
    split.column = field;
    for (const Prefix &prefix : Prefixes) {
        const QLatin1String text(prefix.text);
        if (!field.startsWith(text))
            continue;
        split.kind = prefix.kind;
        if (text.endsWith(QLatin1Char('['))) {
            const qsizetype close = field.lastIndexOf(QLatin1String("]."));
            split.key = field.mid(text.size(), close - text.size());
            split.column = field.mid(close + 2);
        } else {
            split.column = field.mid(text.size());
        }
        break;
    }
    return split;
}

QDateTime timeOf(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(iso, Qt::ISODate);
    return time.toUTC();
}

// Between an import and a DM write: the later time first; at the same time the write.
bool newerFirst(const AuditEntry &a, const AuditEntry &b)
{
    const QDateTime ta = timeOf(a.changedAt);
    const QDateTime tb = timeOf(b.changedAt);
    if (ta != tb)
        return ta > tb;
    if (a.kind == AuditKind::Import || b.kind == AuditKind::Import)
        return (a.kind == AuditKind::Import) < (b.kind == AuditKind::Import);
    return a.id > b.id;
}

// The DM writes stay in the order the database took them (newest id first) and the imports in
// theirs; the two interleave by time. A write's time comes from its machine's clock, which can
// run behind an earlier write's (a clock set back, another process, another DM's machine), and a
// revert refuses any entry but a row's newest by id: sorting writes by time would list first an
// entry that cannot be reverted.
std::vector<AuditEntry> interleaved(std::vector<AuditEntry> &&writesNewestFirst, std::vector<AuditEntry> &&imports)
{
    std::stable_sort(imports.begin(), imports.end(), newerFirst);
    std::vector<AuditEntry> merged;
    merged.reserve(writesNewestFirst.size() + imports.size());
    auto write = writesNewestFirst.begin();
    auto import = imports.begin();
    while (write != writesNewestFirst.end() || import != imports.end()) {
        const bool takeImport =
            write == writesNewestFirst.end() || (import != imports.end() && newerFirst(*import, *write));
        merged.push_back(std::move(takeImport ? *import++ : *write++));
    }
    return merged;
}

bool matches(const AuditEntry &entry, const AuditTrail::Filter &filter)
{
    if (!filter.author.isEmpty() && entry.author != filter.author)
        return false;
    if (filter.kind && entry.kind != *filter.kind)
        return false;
    if (filter.since.isValid() || filter.until.isValid()) {
        const QDate day = timeOf(entry.changedAt).date();
        if ((filter.since.isValid() && day < filter.since) || (filter.until.isValid() && day > filter.until))
            return false;
    }
    if (!filter.text.isEmpty()) {
        QStringList haystack{entry.author, entry.opportunityId, entry.opportunityName, entry.ruleId,
                             entry.repId,  entry.repName,       entry.subject};
        for (const AuditChange &change : entry.changes)
            haystack << change.field << change.oldValue << change.newValue;
        const bool found = std::any_of(haystack.cbegin(), haystack.cend(), [&](const QString &text) {
            return text.contains(filter.text, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

AuditTrail::AuditTrail(const Database &database)
    : m_database(database)
{
}

Error AuditTrail::databaseError(const QString &what, const QSqlQuery &query) const
{
    return Database::databaseError(what, query.lastError().text().trimmed());
}

Result<std::vector<AuditEntry>> AuditTrail::readActions(qint64 afterId) const
{
    const QSqlDatabase db = m_database.connection();
    // The DM's tables may live in FILE-actions (ActionsFile), which QSqlDatabase::tables() does not list.
    const bool hasMarks = ActionsFile::hasTable(m_database, QStringLiteral("insight_mark"));
    const bool hasSets = ActionsFile::hasTable(m_database, QStringLiteral("capacity_assumption_set"));
    const bool hasReverts = m_database.dialect().schemaVersion(db) >= RevertsSchema;
    // One pass over the history with the row each line is about joined in; the keyed tables
    // (beliefs, coaching notes) carry their key in the field name.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT h.id, h.action_id, h.field, h.old_value, h.new_value, h.author, h.changed_at, %1, "
                       "a.opportunity_id, a.rule_id, f.rep_id, f.opportunity_id, f.rule_id, %2, %3 "
                       "FROM dm_action_history h "
                       "LEFT JOIN dm_action a ON a.id = h.action_id AND h.field NOT LIKE '%.%' "
                       "LEFT JOIN follow_up f ON f.id = h.action_id AND h.field LIKE 'follow_up.%' %4 %5 "
                       "WHERE h.id > ? ORDER BY h.id")
            .arg(hasReverts ? QStringLiteral("h.reverts_id") : QStringLiteral("NULL"),
                 hasMarks ? QStringLiteral("m.rep_id, m.insight_key") : QStringLiteral("NULL, NULL"),
                 hasSets ? QStringLiteral("s.name") : QStringLiteral("NULL"),
                 hasMarks ? QStringLiteral("LEFT JOIN insight_mark m ON m.id = h.action_id "
                                           "AND h.field LIKE 'insight_mark.%'")
                          : QString(),
                 hasSets ? QStringLiteral("LEFT JOIN capacity_assumption_set s ON s.id = h.action_id "
                                          "AND h.field LIKE 'capacity_assumption_set.%'")
                         : QString()));
    query.addBindValue(afterId);
    if (!query.exec())
        return databaseError(tr("cannot read the audit trail"), query);

    std::vector<AuditEntry> entries;
    // The entry a row joins: the open write on the same row, by who and when it was logged.
    QHash<QString, size_t> open;
    while (query.next()) {
        const QString field = query.value(2).toString();
        const LoggedField split = splitField(field);
        const qint64 actionId = query.value(1).toLongLong();
        const QString author = query.value(5).toString();
        const QString changedAt = query.value(6).toString();
        const QString writeKey =
            QStringLiteral("%1|%2|%3|%4|%5").arg(int(split.kind)).arg(actionId).arg(split.key, changedAt, author);
        const auto found = open.constFind(writeKey);
        // A write logs each field once: the same field again is the next write.
        if (found != open.cend() && !entries[*found].change(split.column)) {
            entries[*found].changes.push_back({split.column, query.value(3).toString(), query.value(4).toString()});
            entries[*found].historyRows.push_back(query.value(0).toLongLong());
            continue;
        }
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = split.kind;
        entry.author = author;
        entry.changedAt = changedAt;
        entry.revertsId = query.value(7).toLongLong();
        entry.changes.push_back({split.column, query.value(3).toString(), query.value(4).toString()});
        entry.historyRows.push_back(entry.id);
        switch (split.kind) {
        case AuditKind::Action:
            entry.rowId = actionId;
            entry.opportunityId = query.value(8).toString();
            entry.ruleId = query.value(9).toString();
            break;
        case AuditKind::FollowUp:
            entry.rowId = actionId;
            entry.repId = query.value(10).toString();
            entry.opportunityId = query.value(11).toString();
            entry.ruleId = query.value(12).toString();
            break;
        case AuditKind::InsightMark:
            entry.rowId = actionId;
            entry.repId = query.value(13).toString();
            entry.subject = query.value(14).toString();
            break;
        case AuditKind::AssumptionSet:
            entry.rowId = actionId;
            entry.subject = query.value(15).toString();
            break;
        case AuditKind::Belief: {
            const qsizetype comma = split.key.lastIndexOf(QLatin1Char(','));
            entry.opportunityId = split.key.left(comma);
            entry.position = split.key.mid(comma + 1).toInt();
            break;
        }
        case AuditKind::CoachingNote: {
            const qsizetype comma = split.key.lastIndexOf(QLatin1Char(','));
            entry.repId = split.key.left(comma);
            entry.weekStart = QDate::fromString(split.key.mid(comma + 1), Qt::ISODate);
            break;
        }
        case AuditKind::Import: break;
        }
        open.insert(writeKey, entries.size());
        entries.push_back(std::move(entry));
    }
    // A removed assumption set is named by its last logged name.
    for (AuditEntry &entry : entries) {
        if (entry.kind == AuditKind::AssumptionSet && entry.subject.isEmpty()) {
            if (const AuditChange *name = entry.change(QStringLiteral("name")))
                entry.subject = name->oldValue.isEmpty() ? name->newValue : name->oldValue;
        }
    }
    return entries;
}

Result<std::vector<AuditEntry>> AuditTrail::readImports() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, profile, as_of, rows_accepted, rows_rejected, started_at, "
                                   "finished_at, user_name, status FROM import_log ORDER BY id")))
        return databaseError(tr("cannot read the import log"), query);
    std::vector<AuditEntry> imports;
    while (query.next()) {
        AuditEntry entry;
        entry.kind = AuditKind::Import;
        entry.id = query.value(0).toLongLong();
        entry.subject = query.value(1).toString();
        entry.changedAt = query.value(6).isNull() ? query.value(5).toString() : query.value(6).toString();
        entry.author = query.value(7).toString();
        entry.changes = {{QStringLiteral("as_of"), QString(), query.value(2).toString()},
                         {QStringLiteral("rows_accepted"), QString(), QString::number(query.value(3).toLongLong())},
                         {QStringLiteral("rows_rejected"), QString(), QString::number(query.value(4).toLongLong())},
                         {QStringLiteral("status"), QString(), query.value(8).toString()}};
        imports.push_back(std::move(entry));
    }
    return imports;
}

void AuditTrail::resolve(std::vector<AuditEntry> &entries) const
{
    struct Deal
    {
        bool found = false;
        QString ownerId;
        QString name;
    };
    QHash<QString, Deal> deals;
    QHash<QString, std::optional<QString>> reps;
    QSqlQuery dealQuery(m_database.connection());
    dealQuery.prepare(QStringLiteral("SELECT owner_id, name FROM opportunity WHERE id = ?"));
    QSqlQuery repQuery(m_database.connection());
    repQuery.prepare(QStringLiteral("SELECT name FROM rep WHERE id = ?"));
    const auto deal = [&](const QString &id) {
        auto it = deals.find(id);
        if (it == deals.end()) {
            Deal read;
            dealQuery.addBindValue(id);
            if (dealQuery.exec() && dealQuery.next())
                read = {true, dealQuery.value(0).toString(), dealQuery.value(1).toString()};
            it = deals.insert(id, read);
        }
        return *it;
    };
    const auto rep = [&](const QString &id) {
        auto it = reps.find(id);
        if (it == reps.end()) {
            std::optional<QString> name;
            repQuery.addBindValue(id);
            if (repQuery.exec() && repQuery.next())
                name = repQuery.value(0).toString();
            it = reps.insert(id, name);
        }
        return *it;
    };
    for (AuditEntry &entry : entries) {
        if (entry.kind == AuditKind::Import)
            continue;
        if (!entry.opportunityId.isEmpty()) {
            const Deal found = deal(entry.opportunityId);
            entry.orphan = !found.found;
            entry.opportunityName = found.name;
            if (entry.repId.isEmpty())
                entry.repId = found.ownerId;
        }
        if (!entry.repId.isEmpty()) {
            const std::optional<QString> name = rep(entry.repId);
            entry.repName = name.value_or(QString());
            entry.orphan = entry.orphan || !name;
        }
    }
}

Result<AuditTrail::Listing> AuditTrail::list(const Filter &filter) const
{
    auto actions = readActions(0);
    if (!actions)
        return actions.error();
    auto imports = readImports();
    if (!imports)
        return imports.error();
    resolve(*actions);
    Listing listing;
    std::vector<AuditEntry> writes;
    // readActions gives the writes oldest first.
    for (auto entry = actions->rbegin(); entry != actions->rend(); ++entry) {
        if (!matches(*entry, filter))
            continue;
        if (entry->orphan)
            listing.orphans.push_back(std::move(*entry));
        else if (filter.repIds.isEmpty() || entry->repId.isEmpty() || filter.repIds.contains(entry->repId))
            writes.push_back(std::move(*entry));
    }
    std::vector<AuditEntry> matchingImports;
    for (AuditEntry &entry : *imports) {
        if (matches(entry, filter))
            matchingImports.push_back(std::move(entry));
    }
    listing.entries = interleaved(std::move(writes), std::move(matchingImports));
    return listing;
}

Result<std::optional<AuditEntry>> AuditTrail::entry(qint64 historyId) const
{
    if (historyId <= 0)
        return std::optional<AuditEntry>();
    // The write may have begun a few rows before: read from a little earlier and pick the entry
    // holding the row (a write logs at most five rows; others' rows may lie between on a server).
    auto actions = readActions(std::max<qint64>(0, historyId - 64));
    if (!actions)
        return actions.error();
    for (const AuditEntry &candidate : *actions) {
        if (std::find(candidate.historyRows.cbegin(), candidate.historyRows.cend(), historyId)
            != candidate.historyRows.cend()) {
            std::vector<AuditEntry> one{candidate};
            resolve(one);
            return std::optional<AuditEntry>(one.front());
        }
    }
    return std::optional<AuditEntry>();
}

Result<qint64> AuditTrail::latestHistoryId() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM dm_action_history")))
        return databaseError(tr("cannot read the audit trail"), query);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::vector<AuditEntry>> AuditTrail::entriesAfter(qint64 afterId, const QString &author) const
{
    auto actions = readActions(afterId);
    if (!actions)
        return actions.error();
    std::vector<AuditEntry> own;
    for (AuditEntry &entry : *actions) {
        if (author.isEmpty() || entry.author == author)
            own.push_back(std::move(entry));
    }
    resolve(own);
    return own;
}

Result<std::optional<AuditEntry>> AuditTrail::latestChangeOf(const AuditEntry &entry, const QString &field) const
{
    auto actions = readActions(0);
    if (!actions)
        return actions.error();
    std::optional<AuditEntry> latest;
    for (const AuditEntry &candidate : *actions) {
        const bool sameRow = candidate.kind == entry.kind && candidate.rowId == entry.rowId
            && candidate.opportunityId == entry.opportunityId && candidate.position == entry.position
            && (entry.kind != AuditKind::CoachingNote
                || (candidate.repId == entry.repId && candidate.weekStart == entry.weekStart));
        if (sameRow && candidate.change(field))
            latest = candidate;
    }
    return latest;
}

} // namespace dmc
