#include "DemoAssumptionSets.h"

#include "store/AssumptionSetStore.h"

namespace dmc {

std::vector<CapacityAssumptions> DemoAssumptionSets::sets(const QDate &asOf, const QString &district)
{
    // The first Monday of the quarter after the as-of's.
    const QDate quarterStart(asOf.year(), ((asOf.month() - 1) / 3) * 3 + 1, 1);
    QDate start = quarterStart.addMonths(3);
    while (start.dayOfWeek() != Qt::Monday)
        start = start.addDays(1);
    // Names outside DemoNames' lists, so a hire is never taken for a rep of the data.
    CapacityAssumptions::Hire first{QStringLiteral("Rosa Whitfield"), QStringLiteral("AE"), start, std::nullopt};
    first.district = district;
    CapacityAssumptions::Hire second{QStringLiteral("Theo Marsh"), QStringLiteral("AE"), start.addMonths(1),
                                     std::nullopt};
    second.district = district;
    CapacityAssumptions a;
    a.name = QStringLiteral("A");
    a.hires = {first};
    CapacityAssumptions b;
    b.name = QStringLiteral("B");
    b.attainmentFactor = 0.9;
    b.hires = {first, second};
    return {a, b};
}

Status DemoAssumptionSets::addIfNone(Database &database, const QDate &asOf, const QString &district,
                                     const QString &author)
{
    AssumptionSetStore store(database, author);
    const auto existing = store.sets();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Done{};
    for (const CapacityAssumptions &set : sets(asOf, district))
        if (const auto saved = store.save(set, 0); !saved)
            return saved.error();
    return Done{};
}

} // namespace dmc
