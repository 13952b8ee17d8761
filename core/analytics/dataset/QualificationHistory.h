#pragma once

#include "domain/Money.h"
#include "domain/Opportunity.h"
#include "domain/QualificationState.h"

#include <QHash>

#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace dmc {

class Dataset;

// The qualification change points of a Dataset's deals (docs/definitions.md#qualification-history):
// for each deal whose MEDDPICC levels, POC, reviews or next step changed, the values from each date
// on. A deal without points reads its latest record at every date. Immutable once built; shared by
// the Dataset beside its columns and stored in the dataset cache image.
//
// How a date reads: on or after the deal's last point, the latest record (the fast path: nothing
// is copied); before it, the point with the latest date on or before the day; before the first
// point, the first point (the earliest values the data knows).
class QualificationHistory
{
public:
    struct Point
    {
        qint32 opportunity = -1; // index into Dataset::opportunities()
        DayNumber from = NoDay;
        QualificationState state;
    };

    QualificationHistory() = default;
    // Keeps the deals with a point whose values differ from their latest record (a deal whose
    // points all match it reads the same at every date); records of unknown deals are dropped.
    static std::shared_ptr<const QualificationHistory> build(const Dataset &dataset,
                                                             std::vector<QualificationRecord> records);
    // From a cache image's points (sorted by deal and date); nullptr when they are not.
    static std::shared_ptr<const QualificationHistory> fromPoints(std::vector<Point> points, size_t opportunities);

    bool isEmpty() const { return m_points.empty(); }
    const std::vector<Point> &points() const { return m_points; }
    // One deal's points, oldest first (empty when its values never changed).
    std::span<const Point> pointsOf(qint32 opportunity) const;
    // The values in effect on `day`, or nullptr when the latest record holds then.
    const QualificationState *stateAsOf(qint32 opportunity, DayNumber day) const
    {
        if (day >= m_lastChange)
            return nullptr; // the usual as-of (the latest snapshot): one comparison a deal
        return lookUp(opportunity, day);
    }
    // The deal's record as of `day`: `latest` itself when nothing changed after `day`, otherwise
    // `scratch` filled with the latest record and the qualification values of then.
    const Opportunity &opportunityAsOf(const Opportunity &latest, qint32 opportunity, DayNumber day,
                                       Opportunity &scratch) const
    {
        const QualificationState *state = stateAsOf(opportunity, day);
        if (!state)
            return latest;
        scratch = latest;
        state->applyTo(scratch);
        return scratch;
    }

private:
    const QualificationState *lookUp(qint32 opportunity, DayNumber day) const;
    void index();

    std::vector<Point> m_points;                                    // sorted by (opportunity, from)
    QHash<qint32, std::pair<quint32, quint32>> m_ranges;            // deal -> [begin, end) in m_points
    DayNumber m_lastChange = std::numeric_limits<DayNumber>::max(); // latest last point of any deal
};

} // namespace dmc
