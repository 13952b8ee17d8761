#include "SegmentedBridge.h"

#include <QMap>

namespace dmc {

namespace {

QString groupOf(SegmentedBridge::Dimension dimension, const PeriodDeals::Deal &deal)
{
    return dimension == SegmentedBridge::Dimension::DealType ? dealTypeKey(deal.type) : deal.segment;
}

void addTerm(BookingsBridge::Term &sum, const BookingsBridge::Term &term)
{
    sum.amount += term.amount;
    sum.deals.insert(sum.deals.end(), term.deals.begin(), term.deals.end());
    sum.baselineDeals.insert(sum.baselineDeals.end(), term.baselineDeals.begin(), term.baselineDeals.end());
}

void addFactors(BookingsFactors &sum, const BookingsFactors &part)
{
    sum.decided += part.decided;
    sum.won += part.won;
    sum.bookings += part.bookings;
    sum.wonDeals.insert(sum.wonDeals.end(), part.wonDeals.begin(), part.wonDeals.end());
    sum.lostDeals.insert(sum.lostDeals.end(), part.lostDeals.begin(), part.lostDeals.end());
}

} // namespace

SegmentedBridge SegmentedBridge::build(Dimension dimension, const PeriodDeals &baseline, const PeriodDeals &actual)
{
    QMap<QString, BookingsFactors> before;
    for (const auto &deal : baseline.decided)
        before[groupOf(dimension, deal)].add(deal);
    return build(dimension, before, actual);
}

SegmentedBridge SegmentedBridge::build(Dimension dimension, const QMap<QString, BookingsFactors> &baseline,
                                       const PeriodDeals &actual)
{
    QMap<QString, std::pair<BookingsFactors, BookingsFactors>> byGroup; // before, after
    int totalBefore = 0;
    for (auto it = baseline.cbegin(); it != baseline.cend(); ++it) {
        byGroup[it.key()].first = it.value();
        totalBefore += it.value().decided;
    }
    for (const auto &deal : actual.decided)
        byGroup[groupOf(dimension, deal)].second.add(deal);
    QStringList order;
    if (dimension == Dimension::DealType) {
        order = {dealTypeKey(DealType::New), dealTypeKey(DealType::Expansion), dealTypeKey(DealType::Renewal)};
    } else {
        order = byGroup.keys(); // sorted; the deals without a segment last
        if (order.removeAll(QString()) > 0)
            order << QString();
    }

    SegmentedBridge result;
    result.dimension = dimension;
    const int totalAfter = int(actual.decided.size());
    for (const QString &group : std::as_const(order)) {
        const auto it = byGroup.constFind(group);
        if (it == byGroup.cend())
            continue;
        BookingsBridge bridge = BookingsBridge::fourFactors(group, it->first, it->second, totalBefore, totalAfter);
        addFactors(result.total.baseline, bridge.baseline);
        addFactors(result.total.actual, bridge.actual);
        result.total.difference += bridge.difference;
        addTerm(result.total.volume, bridge.volume);
        addTerm(result.total.winRate, bridge.winRate);
        addTerm(result.total.size, bridge.size);
        addTerm(result.total.mix, bridge.mix);
        result.groups.push_back(std::move(bridge));
    }
    return result;
}

QString SegmentedBridge::dimensionKey(Dimension dimension)
{
    return dimension == Dimension::DealType ? QStringLiteral("deal_type") : QStringLiteral("segment");
}

QString SegmentedBridge::groupName(Dimension dimension, const QString &group)
{
    if (dimension == Dimension::DealType) {
        switch (dealTypeFromKey(group).value_or(DealType::New)) {
        case DealType::New: return tr("New", "deal type");
        case DealType::Expansion: return tr("Expansion", "deal type");
        case DealType::Renewal: return tr("Renewal", "deal type");
        }
    }
    return group.isEmpty() ? tr("No segment") : group;
}

} // namespace dmc
