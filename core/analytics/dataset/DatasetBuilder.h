#pragma once

#include "Dataset.h"
#include "domain/CrmData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <memory>
#include <optional>

namespace dmc {

class SpilledRows;

// Assembles a Dataset from entities fed one at a time (by DatasetLoader from SQL rows or from
// CrmData). Feed rates before snapshots and opportunities (amounts are converted on arrival).
class DatasetBuilder
{
public:
    // A snapshot row as raw UTF-8 fields, so 5M rows cost no QString each.
    struct RawSnapshot
    {
        DayNumber asOf = NoDay;
        QByteArrayView opportunityId;
        QByteArrayView ownerId;
        QByteArrayView stage;
        QByteArrayView category; // "pipeline", "best_case", "commit", "closed", "omitted"
        std::optional<Cents> amount;
        QByteArrayView currency;
        DayNumber closeDay = NoDay;
        DayNumber stageEnteredDay = NoDay;
        DayNumber lastActivityDay = NoDay;
    };

    DatasetBuilder();
    ~DatasetBuilder();
    DatasetBuilder(const DatasetBuilder &) = delete;
    DatasetBuilder &operator=(const DatasetBuilder &) = delete;

    void setReportingCurrency(const QString &code);
    void addRate(const CurrencyRate &rate);
    void addStage(const Stage &stage);
    void addRep(const Rep &rep);
    void addQuota(const QString &repId, const QString &period, Cents amount);
    void addAccount(const Account &account);
    void addHealthReading(const HealthReading &reading);
    void addOpportunity(const Opportunity &opportunity);
    void addSnapshot(const RawSnapshot &row);
    void reserveSnapshots(qint64 count); // avoids growing the row vector (peak memory)
    // The snapshot rows go to `rows` as they are made and are read in place by the Dataset
    // (SpilledRows: an import's rows out of its heap). finish() returns null if the file fails.
    void spillRowsTo(std::unique_ptr<SpilledRows> rows);
    void reserveOpportunities(qint64 count); // same for the deals (~620 bytes each)
    void addForecastCall(const ForecastCall &call);
    // The stored POCs, grouped by deal in finish().
    void setPocs(PocRecords records) { m_pocs = std::move(records); }
    // Gives a built (or cached) Dataset its POC rows and the presence of poc_records.
    static void attachPocs(Dataset &dataset, PocRecords records);
    // The stored play rows, grouped by deal in finish().
    void setPlays(PlayRecords records) { m_plays = std::move(records); }
    // Gives a built (or cached) Dataset its play rows and the presence of play_steps,
    // play_artifacts, compliance_records and deal_tasks.
    static void attachPlays(Dataset &dataset, PlayRecords records);
    static void attachSourceGroups(Dataset &dataset, SourceGroupMap groups);
    // The qualification change points (built from the stored history once the deals are known).
    static void attachQualificationHistory(Dataset &dataset, std::vector<QualificationRecord> records);

    // Null only when spilled rows could not be written or read back.
    std::shared_ptr<Dataset> finish();

    // "YYYY-MM-DD" (a longer ISO text is cut after the date) to a Julian day; NoDay when invalid.
    static DayNumber parseDay(QByteArrayView text);
    static std::optional<ForecastCategory> parseCategory(QByteArrayView key);

private:
    qint32 internRep(QByteArrayView id);
    qint32 internOpportunity(QByteArrayView id, const RawSnapshot *from);
    // The deal of a snapshot row found from the last row's (m_cursor): -1 when not there, which
    // leaves it to internOpportunity. The first for id-ordered keys, the second otherwise.
    qint32 keyAfterCursor(QByteArrayView id) const;
    qint32 keyNearCursor(QByteArrayView id) const;
    qint32 internStage(QByteArrayView name);
    // The rates converting `currency` (as the row spells it) on `closeDay`.
    CurrencyConverter::Pair ratesFor(QByteArrayView currency, DayNumber closeDay);
    void addDefaultStages();
    // Rows in date then deal order, the date offsets and each deal's history.
    void indexRows(Dataset &d);

    std::shared_ptr<Dataset> m_data;
    std::unique_ptr<SpilledRows> m_spill; // null: rows kept in m_data
    PocRecords m_pocs;
    PlayRecords m_plays;
    QHash<QByteArray, qint32> m_repByKey;
    QHash<QByteArray, qint32> m_opportunityByKey;
    QHash<QByteArray, qint32> m_stageByKey;
    // Resolved per spelling seen: the code, and its rates unless they depend on the day.
    struct ResolvedCurrency
    {
        QString code;
        bool dated = false;
        CurrencyConverter::Pair rates;
    };
    const ResolvedCurrency &resolve(QByteArrayView currency);
    QHash<QByteArray, ResolvedCurrency> m_rateCache;
    QByteArray m_lastCurrency;
    ResolvedCurrency m_last;
    // UTF-8 keys by index, so a snapshot row is usually matched by one short compare: the next
    // opportunity in id order, its current owner, its stage at the previous row.
    std::vector<QByteArray> m_opportunityKeys;
    std::vector<QByteArray> m_repKeys;
    std::vector<QByteArray> m_stageKeys;
    std::vector<quint8> m_lastStage;
    bool m_keysSorted = true; // m_opportunityKeys in byte order (ORDER BY id)
    qint32 m_cursor = -1;
    DayNumber m_cursorDay = NoDay;
    QHash<DayNumber, quint16> m_dateByDay;
    std::vector<DayNumber> m_provisionalDays;
    struct PendingQuota
    {
        QString repId;
        QString period;
        Cents amount;
    };
    std::vector<PendingQuota> m_quotas;
    std::vector<HealthReading> m_health;
    bool m_stagesGiven = false;
    // Presence bits of the snapshot-row fields, ORed per row without a branch.
    quint32 m_rowFields = 0;
};

} // namespace dmc
