#pragma once

#include "domain/CrmData.h"
#include "domain/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace dmc {

class Database;

// Reads the stored CRM data back, the twin of CrmWriter: each table in one forward-only pass,
// every row handed to the caller as it is read, so only the caller's own structures hold them
// (the dataset load, the canonical export). On SQLite the rows come through the C API
// (RowCursor). Never touches DM action tables.
class CrmReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CrmReader)

public:
    // The order of the tables a reader may take as stored: by primary key (the canonical export),
    // or as the rows sit in the table, much cheaper for the snapshot table (walking its key costs
    // a seek per row) when the caller sorts or does not care.
    enum class Order { Stored, Key };

    // A snapshot row as the stored UTF-8 bytes, valid only during the callback: the snapshot
    // table holds millions of rows, and the dataset load keeps none of these strings.
    struct Utf8Snapshot
    {
        QByteArrayView asOf;
        QByteArrayView opportunityId;
        QByteArrayView ownerId;
        QByteArrayView stage;
        QByteArrayView category; // the key: "pipeline", "best_case", ...
        std::optional<Cents> amount;
        QByteArrayView currency;
        QByteArrayView closeDate; // ISO text, a null view for none
        QByteArrayView stageEnteredDate;
        QByteArrayView lastActivityDate;
    };

    // What identifies the stored CRM data (CrmWriter keeps the id and the generation): a derived
    // copy (the dataset cache) matching it is current.
    struct DataVersion
    {
        QString databaseId;
        QString generation;
        QString reportingCurrency;
        QString latestSnapshot; // the latest as-of date, "" without snapshots
    };

    template<class Row>
    using Visit = std::function<void(const Row &)>;

    explicit CrmReader(const Database &database);

    QString reportingCurrency() const; // the setting, USD when never set
    // The undated rates by code, then the dated ones by code and start date (schema 4 on: a
    // read-only file one step behind has none).
    Status readCurrencyRates(const Visit<CurrencyRate> &visit) const;
    Status readStages(const Visit<Stage> &visit) const; // by sort order, then name
    Status readReps(const Visit<Rep> &visit) const;     // by id
    Status readQuotas(Order order, const Visit<Quota> &visit) const;
    Status readAccounts(const Visit<Account> &visit) const; // by id
    Status readHealthReadings(Order order, const Visit<HealthReading> &visit) const;
    // By id (byte order), each deal with its MEDDPICC.
    Status readOpportunities(const Visit<Opportunity> &visit) const;
    Status readSnapshots(Order order, const Visit<Utf8Snapshot> &visit) const;
    Status readForecastCalls(Order order, const Visit<ForecastCall> &visit) const;
    // Territory and capacity planning (schema 9 on: a read-only file from before holds none).
    Status readRampCurves(const Visit<RampCurvePoint> &visit) const;   // by role, month
    Status readRepEmployment(const Visit<RepEmployment> &visit) const; // by rep id
    Status readAccountOwners(const Visit<AccountOwner> &visit) const;  // by account, from date

    // Row counts for reserving memory; 0 when they cannot be read.
    qint64 opportunityCount() const;
    qint64 snapshotCount() const;
    bool hasSnapshots() const; // at least one row, without counting them
    // True when the database has reps, deals or snapshots.
    Result<bool> hasCrmData() const;
    // The account ids among `ids` the database does not hold.
    Result<QStringList> unknownAccounts(const QStringList &ids) const;
    // Nothing when it cannot be read (a derived copy is then never trusted).
    std::optional<DataVersion> dataVersion() const;

private:
    const Database &m_database;
};

} // namespace dmc
