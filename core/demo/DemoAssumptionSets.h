#pragma once

#include "domain/CapacityAssumptions.h"
#include "domain/Error.h"

#include <QDate>

#include <vector>

namespace dmc {

class Database;

// The demo's two capacity assumption sets, so the Territory & capacity dock compares something on
// first start: A adds an AE hire at the start of the next quarter; B assumes a 90% attainment
// factor with that hire and a second one a month later. The hires belong to one district (the
// first one, whose second rep leaves) and carry people's names, like the data's reps. They are the DM's own data (table
// capacity_assumption_set), never CRM rows, and are written only to a database without sets.
class DemoAssumptionSets
{
public:
    // The sets for a demo whose last snapshot is `asOf` (the hires start in the quarter after it),
    // the hires placed in `district`.
    static std::vector<CapacityAssumptions> sets(const QDate &asOf, const QString &district);
    // Stores sets(asOf, district) when the database holds no assumption set yet.
    static Status addIfNone(Database &database, const QDate &asOf, const QString &district, const QString &author);
};

} // namespace dmc
