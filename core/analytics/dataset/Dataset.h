#pragma once

#include "DataPresence.h"
#include "DatasetForecastCall.h"
#include "DatasetPlays.h"
#include "DatasetPocs.h"
#include "analytics/review/SourceGroupMap.h"
#include "DatasetRep.h"
#include "IdIndex.h"
#include "MappedColumn.h"
#include "SnapshotRecord.h"
#include "analytics/engine/Scope.h"
#include "domain/Account.h"
#include "domain/CurrencyConverter.h"
#include "domain/CurrencyRate.h"
#include "domain/FiscalPeriod.h"
#include "domain/Opportunity.h"
#include "domain/Stage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace dmc {

class QualificationHistory;

// Everything the engine reads, loaded once from a database (DatasetLoader) and then immutable:
// reps, quotas, accounts + health readings, stages, currency rates, forecast calls, the latest
// opportunity records and ALL snapshot rows in compact form sorted by (date, opportunity).
// Share it as std::shared_ptr<const Dataset>; every const method is safe from several threads.
class Dataset
{
public:
    // Deal status of a snapshot row. Won: a won stage, or category Closed on a stage that is not
    // lost. Lost: a lost stage, or category Omitted (lost or excluded from the forecast).
    // Open: everything else (Commit / Best Case / Pipeline on an open stage).
    enum class Status : quint8 { Open, Won, Lost };

    // --- snapshots
    const QList<QDate> &snapshotDates() const { return m_snapshotDates; }
    int snapshotCount() const { return int(m_snapshotDates.size()); }
    std::span<const SnapshotRecord> rows() const { return m_rows.span(); }
    // The rows of one snapshot date, sorted by opportunity index.
    std::span<const SnapshotRecord> rowsAt(int dateIndex) const;
    // The row of one deal at one snapshot, or nullptr when the deal is absent there.
    const SnapshotRecord *rowOf(int dateIndex, qint32 opportunity) const;
    // Indices (into rows()) of one deal's rows, oldest snapshot first.
    std::span<const quint32> historyOf(qint32 opportunity) const;
    // Gives back the whole pages of `rows` (a part of rows()) that a pass has finished reading:
    // the process's resident memory drops, and a later read faults them back in from the page
    // cache. Only rows read in place from an image have such pages; built rows are left alone.
    void releaseRows(std::span<const SnapshotRecord> rows) const;
    // The same for every page of rows() and of the deals' history index: for a pass over deals'
    // histories (HistoryPassPaging), which reads both in deal order.
    void releaseHistoryPages() const;
    int dateIndex(QDate date) const;                 // -1 when not a snapshot date
    int latestSnapshotOnOrBefore(QDate date) const;  // -1 when none
    int earliestSnapshotOnOrAfter(QDate date) const; // -1 when none
    std::optional<QDate> latestSnapshotDate() const;
    QDate snapshotDate(int dateIndex) const { return m_snapshotDates.at(dateIndex); }
    DayNumber snapshotDay(int dateIndex) const { return m_snapshotDays[size_t(dateIndex)]; }

    // --- row semantics
    Status status(const SnapshotRecord &row) const
    {
        // Inline: the insight detectors ask it for every row of every deal.
        const Stage &stage = m_stages[row.stage];
        if (stage.isWon)
            return Status::Won;
        if (stage.isLost)
            return Status::Lost;
        switch (row.category()) {
        case ForecastCategory::Closed: return Status::Won;
        case ForecastCategory::Omitted: return Status::Lost;
        default: return Status::Open;
        }
    }
    bool isOpen(const SnapshotRecord &row) const { return status(row) == Status::Open; }
    int probability(const SnapshotRecord &row) const { return m_stages[row.stage].probability; }

    // --- reps and organisation
    const std::vector<DatasetRep> &reps() const { return m_reps; }
    const QStringList &districts() const { return m_districts; }
    const QStringList &regions() const { return m_regions; }
    int repIndex(const QString &id) const { return m_repIndex.value(id, -1); }
    // Whether a rep belongs to a scope. Unknown scope values match no one.
    bool repInScope(qint32 rep, const Scope &scope) const;
    std::vector<bool> scopeMask(const Scope &scope) const;     // one flag per rep
    std::vector<qint32> repsInScope(const Scope &scope) const; // sorted by district, name, id
    // The district of a rep ("" when none).
    QString districtOf(qint32 rep) const;

    // --- quotas (reporting-currency cents); 0 when the rep has no quota for the period.
    // Quotas are kept by quarter; a month's is a third of its quarter's (the three months add up
    // to the quarter's to the cent).
    Cents quota(qint32 rep, const FiscalPeriod &period) const;
    bool hasQuota(qint32 rep, const FiscalPeriod &period) const;
    QStringList quotaPeriods() const; // sorted keys "2026Q1", ...

    // --- opportunities (latest imported attributes)
    const std::vector<Opportunity> &opportunities() const { return m_opportunities; }
    int opportunityIndex(const QString &id) const { return m_opportunityIndex.value(id); } // -1: no such deal
    const Opportunity &opportunity(qint32 index) const { return m_opportunities[size_t(index)]; }
    qint32 opportunityOwner(qint32 index) const { return m_opportunityOwner[size_t(index)]; }
    qint32 opportunityAccount(qint32 index) const { return m_opportunityAccount[size_t(index)]; } // -1 none
    Cents opportunityAmount(qint32 index) const { return m_opportunityAmount[size_t(index)]; }    // reporting
    QStringList opportunityIds(std::span<const qint32> indices) const;

    // --- stages
    const std::vector<Stage> &stages() const { return m_stages; }
    int stageIndex(const QString &name) const { return m_stageIndex.value(name, -1); }

    // --- accounts
    const std::vector<Account> &accounts() const { return m_accounts; }
    int accountIndex(const QString &id) const { return m_accountIndex.value(id); }
    Cents accountArr(qint32 index) const { return m_accountArr[size_t(index)]; } // reporting currency
    // Health readings of one account, oldest first.
    std::span<const HealthReading> healthOf(qint32 account) const;

    // --- currency
    QString reportingCurrency() const { return m_reportingCurrency; }
    const std::vector<CurrencyRate> &currencyRates() const { return m_rates; }
    // In the reporting currency, rounded to the cent, at the rate of `closeDate` where the
    // currency has dated rates; unknown or empty currency: unchanged.
    Cents toReporting(Cents amount, const QString &currency, const QDate &closeDate = {}) const;
    const CurrencyConverter &converter() const { return m_converter; }
    // Currencies seen in the data without a rate (converted at 1).
    const QStringList &currenciesWithoutRate() const { return m_missingRates; }

    // --- forecast calls, sorted by (rep, period, week)
    const std::vector<DatasetForecastCall> &forecastCalls() const { return m_calls; }
    // The latest call of a rep for a period with week start on or before `day`.
    const DatasetForecastCall *latestCall(qint32 rep, const QString &period, DayNumber day) const;
    bool hasForecastCalls() const { return !m_calls.empty(); }

    // --- the stored POCs by deal (empty when the data has no POC rows)
    const DatasetPocs &pocs() const { return m_pocs; }
    // --- the stored plays, steps, compliance artifacts and deal tasks (empty without play rows)
    const DatasetPlays &plays() const { return m_plays; }

    // --- how the deals' lead sources group (the import profile's table, then the default one)
    const SourceGroupMap &sourceGroups() const { return m_sourceGroups; }

    // --- the qualification change points (MEDDPICC levels, POC, reviews, next step) of the deals
    // whose values changed over time; opportunities() holds the latest values. Read them as of a
    // date through QualificationHistory.h (kept out of this header: few readers need it).
    const QualificationHistory &qualificationHistory() const;

    // --- which fields hold at least one value (what the risk filters and views can read)
    const DataPresence &presence() const { return m_presence; }

    // Approximate heap bytes held (for the benchmark and the memory budget).
    qint64 memoryBytes() const;

private:
    friend class DatasetBuilder;
    friend class DatasetCache;
    friend class DatasetSlice;

    QList<QDate> m_snapshotDates;
    std::vector<DayNumber> m_snapshotDays;
    MappedColumn<SnapshotRecord> m_rows;   // built, or read in place from the image
    std::vector<quint32> m_dateOffsets;    // snapshotCount + 1 offsets into m_rows
    MappedColumn<quint32> m_history;       // row indices grouped by opportunity
    std::vector<quint32> m_historyOffsets; // opportunities + 1 offsets into m_history

    std::vector<DatasetRep> m_reps;
    QHash<QString, qint32> m_repIndex;
    QStringList m_districts;
    QStringList m_regions;
    QHash<QString, std::vector<Cents>> m_quotas;      // period -> per rep
    QHash<QString, std::vector<bool>> m_quotaPresent; // period -> per rep

    std::vector<Opportunity> m_opportunities;
    IdIndex<Opportunity> m_opportunityIndex;
    std::vector<qint32> m_opportunityOwner;
    std::vector<qint32> m_opportunityAccount;
    std::vector<Cents> m_opportunityAmount;

    std::vector<Stage> m_stages;
    QHash<QString, qint32> m_stageIndex;

    std::vector<Account> m_accounts;
    IdIndex<Account> m_accountIndex;
    std::vector<Cents> m_accountArr;
    std::vector<HealthReading> m_health;  // sorted by (account index, date)
    std::vector<quint32> m_healthOffsets; // accounts + 1

    QString m_reportingCurrency = QStringLiteral("USD");
    std::vector<CurrencyRate> m_rates;
    CurrencyConverter m_converter;
    QStringList m_missingRates;

    std::vector<DatasetForecastCall> m_calls;

    DatasetPocs m_pocs;
    DatasetPlays m_plays;
    SourceGroupMap m_sourceGroups;
    std::shared_ptr<const QualificationHistory> m_qualificationHistory; // null: no deal changed

    DataPresence m_presence;
};

} // namespace dmc
