#include "DatasetPlays.h"

#include "Dataset.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace dmc {

namespace {

// Keeps the rows whose key is known, sorted by (key, id), and the [first, last) range of each key.
template<typename Row, typename Key, typename KeyOf, typename IdOf>
std::vector<Row> grouped(std::vector<Row> rows, KeyOf keyOf, IdOf idOf, QHash<Key, std::pair<quint32, quint32>> &ranges)
{
    std::vector<std::pair<Key, Row>> keyed;
    keyed.reserve(rows.size());
    for (Row &row : rows)
        if (const auto key = keyOf(row))
            keyed.emplace_back(*key, std::move(row));
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : idOf(a.second) < idOf(b.second);
    });
    std::vector<Row> result;
    result.reserve(keyed.size());
    for (auto &[key, row] : keyed) {
        const auto at = quint32(result.size());
        auto &range = ranges[key];
        if (range.first == range.second)
            range = {at, at};
        range.second = at + 1;
        result.push_back(std::move(row));
    }
    return result;
}

template<typename Row, typename Key>
std::span<const Row> rangeOf(const std::vector<Row> &rows, const QHash<Key, std::pair<quint32, quint32>> &ranges,
                             const Key &key)
{
    const auto found = ranges.constFind(key);
    if (found == ranges.constEnd())
        return {};
    return std::span<const Row>(rows).subspan(found->first, found->second - found->first);
}

} // namespace

DatasetPlays::DatasetPlays(PlayRecords records, const Dataset &dataset)
{
    m_records.partners = std::move(records.partners);
    m_records.opportunityPartners = std::move(records.opportunityPartners);
    m_records.plays = std::move(records.plays);
    QSet<QString> playIds;
    for (const Play &play : m_records.plays)
        playIds.insert(play.id);
    auto dealOf = [&](const auto &row) -> std::optional<qint32> {
        const int deal = dataset.opportunityIndex(row.opportunityId);
        return deal >= 0 ? std::optional<qint32>(deal) : std::nullopt;
    };
    m_records.steps = grouped(
        std::move(records.steps),
        [&](const PlayStep &step) {
            return playIds.contains(step.playId) ? std::optional<QString>(step.playId) : std::nullopt;
        },
        [](const PlayStep &step) { return step.id; }, m_stepsByPlay);
    m_records.compliance = grouped(
        std::move(records.compliance), dealOf, [](const ComplianceRecord &r) { return r.artifact; },
        m_complianceByDeal);
    m_records.tasks = grouped(
        std::move(records.tasks), dealOf, [](const DealTask &t) { return t.id; }, m_tasksByDeal);
}

std::span<const PlayStep> DatasetPlays::stepsOf(const Play &play) const
{
    return rangeOf(m_records.steps, m_stepsByPlay, play.id);
}

std::span<const ComplianceRecord> DatasetPlays::complianceOf(qint32 opportunity) const
{
    return rangeOf(m_records.compliance, m_complianceByDeal, opportunity);
}

std::span<const DealTask> DatasetPlays::tasksOf(qint32 opportunity) const
{
    return rangeOf(m_records.tasks, m_tasksByDeal, opportunity);
}

bool DatasetPlays::hasPlayArtifacts() const
{
    return std::any_of(m_records.plays.begin(), m_records.plays.end(),
                       [](const Play &play) { return !play.artifacts.isEmpty() && !play.artifactStage.isEmpty(); });
}

} // namespace dmc
