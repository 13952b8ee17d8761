#include "Dataset.h"

#include "DatasetImageCodec.h"
#include "QualificationHistory.h"

#include <algorithm>
#include <cmath>

namespace dmc {

std::span<const SnapshotRecord> Dataset::rowsAt(int dateIndex) const
{
    if (dateIndex < 0 || dateIndex >= snapshotCount())
        return {};
    const quint32 begin = m_dateOffsets[size_t(dateIndex)];
    const quint32 end = m_dateOffsets[size_t(dateIndex) + 1];
    return std::span<const SnapshotRecord>(m_rows.data() + begin, end - begin);
}

const SnapshotRecord *Dataset::rowOf(int dateIndex, qint32 opportunity) const
{
    const auto rows = rowsAt(dateIndex);
    const auto it = std::lower_bound(rows.begin(), rows.end(), opportunity,
                                     [](const SnapshotRecord &row, qint32 id) { return row.opportunity < id; });
    if (it == rows.end() || it->opportunity != opportunity)
        return nullptr;
    return &*it;
}

std::span<const quint32> Dataset::historyOf(qint32 opportunity) const
{
    if (opportunity < 0 || size_t(opportunity) + 1 >= m_historyOffsets.size())
        return {};
    const quint32 begin = m_historyOffsets[size_t(opportunity)];
    const quint32 end = m_historyOffsets[size_t(opportunity) + 1];
    return std::span<const quint32>(m_history.data() + begin, end - begin);
}

void Dataset::releaseRows(std::span<const SnapshotRecord> rows) const
{
    if (m_rows.isMapped())
        image::releaseMappedPages(rows.data(), rows.data() + rows.size());
}

void Dataset::releaseHistoryPages() const
{
    releaseRows(rows());
    if (m_history.isMapped())
        image::releaseMappedPages(m_history.span().data(), m_history.span().data() + m_history.size());
}

int Dataset::dateIndex(QDate date) const
{
    if (!date.isValid())
        return -1;
    const auto day = DayNumber(date.toJulianDay());
    const auto it = std::lower_bound(m_snapshotDays.begin(), m_snapshotDays.end(), day);
    return it != m_snapshotDays.end() && *it == day ? int(it - m_snapshotDays.begin()) : -1;
}

int Dataset::latestSnapshotOnOrBefore(QDate date) const
{
    if (!date.isValid())
        return -1;
    const auto day = DayNumber(date.toJulianDay());
    const auto it = std::upper_bound(m_snapshotDays.begin(), m_snapshotDays.end(), day);
    return int(it - m_snapshotDays.begin()) - 1;
}

int Dataset::earliestSnapshotOnOrAfter(QDate date) const
{
    if (!date.isValid())
        return -1;
    const auto day = DayNumber(date.toJulianDay());
    const auto it = std::lower_bound(m_snapshotDays.begin(), m_snapshotDays.end(), day);
    return it == m_snapshotDays.end() ? -1 : int(it - m_snapshotDays.begin());
}

std::optional<QDate> Dataset::latestSnapshotDate() const
{
    if (m_snapshotDates.isEmpty())
        return std::nullopt;
    return m_snapshotDates.last();
}

bool Dataset::repInScope(qint32 rep, const Scope &scope) const
{
    if (rep < 0 || size_t(rep) >= m_reps.size())
        return false;
    const DatasetRep &entry = m_reps[size_t(rep)];
    switch (scope.kind) {
    case Scope::Kind::All: return true;
    case Scope::Kind::Region: return entry.rep.region == scope.value;
    case Scope::Kind::District: return entry.rep.district == scope.value;
    case Scope::Kind::Rep: return entry.rep.id == scope.value;
    }
    return false;
}

std::vector<bool> Dataset::scopeMask(const Scope &scope) const
{
    std::vector<bool> mask(m_reps.size(), false);
    for (size_t i = 0; i < m_reps.size(); ++i)
        mask[i] = repInScope(qint32(i), scope);
    return mask;
}

std::vector<qint32> Dataset::repsInScope(const Scope &scope) const
{
    std::vector<qint32> result;
    for (size_t i = 0; i < m_reps.size(); ++i)
        if (repInScope(qint32(i), scope))
            result.push_back(qint32(i));
    std::stable_sort(result.begin(), result.end(), [this](qint32 a, qint32 b) {
        const Rep &ra = m_reps[size_t(a)].rep;
        const Rep &rb = m_reps[size_t(b)].rep;
        if (ra.district != rb.district)
            return ra.district < rb.district;
        if (ra.name != rb.name)
            return ra.name < rb.name;
        return ra.id < rb.id;
    });
    return result;
}

QString Dataset::districtOf(qint32 rep) const
{
    if (rep < 0 || size_t(rep) >= m_reps.size())
        return {};
    return m_reps[size_t(rep)].rep.district;
}

Cents Dataset::quota(qint32 rep, const FiscalPeriod &period) const
{
    const auto it = m_quotas.constFind(period.quarterKey());
    if (it == m_quotas.constEnd() || rep < 0 || size_t(rep) >= it->size())
        return 0;
    const Cents quarter = (*it)[size_t(rep)];
    if (!period.isMonth())
        return quarter;
    // The quarter's thirds up to this month less those before it, each rounded down.
    const auto upTo = [quarter](int months) { return quarter * months / 3; };
    return upTo(period.monthOfQuarter) - upTo(period.monthOfQuarter - 1);
}

bool Dataset::hasQuota(qint32 rep, const FiscalPeriod &period) const
{
    const auto it = m_quotaPresent.constFind(period.quarterKey());
    if (it == m_quotaPresent.constEnd() || rep < 0 || size_t(rep) >= it->size())
        return false;
    return (*it)[size_t(rep)];
}

QStringList Dataset::quotaPeriods() const
{
    QStringList keys = m_quotas.keys();
    keys.sort();
    return keys;
}

QStringList Dataset::opportunityIds(std::span<const qint32> indices) const
{
    QStringList ids;
    ids.reserve(qsizetype(indices.size()));
    for (const qint32 index : indices)
        ids.append(m_opportunities[size_t(index)].id);
    return ids;
}

std::span<const HealthReading> Dataset::healthOf(qint32 account) const
{
    if (account < 0 || size_t(account) + 1 >= m_healthOffsets.size())
        return {};
    const quint32 begin = m_healthOffsets[size_t(account)];
    const quint32 end = m_healthOffsets[size_t(account) + 1];
    return std::span<const HealthReading>(m_health.data() + begin, end - begin);
}

Cents Dataset::toReporting(Cents amount, const QString &currency, const QDate &closeDate) const
{
    return m_converter.toReporting(amount, currency, closeDate.isValid() ? DayNumber(closeDate.toJulianDay()) : NoDay);
}

const DatasetForecastCall *Dataset::latestCall(qint32 rep, const QString &period, DayNumber day) const
{
    // Calls are sorted by (rep, period, week): find the range, then the last week <= day.
    const auto lower =
        std::lower_bound(m_calls.begin(), m_calls.end(), std::pair(rep, &period),
                         [](const DatasetForecastCall &call, const auto &key) {
                             return call.rep != key.first ? call.rep < key.first : call.period < *key.second;
                         });
    const DatasetForecastCall *best = nullptr;
    for (auto it = lower; it != m_calls.end() && it->rep == rep && it->period == period; ++it) {
        if (it->weekStart <= day)
            best = &*it;
    }
    return best;
}

const QualificationHistory &Dataset::qualificationHistory() const
{
    static const QualificationHistory none;
    return m_qualificationHistory ? *m_qualificationHistory : none;
}

qint64 Dataset::memoryBytes() const
{
    // A column mapped from the image is page cache, not heap.
    qint64 bytes = qint64(m_rows.heapBytes() + m_history.heapBytes());
    bytes += qint64(m_historyOffsets.capacity() * sizeof(quint32));
    bytes += qint64(m_opportunities.capacity() * (sizeof(Opportunity) + 64));
    bytes += qint64(m_opportunities.size()) * 64; // the id lookup, once built
    return bytes;
}

} // namespace dmc
