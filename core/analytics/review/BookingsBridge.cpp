#include "BookingsBridge.h"

#include "MultiplicativeShapley.h"

#include <array>

namespace dmc {

namespace {

// A factor with no value on one side (w without decided deals, A without won deals) takes the
// other side's value, so its change is 0 and the change goes to the factors that have one;
// 0 when neither side has one. Bookings stay N x w x A either way: the product holds a 0 factor.
std::array<long double, 2> pair(const std::optional<double> &before, const std::optional<double> &after)
{
    const long double b = before ? *before : (after ? *after : 0.0);
    const long double a = after ? *after : b;
    return {b, a};
}

void fillDeals(BookingsBridge &bridge)
{
    const std::vector<qint32> decided = bridge.actual.decidedDeals();
    const std::vector<qint32> baselineDecided = bridge.baseline.decidedDeals();
    bridge.volume.deals = decided;
    bridge.volume.baselineDeals = baselineDecided;
    bridge.winRate.deals = decided;
    bridge.winRate.baselineDeals = baselineDecided;
    bridge.size.deals = bridge.actual.wonDeals;
    bridge.size.baselineDeals = bridge.baseline.wonDeals;
}

std::optional<double> shareOf(int part, int total)
{
    if (total == 0)
        return std::nullopt;
    return double(part) / double(total);
}

} // namespace

BookingsBridge BookingsBridge::threeFactors(const BookingsFactors &baseline, const BookingsFactors &actual)
{
    BookingsBridge bridge;
    bridge.baseline = baseline;
    bridge.actual = actual;
    bridge.difference = actual.bookings - baseline.bookings;
    const auto w = pair(baseline.winRate(), actual.winRate());
    const auto a = pair(baseline.averageWon(), actual.averageWon());
    const std::array<long double, 3> before{(long double)baseline.decided, w[0], a[0]};
    const std::array<long double, 3> after{(long double)actual.decided, w[1], a[1]};
    const std::vector<Cents> terms = MultiplicativeShapley::cents(before, after, bridge.difference);
    bridge.volume.amount = terms[0];
    bridge.winRate.amount = terms[1];
    bridge.size.amount = terms[2];
    fillDeals(bridge);
    return bridge;
}

BookingsBridge BookingsBridge::fourFactors(const QString &group, const BookingsFactors &baseline,
                                           const BookingsFactors &actual, int totalBaseline, int totalActual)
{
    BookingsBridge bridge;
    bridge.group = group;
    bridge.baseline = baseline;
    bridge.actual = actual;
    bridge.difference = actual.bookings - baseline.bookings;
    const auto s = pair(shareOf(baseline.decided, totalBaseline), shareOf(actual.decided, totalActual));
    const auto w = pair(baseline.winRate(), actual.winRate());
    const auto a = pair(baseline.averageWon(), actual.averageWon());
    // Order of the factors: volume, win rate, size, mix (the order of the terms on the bridge).
    const std::array<long double, 4> before{(long double)totalBaseline, w[0], a[0], s[0]};
    const std::array<long double, 4> after{(long double)totalActual, w[1], a[1], s[1]};
    const std::vector<Cents> terms = MultiplicativeShapley::cents(before, after, bridge.difference);
    bridge.volume.amount = terms[0];
    bridge.winRate.amount = terms[1];
    bridge.size.amount = terms[2];
    bridge.mix.amount = terms[3];
    fillDeals(bridge);
    bridge.mix.deals = actual.decidedDeals();
    bridge.mix.baselineDeals = baseline.decidedDeals();
    return bridge;
}

} // namespace dmc
