#include "CapacityInputs.h"

#include "store/CrmReader.h"

#include <algorithm>

namespace dmc {

std::optional<QString> CapacityInputs::ownerOn(const QString &accountId, const QDate &day) const
{
    std::optional<QString> owner;
    for (const AccountOwner &row : owners.value(accountId))
        if (row.from <= day)
            owner = row.repId; // rows are sorted by from date: the last one wins
    return owner;
}

CapacityInputs CapacityInputs::fromData(const std::vector<RampCurvePoint> &curves,
                                        const std::vector<RepEmployment> &employment, std::vector<AccountOwner> owners)
{
    CapacityInputs inputs;
    if (!curves.empty()) {
        inputs.curves = RampCurves::defaults().replacedBy(RampCurves::fromPoints(curves));
        inputs.databaseCurves = true;
    }
    for (const RepEmployment &e : employment)
        inputs.employment.insert(e.repId, e);
    std::stable_sort(owners.begin(), owners.end(), [](const AccountOwner &a, const AccountOwner &b) {
        return a.accountId != b.accountId ? a.accountId < b.accountId : a.from < b.from;
    });
    for (AccountOwner &owner : owners)
        inputs.owners[owner.accountId].push_back(std::move(owner));
    return inputs;
}

Result<CapacityInputs> CapacityInputs::load(const Database &database)
{
    const CrmReader reader(database);
    std::vector<RampCurvePoint> curves;
    std::vector<RepEmployment> employment;
    std::vector<AccountOwner> owners;
    if (Status read = reader.readRampCurves([&](const RampCurvePoint &p) { curves.push_back(p); }); !read)
        return read.error();
    if (Status read = reader.readRepEmployment([&](const RepEmployment &e) { employment.push_back(e); }); !read)
        return read.error();
    if (Status read = reader.readAccountOwners([&](const AccountOwner &o) { owners.push_back(o); }); !read)
        return read.error();
    return fromData(curves, employment, std::move(owners));
}

} // namespace dmc
