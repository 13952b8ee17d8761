#pragma once

#include "PlayDeal.h"
#include "WithWithoutCell.h"
#include "domain/Money.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

// Count and amount of the deals of one attribution.
struct AttributionShare
{
    int deals = 0;
    Cents amount = 0;
    int openDeals = 0;
    Cents openAmount = 0;
    int wonDeals = 0;
    Cents wonAmount = 0;
};

// A segment's row of the with / without table; an empty segment is "No segment", `all` the total.
struct WithWithoutRow
{
    QString segment;
    bool all = false;
    WithWithoutCell with;
    WithWithoutCell without;
};

// One partner: the deals it is on, those it is the primary partner of by attribution, and its
// co-sell record (decided deals it is on, in the scope), with a win rate from the threshold on.
struct PartnerRow
{
    QString id;
    QString name;
    QStringList capabilities;
    QStringList segments;
    QStringList vehicles;
    int deals = 0;
    int sourcedDeals = 0; // as the primary partner
    Cents sourcedAmount = 0;
    int influencedDeals = 0;
    Cents influencedAmount = 0;
    int coSellWon = 0;
    int coSellLost = 0;
    std::optional<double> winRate;
};

// Partner coverage: the open deals of the query, those with at least one partner row.
struct PartnerCoverage
{
    int openDeals = 0;
    Cents openAmount = 0;
    int withPartnerDeals = 0;
    Cents withPartnerAmount = 0;
    std::optional<double> share; // by amount
};

struct PartnerFigures
{
    std::array<AttributionShare, 3> split; // by PartnerAttribution
    std::vector<WithWithoutRow> withWithout;
    PartnerCoverage coverage;
    std::vector<PartnerRow> partners; // by name
};

} // namespace dmc
