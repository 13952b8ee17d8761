#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// What the capacity plan assumes beyond the imported data: one of the DM's named assumption sets
// (docs/definitions.md#assumption-sets), or the data as imported (the defaults). Never CRM data.
struct CapacityAssumptions
{
    // Which ramp curves count: the database's where it has them (else the shipped ones), or the
    // shipped defaults only.
    enum class Curves : quint8 { Database, Shipped };

    // A hire the data does not hold yet, placed where the DM added it: a plan of a district (or of
    // one of its reps) counts only the district's hires, a region's plan its districts' hires and
    // those added for the region, the company's plan every hire.
    struct Hire
    {
        QString name;
        QString role = QStringLiteral("AE");
        QDate start;
        std::optional<Cents> quarterlyQuota; // none: the median quota of the role's reps
        QString district; // the district of the scope it was added in; empty: a region's or the company's
        QString region;   // only for a hire added in a region's scope (no district)
        friend bool operator==(const Hire &, const Hire &) = default;
    };
    // A rep of the data who leaves on `lastDay` in this set (replaces the rep's end date).
    struct Leaver
    {
        QString repId;
        QDate lastDay;
        friend bool operator==(const Leaver &, const Leaver &) = default;
    };

    QString name;                  // the DM's name for the set; empty for the data as imported
    double attainmentFactor = 1.0; // the share of a ramped quota a rep is assumed to book
    Curves curves = Curves::Database;
    std::optional<Cents> districtTarget; // the need of the period when given, else the quotas
    std::vector<Hire> hires;
    std::vector<Leaver> leavers;

    friend bool operator==(const CapacityAssumptions &, const CapacityAssumptions &) = default;
};

} // namespace dmc
