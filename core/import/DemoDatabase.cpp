#include "DemoDatabase.h"

#include "DemoGenerator.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <algorithm>
#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
} // namespace

Result<bool> DemoDatabase::hasCrmData(const Database &database)
{
    QSqlQuery query(database.connection());
    for (const QString &table : {QStringLiteral("rep"), QStringLiteral("opportunity"), QStringLiteral("snapshot")}) {
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return Database::databaseError(tr("cannot read the database"), database.connection());
        if (query.next())
            return true;
    }
    return false;
}

Result<qint64> DemoDatabase::create(Database &database, const DemoOptions &options, bool replace)
{
    const QString startedAt = now();
    const QSqlDatabase db = database.connection();
    Transaction transaction(database.connectionName());
    if (!transaction.isActive())
        return Database::databaseError(tr("cannot start a transaction"), db);

    const Result<bool> existing = hasCrmData(database);
    if (!existing)
        return existing.error();
    QSqlQuery query(db);
    if (existing.value()) {
        if (!replace) {
            Error error;
            error.kind = Error::Kind::BadInput;
            error.file = database.location();
            error.message = tr("the database already holds CRM data; add --force to replace it with the demo");
            return error;
        }
        // Children before parents: the foreign keys are on.
        QStringList tables = crmTables();
        std::reverse(tables.begin(), tables.end());
        for (const QString &table : std::as_const(tables)) {
            if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
                return Database::databaseError(tr("cannot empty the table %1").arg(table), db);
        }
    }

    const DemoGenerator generator(options);
    const CrmData data = generator.generate();
    const QDate asOf = generator.snapshotDates().back();

    query.prepare(QStringLiteral("INSERT INTO import_log (profile, files, source_key, as_of, rows_read, "
                                 "rows_accepted, rows_rejected, started_at, finished_at, user_name, status) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL, ?, ?)"));
    const qint64 rows = qint64(data.reps.size() + data.quotas.size() + data.accounts.size()
                               + data.healthReadings.size() + data.opportunities.size()
                               + data.snapshots.size() + data.forecastCalls.size());
    query.addBindValue(QStringLiteral("demo"));
    query.addBindValue(QStringLiteral("[]"));
    query.addBindValue(QStringLiteral("demo:seed=%1;reps=%2;deals=%3;weeks=%4;as_of=%5")
                           .arg(options.seed)
                           .arg(options.reps)
                           .arg(options.deals)
                           .arg(options.weeks)
                           .arg(asOf.toString(Qt::ISODate)));
    query.addBindValue(asOf.toString(Qt::ISODate));
    query.addBindValue(rows);
    query.addBindValue(rows);
    query.addBindValue(startedAt);
    query.addBindValue(userName());
    query.addBindValue(QStringLiteral("done"));
    if (!query.exec())
        return Database::databaseError(tr("cannot record the import"), db);
    const qint64 importId = query.lastInsertId().toLongLong();

    if (Status written = CrmWriter(database).write(data, importId); !written)
        return written.error();

    query.prepare(QStringLiteral("UPDATE import_log SET finished_at = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(importId);
    if (!query.exec() || !transaction.commit())
        return Database::databaseError(tr("cannot save the demo"), db);
    return importId;
}

} // namespace dmc
