#pragma once

#include "CapacityInputs.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Scope.h"

#include <array>
#include <optional>
#include <vector>

namespace dmc {

// Territory balance (docs/definitions.md#territory-balance): per active rep of the scope, the
// accounts they own on the as-of and what sits on them, each beside the scope's mean as a ratio
// (the balance index). Accounts without an owner, or whose owner is not active, are listed apart.
struct TerritoryBalance
{
    enum class Metric : quint8 { Accounts, Arr, OpenPipeline, Renewals, NoOpenDeal };
    static constexpr std::array<Metric, 5> metrics{Metric::Accounts, Metric::Arr, Metric::OpenPipeline,
                                                   Metric::Renewals, Metric::NoOpenDeal};
    static QString key(Metric metric); // "accounts", "arr", "open_pipeline", "renewals", "no_open_deal"

    struct Values
    {
        int accounts = 0;
        Cents arr = 0;
        Cents openPipeline = 0; // open deals at the as-of on the territory's accounts
        int renewals = 0;       // accounts whose renewal date is in the period
        int noOpenDeal = 0;     // accounts without an open deal at the as-of
        double value(Metric metric) const;
    };
    struct Row
    {
        QString repId;
        QString name;
        Values values;
        std::array<std::optional<double>, 5> index{}; // value ÷ the scope's mean; none when the mean is 0
        std::vector<qint32> accounts;                 // the drill: account indices, by name
        std::vector<qint32> deals;     // the deals on those accounts at the as-of snapshot (opportunity indices)
        std::vector<qint32> openDeals; // of which open there
    };
    enum class Apart : quint8 { NoOwner, InactiveOwner };
    struct ApartAccount
    {
        qint32 account = -1;
        Apart reason = Apart::NoOwner;
        QString ownerId;           // the inactive owner
        std::vector<qint32> deals; // the account's deals at the as-of snapshot
    };

    FiscalPeriod period;
    QDate asOf;
    bool ownersFromDeals = false; // the data has no account owners: each account's latest deal's owner
    std::vector<Row> reps;        // the scope's active reps (by district, name, id)
    std::array<double, 5> mean{}; // per metric, over those reps
    std::vector<ApartAccount> apart;

    static TerritoryBalance build(const Dataset &dataset, const CapacityInputs &inputs, const FiscalPeriod &period,
                                  const Scope &scope, const QDate &asOf);
};

} // namespace dmc
