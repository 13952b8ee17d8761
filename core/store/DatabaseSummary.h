#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace dmc {

class Database;

// What a database holds: counts per entity, snapshot dates, periods, organisation, last imports.
struct DatabaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DatabaseSummary)

public:
    struct ImportEntry
    {
        qint64 id = 0;
        QString profile;
        QString startedAt;
        QString finishedAt;
        QString userName;
        QString status;
        qint64 rowsRead = 0;
        qint64 rowsAccepted = 0;
        qint64 rowsRejected = 0;
    };

    qint64 opportunities = 0;
    qint64 reps = 0;
    qint64 districts = 0;
    qint64 regions = 0;
    qint64 accounts = 0;
    qint64 snapshots = 0; // snapshot rows
    qint64 quotas = 0;
    qint64 forecastCalls = 0;
    qint64 healthReadings = 0;
    QList<QDate> snapshotDates;
    QStringList periods; // quota periods
    QStringList regionNames;
    QStringList districtNames;
    QString reportingCurrency = QStringLiteral("USD");
    QStringList rateCurrencies;     // currencies with an exchange rate (undated or dated), sorted
    QList<ImportEntry> lastImports; // newest first, at most 5

    static Result<DatabaseSummary> read(const Database &database);
    nlohmann::json toJson() const;
    QString toText() const;
};

} // namespace dmc
