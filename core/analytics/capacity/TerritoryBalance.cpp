#include "TerritoryBalance.h"

#include <algorithm>

namespace dmc {

QString TerritoryBalance::key(Metric metric)
{
    switch (metric) {
    case Metric::Accounts: return QStringLiteral("accounts");
    case Metric::Arr: return QStringLiteral("arr");
    case Metric::OpenPipeline: return QStringLiteral("open_pipeline");
    case Metric::Renewals: return QStringLiteral("renewals");
    case Metric::NoOpenDeal: return QStringLiteral("no_open_deal");
    }
    return {};
}

double TerritoryBalance::Values::value(Metric metric) const
{
    switch (metric) {
    case Metric::Accounts: return accounts;
    case Metric::Arr: return double(arr);
    case Metric::OpenPipeline: return double(openPipeline);
    case Metric::Renewals: return renewals;
    case Metric::NoOpenDeal: return noOpenDeal;
    }
    return 0;
}

TerritoryBalance TerritoryBalance::build(const Dataset &dataset, const CapacityInputs &inputs,
                                         const FiscalPeriod &period, const Scope &scope, const QDate &asOf)
{
    TerritoryBalance result;
    result.period = period;
    result.asOf = asOf;
    const auto &reps = dataset.reps();
    const auto &accounts = dataset.accounts();

    // Open pipeline by account at the as-of; and, for data without account owners, the owner
    // (at the as-of) of each account's most recently created deal.
    std::vector<Cents> open(accounts.size(), 0);
    std::vector<bool> hasOpen(accounts.size(), false);
    std::vector<qint32> dealOwner(accounts.size(), -1);
    std::vector<QDate> dealCreated(accounts.size());
    std::vector<std::vector<qint32>> dealsOn(accounts.size()), openOn(accounts.size()); // the drills
    const int snapshot = dataset.latestSnapshotOnOrBefore(asOf);
    if (snapshot >= 0) {
        for (const SnapshotRecord &row : dataset.rowsAt(snapshot)) {
            const qint32 account = dataset.opportunityAccount(row.opportunity);
            if (account < 0)
                continue;
            dealsOn[size_t(account)].push_back(row.opportunity);
            if (dataset.isOpen(row)) {
                open[size_t(account)] += row.amount;
                hasOpen[size_t(account)] = true;
                openOn[size_t(account)].push_back(row.opportunity);
            }
            const QDate created = dataset.opportunity(row.opportunity).createdDate;
            if (dealOwner[size_t(account)] < 0 || created > dealCreated[size_t(account)]) {
                dealOwner[size_t(account)] = row.owner;
                dealCreated[size_t(account)] = created;
            }
        }
    }
    result.ownersFromDeals = inputs.owners.isEmpty();

    const std::vector<bool> inScope = dataset.scopeMask(scope);
    const auto active = [&](qint32 rep) {
        const RepEmployment employment = inputs.employmentOf(reps[size_t(rep)].rep.id);
        if (!reps[size_t(rep)].known || (employment.endDate.isValid() && employment.endDate < asOf))
            return false;
        return !employment.planned
            || (reps[size_t(rep)].rep.rampStart.isValid() && reps[size_t(rep)].rep.rampStart <= asOf);
    };
    QHash<qint32, size_t> rowOf;
    for (qint32 rep : dataset.repsInScope(scope)) {
        if (!active(rep))
            continue;
        rowOf.insert(rep, result.reps.size());
        result.reps.push_back(Row{reps[size_t(rep)].rep.id, reps[size_t(rep)].rep.name, {}, {}, {}});
    }

    std::vector<qint32> order(accounts.size());
    for (size_t a = 0; a < accounts.size(); ++a)
        order[a] = qint32(a);
    std::sort(order.begin(), order.end(), [&](qint32 x, qint32 y) {
        return accounts[size_t(x)].name != accounts[size_t(y)].name
            ? accounts[size_t(x)].name < accounts[size_t(y)].name
            : accounts[size_t(x)].id < accounts[size_t(y)].id;
    });
    for (qint32 a : order) {
        const Account &account = accounts[size_t(a)];
        qint32 owner = -1;
        QString ownerId;
        if (result.ownersFromDeals) {
            owner = dealOwner[size_t(a)];
            if (owner >= 0)
                ownerId = reps[size_t(owner)].rep.id;
        } else if (const auto id = inputs.ownerOn(account.id, asOf)) {
            ownerId = *id;
            owner = dataset.repIndex(ownerId);
        }
        if (owner < 0) {
            // No owner, or one the rep table does not hold: the account is the scope's when its
            // latest deal's owner is.
            const qint32 dealRep = dealOwner[size_t(a)];
            if (dealRep >= 0 && inScope[size_t(dealRep)])
                result.apart.push_back(ApartAccount{a, ownerId.isEmpty() ? Apart::NoOwner : Apart::InactiveOwner,
                                                    ownerId, dealsOn[size_t(a)]});
            continue;
        }
        if (!inScope[size_t(owner)])
            continue;
        const auto it = rowOf.constFind(owner);
        if (it == rowOf.constEnd()) {
            result.apart.push_back(ApartAccount{a, Apart::InactiveOwner, ownerId, dealsOn[size_t(a)]});
            continue;
        }
        Row &row = result.reps[*it];
        ++row.values.accounts;
        row.values.arr += dataset.accountArr(a);
        row.values.openPipeline += open[size_t(a)];
        if (period.contains(account.renewalDate))
            ++row.values.renewals;
        if (!hasOpen[size_t(a)])
            ++row.values.noOpenDeal;
        row.accounts.push_back(a);
        row.deals.insert(row.deals.end(), dealsOn[size_t(a)].begin(), dealsOn[size_t(a)].end());
        row.openDeals.insert(row.openDeals.end(), openOn[size_t(a)].begin(), openOn[size_t(a)].end());
    }

    if (!result.reps.empty())
        for (size_t m = 0; m < metrics.size(); ++m) {
            double sum = 0;
            for (const Row &row : result.reps)
                sum += row.values.value(metrics[m]);
            result.mean[m] = sum / double(result.reps.size());
            for (Row &row : result.reps)
                if (result.mean[m] > 0)
                    row.index[m] = row.values.value(metrics[m]) / result.mean[m];
        }
    return result;
}

} // namespace dmc
