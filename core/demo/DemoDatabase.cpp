#include "DemoDatabase.h"

#include "DemoAssumptionSets.h"
#include "DemoGenerator.h"
#include "store/CrmReader.h"
#include "store/CrmWriter.h"
#include "store/DmDataReset.h"
#include "store/Database.h"
#include "store/ImportLog.h"
#include "store/Transaction.h"

#include <QDateTime>

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
    return CrmReader(database).hasCrmData();
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
    if (existing.value()) {
        if (!replace) {
            Error error;
            error.kind = Error::Kind::BadInput;
            error.file = database.location();
            error.message = tr("the database already holds CRM data; add --force to replace it with the demo");
            return error;
        }
        if (Status emptied = CrmWriter(database).removeAll(); !emptied)
            return emptied.error();
        // The DM's data goes too: kept, its actions would point at deals the new demo lacks.
        if (Status emptied = DmDataReset::removeAll(database); !emptied)
            return emptied.error();
    }

    const DemoGenerator generator(options);
    const CrmData data = generator.generate();
    const QDate asOf = generator.snapshotDates().back();

    const qint64 rows = qint64(data.reps.size() + data.quotas.size() + data.accounts.size() + data.healthReadings.size()
                               + data.opportunities.size() + data.snapshots.size() + data.forecastCalls.size());
    ImportLog::Entry entry;
    entry.profile = QStringLiteral("demo");
    entry.sourceKey = QStringLiteral("demo:seed=%1;reps=%2;deals=%3;weeks=%4;as_of=%5")
                          .arg(options.seed)
                          .arg(options.reps)
                          .arg(options.deals)
                          .arg(options.weeks)
                          .arg(asOf.toString(Qt::ISODate));
    entry.asOf = asOf;
    entry.rowsRead = rows;
    entry.rowsAccepted = rows;
    entry.startedAt = startedAt;
    entry.userName = userName();
    entry.status = ImportStatus::Done;
    ImportLog log(database);
    const Result<qint64> importId = log.add(entry);
    if (!importId)
        return importId.error();

    if (Status written = CrmWriter(database).write(data, importId.value()); !written)
        return written.error();

    entry.finishedAt = now();
    if (Status finished = log.finish(importId.value(), entry); !finished)
        return finished.error();
    if (!transaction.commit())
        return Database::databaseError(tr("cannot save the demo"), db);
    // The DM's side of the demo, after the CRM's import: two assumption sets, unless the database
    // has sets of its own (a demo written over older data keeps them). The hires are the first
    // district's, where the second rep leaves.
    const QString district = data.reps.empty() ? QString() : data.reps.front().district;
    if (Status sets = DemoAssumptionSets::addIfNone(database, asOf, district, entry.userName); !sets)
        return sets.error();
    return importId.value();
}

} // namespace dmc
