#include "DemoAssumptionSets.h"

#include "store/AssumptionSetStore.h"

namespace dmc {

std::vector<CapacityAssumptions> DemoAssumptionSets::sets(const QDate &asOf)
{
    // The first Monday of the quarter after the as-of's.
    const QDate quarterStart(asOf.year(), ((asOf.month() - 1) / 3) * 3 + 1, 1);
    QDate start = quarterStart.addMonths(3);
    while (start.dayOfWeek() != Qt::Monday)
        start = start.addDays(1);
    const CapacityAssumptions::Hire first{QStringLiteral("Planned AE 1"), QStringLiteral("AE"), start, std::nullopt};
    const CapacityAssumptions::Hire second{QStringLiteral("Planned AE 2"), QStringLiteral("AE"), start.addMonths(1),
                                           std::nullopt};
    CapacityAssumptions a;
    a.name = QStringLiteral("A");
    a.hires = {first};
    CapacityAssumptions b;
    b.name = QStringLiteral("B");
    b.attainmentFactor = 0.9;
    b.hires = {first, second};
    return {a, b};
}

Status DemoAssumptionSets::addIfNone(Database &database, const QDate &asOf, const QString &author)
{
    AssumptionSetStore store(database, author);
    const auto existing = store.sets();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Done{};
    for (const CapacityAssumptions &set : sets(asOf))
        if (const auto saved = store.save(set, 0); !saved)
            return saved.error();
    return Done{};
}

} // namespace dmc
