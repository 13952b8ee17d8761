#pragma once

#include "PeriodDeals.h"

#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// Won, lost with a reason, lost without one and no decision for the reviewed period, by loss
// reason and competitor where the data has them, and per rep and district with n
// (docs/definitions.md#win-and-loss).
struct WinLoss
{
    // A share of the lost deals (a reason's, a competitor's) is given only when at least this
    // many deals were lost: below it one deal moves a share by more than ten points.
    static constexpr int MinimumLostForShare = 10;

    struct Tally
    {
        int count = 0;
        Cents amount = 0;
        std::vector<qint32> deals;
        void add(const PeriodDeals::Deal &deal);
    };

    // One loss reason or competitor, as the CRM wrote it.
    struct ValueRow
    {
        QString value;
        Tally lost;
        std::optional<double> share; // of all lost deals; none below MinimumLostForShare
    };

    // One rep or district.
    struct GroupRow
    {
        QString id; // rep id or district name
        QString name;
        QString district; // of a rep
        Tally won;
        Tally lostWithReason;
        Tally lostWithoutReason;
        Tally noDecision;
        int decided() const { return won.count + lostWithReason.count + lostWithoutReason.count; }
        std::optional<double> winRate() const; // won / decided; none when nothing was decided
    };

    Tally won;
    Tally lostWithReason;
    Tally lostWithoutReason;
    Tally noDecision;
    int lost() const { return lostWithReason.count + lostWithoutReason.count; }
    bool sharesShown() const { return lost() >= MinimumLostForShare; }

    std::vector<ValueRow> reasons;     // by lost count, then amount, then name
    std::vector<ValueRow> competitors; // the same
    bool dataHasReasons = false;       // some deal of the data carries a loss reason
    bool dataHasCompetitors = false;
    std::vector<GroupRow> reps;      // the scope's reps with a decision or a deal without one
    std::vector<GroupRow> districts; // by name; reps without a district left out

    static WinLoss build(const Dataset &dataset, const PeriodDeals &deals);
};

} // namespace dmc
