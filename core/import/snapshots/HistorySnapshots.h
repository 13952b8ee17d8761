#pragma once

#include "domain/ForecastCategory.h"
#include "domain/Money.h"
#include "import/snapshots/SnapshotSource.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace dmc {

class ImportSession;
struct Opportunity;

// Weekly snapshots replayed from a CRM's change history (Salesforce OpportunityHistory): at the
// end of each week's last day, each deal is in the state of its latest change by then. A year of
// weeks at company scale is millions of rows, so the changes are held compactly (about 40 bytes
// each, no QString) and the rows are written straight into the database inside the import's
// transaction (SnapshotSource), in primary-key order, never held.
class HistorySnapshots : public SnapshotSource
{
public:
    // `session` answers cancelled(): the write stops at the next week (and every 1,000 rows)
    // with ImportSession::cancelledError(), and the import's transaction rolls back.
    explicit HistorySnapshots(const ImportSession &session)
        : m_session(session)
    {
    }

    // One change of a deal: its state from `at` on.
    struct Change
    {
        qint64 at = 0;    // milliseconds of wall-clock time since the Julian day epoch
        quint32 line = 0; // the file's line: of two changes at the same time, the later line wins
        qint32 deal = 0;
        qint32 closeDay = 0; // Julian day, 0 when none
        qint16 stage = -1;   // index into stages(), -1 when the stage is unknown
        ForecastCategory category = ForecastCategory::Pipeline;
        bool hasAmount = false;
        Cents amount = 0;
    };

    static qint64 timeOf(const QDate &date, int msecsOfDay) { return date.toJulianDay() * DayMs + msecsOfDay; }
    static constexpr qint64 DayMs = 86400000;

    // The index of a stage name for Change::stage.
    qint16 stageIndex(const QString &name);
    void addChange(const Change &change) { m_changes.push_back(change); }

    // Per deal, the stage of its latest change and the day it entered it (-1 and 0 without
    // history), for deals whose export has no stage-entered date.
    struct LatestStage
    {
        qint16 stage = -1;
        qint32 enteredDay = 0;
    };
    // Orders each deal's changes (by time, then file line) once all are read; the deals'
    // positions are those `addChange` used.
    std::vector<LatestStage> sortChanges(qsizetype deals);
    // The deals as the import stores them (same positions as the changes) and the last week's
    // as-of date. Call after sortChanges(); the deals may be freed afterwards.
    void setDeals(const std::vector<Opportunity> &deals, const QDate &asOf);

    // The earliest change, for the as-of range; invalid when there is none.
    QDate firstChangeDay() const;

    Status run(Database &database, SnapshotObserver *observer) override;
    qint64 expectedRows() const override { return m_expectedRows; }
    qint64 rowsStored() const override { return m_stored; }
    // The rows carry their deal's currency, which the import has already checked.
    QHash<QString, qint64> currencyRows() const override { return {}; }
    QDate latest() const override { return m_dates.empty() ? QDate() : m_dates.back(); }
    QDate latestBeforeRun() const override { return latest(); } // the weeks are set by setDeals()

private:
    // What a snapshot row needs of a deal, in stored form.
    struct Deal
    {
        QByteArray id;
        QByteArray owner;
        QByteArray currency;
        qint32 firstChange = 0; // into m_changes; firstChange == endChange: no history
        qint32 endChange = 0;
        qint32 createdDay = 0;
        qint32 closeDay = 0;
        qint32 stageEnteredDay = 0;
        qint32 lastActivityDay = 0;
        qint16 stage = -1;
        ForecastCategory category = ForecastCategory::Pipeline;
        bool hasAmount = false;
        Cents amount = 0;
    };

    QByteArray interned(const QString &text);

    const ImportSession &m_session;
    std::vector<Change> m_changes;
    std::vector<qint32> m_stageEntered; // per change, sorted like m_changes
    std::vector<Deal> m_deals;          // sorted by id bytes (the primary key's order)
    std::vector<QDate> m_dates;
    QHash<QString, qint16> m_stageIndex;
    std::vector<QByteArray> m_stageNames;
    QHash<QString, QByteArray> m_interned;
    qint64 m_expectedRows = 0;
    qint64 m_stored = 0;
};

} // namespace dmc
