#pragma once

#include "BookingsBridge.h"
#include "PeriodDeals.h"

#include <QCoreApplication>
#include <QMap>

#include <vector>

namespace dmc {

// The bookings bridge split by deal type (new, expansion, renewal) or by account segment: per
// group a volume, win-rate, size and mix term (Shapley over the four factors, each group adding
// up to its own change to the cent), and their sums, which add up to the scope's change
// (docs/definitions.md#mix).
struct SegmentedBridge
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SegmentedBridge)

public:
    enum class Dimension : quint8 { DealType, Segment };

    Dimension dimension = Dimension::DealType;
    std::vector<BookingsBridge> groups; // deal types in their order; segments by name ("" last)
    BookingsBridge total;               // the groups' terms summed (group "")

    static SegmentedBridge build(Dimension dimension, const PeriodDeals &baseline, const PeriodDeals &actual);
    // The same against planned factors per group key (a plan: no deals, N = the groups' sum).
    static SegmentedBridge build(Dimension dimension, const QMap<QString, BookingsFactors> &baseline,
                                 const PeriodDeals &actual);
    static QString dimensionKey(Dimension dimension); // "deal_type" | "segment"
    // What a person reads for a group key: "New", "Expansion", "Renewal", a segment, "No segment".
    static QString groupName(Dimension dimension, const QString &group);
};

} // namespace dmc
