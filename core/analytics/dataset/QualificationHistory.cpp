#include "QualificationHistory.h"

#include "Dataset.h"

#include <algorithm>
#include <iterator>

namespace dmc {

std::shared_ptr<const QualificationHistory> QualificationHistory::build(const Dataset &dataset,
                                                                        std::vector<QualificationRecord> records)
{
    auto history = std::make_shared<QualificationHistory>();
    std::vector<Point> points;
    points.reserve(records.size());
    for (QualificationRecord &record : records) {
        const int opportunity = dataset.opportunityIndex(record.opportunityId);
        if (opportunity < 0 || !record.validFrom.isValid())
            continue;
        points.push_back(Point{opportunity, DayNumber(record.validFrom.toJulianDay()), std::move(record.state)});
    }
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.opportunity != b.opportunity ? a.opportunity < b.opportunity : a.from < b.from;
    });
    // Only deals with a point that differs from the latest record need points at all.
    for (size_t begin = 0; begin < points.size();) {
        size_t end = begin;
        while (end < points.size() && points[end].opportunity == points[begin].opportunity)
            ++end;
        const QualificationState latest = QualificationState::of(dataset.opportunity(points[begin].opportunity));
        const bool changed = std::any_of(points.begin() + qsizetype(begin), points.begin() + qsizetype(end),
                                         [&](const Point &point) { return !point.state.sameAs(latest); });
        if (changed)
            std::move(points.begin() + qsizetype(begin), points.begin() + qsizetype(end),
                      std::back_inserter(history->m_points));
        begin = end;
    }
    history->index();
    return history;
}

std::shared_ptr<const QualificationHistory> QualificationHistory::fromPoints(std::vector<Point> points,
                                                                             size_t opportunities)
{
    for (size_t i = 0; i < points.size(); ++i) {
        const Point &point = points[i];
        if (point.opportunity < 0 || size_t(point.opportunity) >= opportunities)
            return nullptr;
        if (i > 0) {
            const Point &before = points[i - 1];
            if (before.opportunity > point.opportunity
                || (before.opportunity == point.opportunity && before.from >= point.from))
                return nullptr;
        }
    }
    auto history = std::make_shared<QualificationHistory>();
    history->m_points = std::move(points);
    history->index();
    return history;
}

void QualificationHistory::index()
{
    m_ranges.clear();
    m_lastChange = std::numeric_limits<DayNumber>::max();
    if (m_points.empty())
        return;
    m_lastChange = std::numeric_limits<DayNumber>::min();
    m_ranges.reserve(qsizetype(m_points.size()));
    for (quint32 begin = 0; begin < m_points.size();) {
        quint32 end = begin;
        while (end < m_points.size() && m_points[end].opportunity == m_points[begin].opportunity)
            ++end;
        m_ranges.insert(m_points[begin].opportunity, {begin, end});
        m_lastChange = std::max(m_lastChange, m_points[end - 1].from);
        begin = end;
    }
}

std::span<const QualificationHistory::Point> QualificationHistory::pointsOf(qint32 opportunity) const
{
    const auto found = m_ranges.constFind(opportunity);
    if (found == m_ranges.constEnd())
        return {};
    return std::span<const Point>(m_points).subspan(found->first, found->second - found->first);
}

const QualificationState *QualificationHistory::lookUp(qint32 opportunity, DayNumber day) const
{
    const std::span<const Point> points = pointsOf(opportunity);
    if (points.empty() || day >= points.back().from)
        return nullptr;
    // The last point on or before the day; before the first point, the first.
    const auto after =
        std::upper_bound(points.begin(), points.end(), day, [](DayNumber d, const Point &p) { return d < p.from; });
    return after == points.begin() ? &points.front().state : &std::prev(after)->state;
}

} // namespace dmc
