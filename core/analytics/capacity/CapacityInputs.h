#pragma once

#include "RampCurves.h"
#include "domain/AccountOwner.h"
#include "domain/Error.h"
#include "domain/RepEmployment.h"

#include <QHash>

#include <optional>
#include <vector>

namespace dmc {

class Database;

// What the capacity plan and the territory balance read beside the Dataset: the ramp curves in
// force (defaults replaced per role by the database's), each rep's end date and planned flag, and
// the account owners by date. Read through the store (CrmReader), never from the Dataset cache.
struct CapacityInputs
{
    RampCurves curves = RampCurves::defaults();
    QHash<QString, RepEmployment> employment; // by rep id; a rep without a row is neither
    // By account id, each account's rows by from date.
    QHash<QString, std::vector<AccountOwner>> owners;
    bool databaseCurves = false; // the database replaced at least one role's curve

    RepEmployment employmentOf(const QString &repId) const { return employment.value(repId); }
    // The owner of `accountId` on `day`: the row with the latest from date on or before it.
    std::optional<QString> ownerOn(const QString &accountId, const QDate &day) const;

    static Result<CapacityInputs> load(const Database &database);
    // The same from imported data held in memory (tests, the demo).
    static CapacityInputs fromData(const std::vector<RampCurvePoint> &curves,
                                   const std::vector<RepEmployment> &employment, std::vector<AccountOwner> owners);
};

} // namespace dmc
