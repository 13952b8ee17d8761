#include "AssumptionSetStore.h"

#include "store/BoundStatement.h"
#include "store/ActionsFile.h"
#include "store/Database.h"
#include "store/HistoryClock.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace dmc {

namespace {

const char *const Columns =
    "id, name, attainment_factor, curves, district_target, changes, author, updated_at, version";
const QString Table = QStringLiteral("capacity_assumption_set");

QString curvesKey(CapacityAssumptions::Curves curves)
{
    return curves == CapacityAssumptions::Curves::Shipped ? QStringLiteral("shipped") : QStringLiteral("database");
}

AssumptionSetStore::Stored readRow(const QSqlQuery &query)
{
    AssumptionSetStore::Stored stored;
    stored.id = query.value(0).toLongLong();
    stored.set.name = query.value(1).toString();
    stored.set.attainmentFactor = query.value(2).toDouble();
    stored.set.curves = query.value(3).toString() == QLatin1String("shipped") ? CapacityAssumptions::Curves::Shipped
                                                                              : CapacityAssumptions::Curves::Database;
    if (!query.isNull(4))
        stored.set.districtTarget = query.value(4).toLongLong();
    AssumptionSetStore::readChangesJson(query.value(5).toString(), stored.set);
    stored.author = query.value(6).toString();
    stored.updatedAt = query.value(7).toString();
    stored.version = query.value(8).toInt();
    return stored;
}

// The logged value of each field (dm_action_history "capacity_assumption_set.<field>"), in order.
std::vector<std::pair<QString, QString>> loggedFields(const CapacityAssumptions &set)
{
    return {{QStringLiteral("name"), set.name},
            {QStringLiteral("attainment_factor"), QString::number(set.attainmentFactor, 'g', 15)},
            {QStringLiteral("curves"), curvesKey(set.curves)},
            {QStringLiteral("district_target"),
             set.districtTarget ? QString::number(qlonglong(*set.districtTarget)) : QString()},
            {QStringLiteral("changes"), AssumptionSetStore::changesJson(set)}};
}

Error conflict(const QString &message)
{
    Error error;
    error.kind = Error::Kind::Conflict;
    error.message = message;
    return error;
}

} // namespace

AssumptionSetStore::AssumptionSetStore(Database &database, QString author)
    : m_database(database)
    , m_author(std::move(author))
{
}

QString AssumptionSetStore::changesJson(const CapacityAssumptions &set)
{
    QJsonArray hires;
    for (const CapacityAssumptions::Hire &hire : set.hires) {
        QJsonObject object{{QStringLiteral("name"), hire.name},
                           {QStringLiteral("role"), hire.role},
                           {QStringLiteral("start"), hire.start.toString(Qt::ISODate)}};
        if (hire.quarterlyQuota)
            object.insert(QStringLiteral("quarterly_quota_cents"), double(*hire.quarterlyQuota));
        if (!hire.district.isEmpty())
            object.insert(QStringLiteral("district"), hire.district);
        if (!hire.region.isEmpty())
            object.insert(QStringLiteral("region"), hire.region);
        hires.append(object);
    }
    QJsonArray leavers;
    for (const CapacityAssumptions::Leaver &leaver : set.leavers)
        leavers.append(QJsonObject{{QStringLiteral("rep_id"), leaver.repId},
                                   {QStringLiteral("last_day"), leaver.lastDay.toString(Qt::ISODate)}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("hires"), hires}, {QStringLiteral("leavers"), leavers}})
            .toJson(QJsonDocument::Compact));
}

bool AssumptionSetStore::readChangesJson(const QString &json, CapacityAssumptions &set)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    set.hires.clear();
    set.leavers.clear();
    for (const QJsonValue &value : document.object().value(QLatin1String("hires")).toArray()) {
        const QJsonObject object = value.toObject();
        CapacityAssumptions::Hire hire;
        hire.name = object.value(QLatin1String("name")).toString();
        hire.role = object.value(QLatin1String("role")).toString(QStringLiteral("AE"));
        hire.start = QDate::fromString(object.value(QLatin1String("start")).toString(), Qt::ISODate);
        if (object.contains(QLatin1String("quarterly_quota_cents")))
            hire.quarterlyQuota = Cents(object.value(QLatin1String("quarterly_quota_cents")).toDouble());
        // Sets stored before hires had a place hold none: the company's plan counts them.
        hire.district = object.value(QLatin1String("district")).toString();
        hire.region = object.value(QLatin1String("region")).toString();
        if (hire.start.isValid())
            set.hires.push_back(hire);
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("leavers")).toArray()) {
        const QJsonObject object = value.toObject();
        CapacityAssumptions::Leaver leaver{object.value(QLatin1String("rep_id")).toString(),
                                           QDate::fromString(object.value(QLatin1String("last_day")).toString(),
                                                             Qt::ISODate)};
        if (!leaver.repId.isEmpty() && leaver.lastDay.isValid())
            set.leavers.push_back(leaver);
    }
    return true;
}

Error AssumptionSetStore::databaseError(const QString &what, const QSqlQuery *query) const
{
    Error error = Database::databaseError(what, m_database.connection());
    const QString detail = query ? query->lastError().text().trimmed() : QString();
    if (!detail.isEmpty())
        error.message = tr("%1 (%2)").arg(what, detail);
    return error;
}

Result<std::vector<AssumptionSetStore::Stored>> AssumptionSetStore::sets() const
{
    // A read-only file from before the table holds no sets.
    if (!ActionsFile::hasTable(m_database, Table))
        return std::vector<Stored>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM capacity_assumption_set ORDER BY name").arg(QLatin1String(Columns))))
        return databaseError(tr("cannot read the assumption sets"), &query);
    std::vector<Stored> sets;
    while (query.next())
        sets.push_back(readRow(query));
    return sets;
}

Result<std::optional<AssumptionSetStore::Stored>> AssumptionSetStore::find(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM capacity_assumption_set WHERE name = ?").arg(QLatin1String(Columns)));
    query.addBindValue(name);
    if (!execBound(query))
        return databaseError(tr("cannot read the assumption sets"), &query);
    if (!query.next())
        return std::optional<Stored>();
    return std::optional<Stored>(readRow(query));
}

Result<AssumptionSetStore::Stored> AssumptionSetStore::save(const CapacityAssumptions &set, int expectedVersion,
                                                            const QString &renamedFrom)
{
    if (set.name.trimmed().isEmpty()) {
        Error error;
        error.message = tr("an assumption set needs a name");
        return error;
    }
    if (set.attainmentFactor <= 0 || set.attainmentFactor > 2) {
        Error error;
        error.message = tr("the attainment factor lies between 1% and 200%");
        return error;
    }
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    const QString key = renamedFrom.isEmpty() ? set.name : renamedFrom;
    auto existing = find(key);
    if (!existing)
        return existing.error();
    if (key != set.name) {
        auto taken = find(set.name);
        if (!taken)
            return taken.error();
        if (taken->has_value())
            return conflict(tr("an assumption set named \"%1\" exists already").arg(set.name));
    }
    const QString when = HistoryClock::now();
    const QVariant target = set.districtTarget ? QVariant(qlonglong(*set.districtTarget)) : QVariant();
    QSqlQuery query(m_database.connection());
    if (!existing->has_value()) {
        if (expectedVersion != 0)
            return conflict(tr("The assumption set \"%1\" was removed meanwhile; nothing was saved").arg(key));
        query.prepare(QStringLiteral("INSERT INTO capacity_assumption_set (name, attainment_factor, curves, "
                                     "district_target, changes, author, updated_at, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
        query.addBindValue(set.name);
        query.addBindValue(set.attainmentFactor);
        query.addBindValue(curvesKey(set.curves));
        query.addBindValue(target);
        query.addBindValue(changesJson(set));
        query.addBindValue(m_author);
        query.addBindValue(when);
    } else {
        const Stored &before = **existing;
        if (before.version != expectedVersion)
            return conflict(
                tr("The assumption set \"%1\" was changed by %2 meanwhile; nothing was saved").arg(key, before.author));
        query.prepare(QStringLiteral("UPDATE capacity_assumption_set SET name = ?, attainment_factor = ?, curves = ?, "
                                     "district_target = ?, changes = ?, author = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"));
        query.addBindValue(set.name);
        query.addBindValue(set.attainmentFactor);
        query.addBindValue(curvesKey(set.curves));
        query.addBindValue(target);
        query.addBindValue(changesJson(set));
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(before.id);
        query.addBindValue(expectedVersion);
    }
    if (!execBound(query))
        return databaseError(tr("cannot save the assumption set"), &query);
    if (existing->has_value() && query.numRowsAffected() != 1)
        return conflict(tr("The assumption set \"%1\" was changed by another writer; nothing was saved").arg(key));
    const qint64 id = existing->has_value() ? (*existing)->id : query.lastInsertId().toLongLong();
    if (!logChanges(id, existing->has_value() ? &(*existing)->set : nullptr, &set, when))
        return databaseError(tr("cannot log the assumption set"));
    auto saved = find(set.name);
    if (!saved || !saved->has_value() || !transaction.commit())
        return databaseError(tr("cannot save the assumption set"));
    return **saved;
}

bool AssumptionSetStore::logChanges(qint64 id, const CapacityAssumptions *before, const CapacityAssumptions *after,
                                    const QString &when) const
{
    const auto oldValues = before ? loggedFields(*before) : std::vector<std::pair<QString, QString>>();
    const auto newValues = after ? loggedFields(*after) : std::vector<std::pair<QString, QString>>();
    const size_t count = std::max(oldValues.size(), newValues.size());
    for (size_t i = 0; i < count; ++i) {
        const QString field = i < oldValues.size() ? oldValues[i].first : newValues[i].first;
        const QString oldValue = i < oldValues.size() ? oldValues[i].second : QString();
        const QString newValue = i < newValues.size() ? newValues[i].second : QString();
        if (oldValue == newValue)
            continue;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO dm_action_history (action_id, field, old_value, new_value, author, "
                                     "changed_at, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(QString(QStringLiteral("capacity_assumption_set.") + field));
        query.addBindValue(oldValue.isNull() ? QStringLiteral("") : oldValue);
        query.addBindValue(newValue.isNull() ? QStringLiteral("") : newValue);
        query.addBindValue(m_author);
        query.addBindValue(when);
        query.addBindValue(m_revertOf > 0 ? QVariant(m_revertOf) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!execBound(query))
            return false;
    }
    return true;
}

Status AssumptionSetStore::remove(const QString &name)
{
    Transaction transaction(m_database.connectionName(), Transaction::Writes::DmTables);
    if (!transaction.isActive())
        return databaseError(tr("cannot start a transaction"));
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Done{};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM capacity_assumption_set WHERE id = ?"));
    query.addBindValue((*existing)->id);
    if (!execBound(query))
        return databaseError(tr("cannot remove the assumption set"), &query);
    // The removal is logged with every field's last value, so the trail can put the set back.
    if (!logChanges((*existing)->id, &(*existing)->set, nullptr, HistoryClock::now()) || !transaction.commit())
        return databaseError(tr("cannot remove the assumption set"));
    return Done{};
}

} // namespace dmc
