#pragma once

#include "domain/ForecastCategory.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

class Engine;
struct Query;
struct FiscalPeriod;

// Renewals due in the two quarters' length (six months) after the reviewed period by health band and trend, with the
// ARR at stake and the renewal deals' forecast categories per band
// (docs/definitions.md#renewal-outlook). Read from the renewal watchlist at the as-of.
struct RenewalOutlook
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RenewalOutlook)

public:
    // Health bands by the latest reading on or before the as-of: 80-100, 60-79, 40-59, 0-39.
    enum class HealthBand : quint8 { From80, From60, From40, Below40, NoReading };
    static constexpr std::array<HealthBand, 5> bandsInOrder{HealthBand::From80, HealthBand::From60, HealthBand::From40,
                                                            HealthBand::Below40, HealthBand::NoReading};

    struct Band
    {
        HealthBand band = HealthBand::NoReading;
        int accounts = 0;
        Cents arr = 0;
        int fell = 0; // health change over the watchlist's 30-day window below 0
        int flat = 0;
        int rose = 0;
        int noTrend = 0;                        // no baseline reading
        std::array<int, 3> renewalCategories{}; // open renewal deals: Commit, Best Case, Pipeline
        int withoutRenewalDeal = 0;             // accounts with no open renewal deal
        QStringList accountIds;
        std::vector<qint32> deals; // the renewal deals
    };

    QDate asOf;
    QDate from;              // the later of the as-of and the first day after the reviewed period
    QDate to;                // the last day of the second quarter after the reviewed period
    std::vector<Band> bands; // one per HealthBand, in bandsInOrder

    static RenewalOutlook build(const Engine &engine, const Query &query, const FiscalPeriod &reviewed);
    static HealthBand bandOf(const std::optional<int> &score);
    static QString bandKey(HealthBand band);  // "80_100" | "60_79" | "40_59" | "0_39" | "no_reading"
    static QString bandName(HealthBand band); // translated: "Health 80-100", "No health reading"
};

} // namespace dmc
