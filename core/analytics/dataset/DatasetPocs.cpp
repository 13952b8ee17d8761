#include "DatasetPocs.h"

#include "Dataset.h"

#include <algorithm>

namespace dmc {

namespace {

// Sorts one child table by (POC position, id), drops rows of unknown POCs and returns the offsets.
template<typename Row>
std::vector<quint32> group(std::vector<Row> &rows, const QHash<QString, quint32> &pocPosition, size_t pocCount)
{
    std::vector<std::pair<quint32, Row>> keyed;
    keyed.reserve(rows.size());
    for (Row &row : rows) {
        const auto found = pocPosition.constFind(row.pocId);
        if (found != pocPosition.constEnd())
            keyed.emplace_back(*found, std::move(row));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    std::vector<quint32> offsets(pocCount + 1, 0);
    rows.clear();
    for (auto &[position, row] : keyed) {
        ++offsets[position + 1];
        rows.push_back(std::move(row));
    }
    for (size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    return offsets;
}

} // namespace

DatasetPocs::DatasetPocs(PocRecords records, const Dataset &dataset)
{
    std::vector<std::pair<qint32, PocRecord>> keyed;
    for (PocRecord &poc : records.pocs) {
        const int deal = dataset.opportunityIndex(poc.opportunityId);
        if (deal >= 0)
            keyed.emplace_back(deal, std::move(poc));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const bool aDated = a.second.start.isValid(), bDated = b.second.start.isValid();
        if (aDated != bDated)
            return aDated;
        if (a.second.start != b.second.start)
            return a.second.start < b.second.start;
        return a.second.id < b.second.id;
    });
    QHash<QString, quint32> position;
    for (auto &[deal, poc] : keyed) {
        const auto at = quint32(m_records.pocs.size());
        auto &range = m_byDeal[deal];
        if (range.first == range.second)
            range = {at, at};
        range.second = at + 1;
        position.insert(poc.id, at);
        m_records.pocs.push_back(std::move(poc));
    }
    m_records.criteria = std::move(records.criteria);
    m_records.checkIns = std::move(records.checkIns);
    m_records.tasks = std::move(records.tasks);
    m_criteriaOffsets = group(m_records.criteria, position, m_records.pocs.size());
    m_checkInOffsets = group(m_records.checkIns, position, m_records.pocs.size());
    m_taskOffsets = group(m_records.tasks, position, m_records.pocs.size());
}

std::span<const PocRecord> DatasetPocs::pocsOf(qint32 opportunity) const
{
    const auto found = m_byDeal.constFind(opportunity);
    if (found == m_byDeal.constEnd())
        return {};
    return std::span<const PocRecord>(m_records.pocs).subspan(found->first, found->second - found->first);
}

std::span<const PocCriterion> DatasetPocs::criteriaOf(const PocRecord &poc) const
{
    const size_t i = indexOf(poc);
    return std::span<const PocCriterion>(m_records.criteria)
        .subspan(m_criteriaOffsets[i], m_criteriaOffsets[i + 1] - m_criteriaOffsets[i]);
}

std::span<const PocCheckIn> DatasetPocs::checkInsOf(const PocRecord &poc) const
{
    const size_t i = indexOf(poc);
    return std::span<const PocCheckIn>(m_records.checkIns)
        .subspan(m_checkInOffsets[i], m_checkInOffsets[i + 1] - m_checkInOffsets[i]);
}

std::span<const PocTask> DatasetPocs::tasksOf(const PocRecord &poc) const
{
    const size_t i = indexOf(poc);
    return std::span<const PocTask>(m_records.tasks).subspan(m_taskOffsets[i], m_taskOffsets[i + 1] - m_taskOffsets[i]);
}

PocRecords DatasetPocs::recordsOf(qint32 opportunity) const
{
    std::vector<const PocRecord *> byId;
    for (const PocRecord &poc : pocsOf(opportunity))
        byId.push_back(&poc);
    std::sort(byId.begin(), byId.end(), [](const PocRecord *a, const PocRecord *b) { return a->id < b->id; });
    // Child rows are kept by (POC, id) here already; in POC id order they are PocReader's order.
    PocRecords records;
    for (const PocRecord *poc : byId) {
        records.pocs.push_back(*poc);
        const auto criteria = criteriaOf(*poc);
        records.criteria.insert(records.criteria.end(), criteria.begin(), criteria.end());
        const auto checkIns = checkInsOf(*poc);
        records.checkIns.insert(records.checkIns.end(), checkIns.begin(), checkIns.end());
        const auto tasks = tasksOf(*poc);
        records.tasks.insert(records.tasks.end(), tasks.begin(), tasks.end());
    }
    return records;
}

} // namespace dmc
