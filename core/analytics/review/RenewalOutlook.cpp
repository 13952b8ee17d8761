#include "RenewalOutlook.h"

#include "analytics/engine/Engine.h"

namespace dmc {

RenewalOutlook::HealthBand RenewalOutlook::bandOf(const std::optional<int> &score)
{
    if (!score)
        return HealthBand::NoReading;
    if (*score >= 80)
        return HealthBand::From80;
    if (*score >= 60)
        return HealthBand::From60;
    if (*score >= 40)
        return HealthBand::From40;
    return HealthBand::Below40;
}

QString RenewalOutlook::bandKey(HealthBand band)
{
    switch (band) {
    case HealthBand::From80: return QStringLiteral("80_100");
    case HealthBand::From60: return QStringLiteral("60_79");
    case HealthBand::From40: return QStringLiteral("40_59");
    case HealthBand::Below40: return QStringLiteral("0_39");
    case HealthBand::NoReading: break;
    }
    return QStringLiteral("no_reading");
}

QString RenewalOutlook::bandName(HealthBand band)
{
    switch (band) {
    case HealthBand::From80: return tr("Health 80–100");
    case HealthBand::From60: return tr("Health 60–79");
    case HealthBand::From40: return tr("Health 40–59");
    case HealthBand::Below40: return tr("Health 0–39");
    case HealthBand::NoReading: break;
    }
    return tr("No health reading");
}

RenewalOutlook RenewalOutlook::build(const Engine &engine, const Query &query, const FiscalPeriod &reviewed)
{
    RenewalOutlook outlook;
    for (HealthBand band : bandsInOrder)
        outlook.bands.push_back(Band{band});
    outlook.asOf = query.asOf;
    // Two quarters' length after the reviewed period: the next two quarters after a quarter, the
    // next six months after a month.
    const QDate after = reviewed.end.addDays(1);
    outlook.from = std::max(query.asOf, after);
    outlook.to = after.addMonths(6).addDays(-1);
    if (outlook.to < outlook.from)
        return outlook;
    const RenewalWatchlist list = engine.renewals(query, int(query.asOf.daysTo(outlook.to)));
    for (const RenewalWatchlist::Entry &entry : list.entries) {
        if (entry.renewalDate < outlook.from)
            continue;
        Band &band =
            outlook.bands[size_t(bandOf(entry.health ? std::optional<int>(entry.health->score) : std::optional<int>()))];
        ++band.accounts;
        band.arr += entry.arr;
        band.accountIds << entry.accountId;
        if (!entry.change)
            ++band.noTrend;
        else if (*entry.change < 0)
            ++band.fell;
        else if (*entry.change > 0)
            ++band.rose;
        else
            ++band.flat;
        if (entry.renewalDeal < 0) {
            ++band.withoutRenewalDeal;
            continue;
        }
        band.deals.push_back(entry.renewalDeal);
        switch (entry.renewalCategory) {
        case ForecastCategory::Commit: ++band.renewalCategories[0]; break;
        case ForecastCategory::BestCase: ++band.renewalCategories[1]; break;
        default: ++band.renewalCategories[2]; break;
        }
    }
    return outlook;
}

} // namespace dmc
