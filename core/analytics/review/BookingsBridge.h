#pragma once

#include "BookingsFactors.h"

#include <QString>

#include <vector>

namespace dmc {

// The change of bookings between a baseline and the reviewed period split into a volume, a win-rate
// and a size term (and, across groups, a mix term) that add up to the change to the cent, each
// with the deals behind it (docs/definitions.md#bookings-bridge).
struct BookingsBridge
{
    // One term: its amount and the deals behind it in the reviewed period and in the baseline.
    struct Term
    {
        Cents amount = 0;
        std::vector<qint32> deals;
        std::vector<qint32> baselineDeals;
    };

    QString group; // "" for a whole scope; a deal type key or an account segment for a group
    BookingsFactors baseline;
    BookingsFactors actual;
    Cents difference = 0; // actual.bookings - baseline.bookings
    Term volume;
    Term winRate;
    Term size;
    Term mix; // the group's share of all decided deals; 0 in a three-factor bridge

    Cents termSum() const { return volume.amount + winRate.amount + size.amount + mix.amount; }

    // N x w x A of the two sets of deals, Shapley over the three factors.
    static BookingsBridge threeFactors(const BookingsFactors &baseline, const BookingsFactors &actual);
    // One group of a split by segment: N (all groups) x share x w x A, Shapley over the four
    // factors; `totalBaseline` and `totalActual` are the decided deals of all groups.
    static BookingsBridge fourFactors(const QString &group, const BookingsFactors &baseline,
                                      const BookingsFactors &actual, int totalBaseline, int totalActual);
};

} // namespace dmc
