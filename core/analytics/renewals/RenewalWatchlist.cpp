#include "RenewalWatchlist.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/numbers/HealthTrend.h"
#include "analytics/text/TextFormat.h"

#include <algorithm>
#include <cstdlib>

namespace dmc {

int RenewalWatchlist::bandFor(int days)
{
    if (days <= 30)
        return 30;
    if (days <= 60)
        return 60;
    if (days <= 90)
        return 90;
    return 120;
}

RenewalWatchlist RenewalWatchlist::build(const Dataset &data, const QDate &asOf, const Scope &scope, int windowDays,
                                         int trendDays, int readingDays)
{
    RenewalWatchlist list;
    list.scope = scope;
    list.reportingCurrency = data.reportingCurrency();
    list.windowDays = windowDays;
    list.trendDays = trendDays;
    list.readingDays = readingDays;
    if (!data.presence().has(DataField::RenewalDate))
        list.missing.push_back({dataFieldKey(DataField::RenewalDate),
                                tr("No account has a renewal date: the watchlist lists accounts by their renewal "
                                   "date.")});
    if (!data.presence().has(DataField::HealthReading))
        list.missing.push_back({dataFieldKey(DataField::HealthReading),
                                tr("No account has a health reading: health and its trend stay empty.")});
    const int dateIndex = data.latestSnapshotOnOrBefore(asOf);
    if (dateIndex < 0)
        return list;
    list.asOf = data.snapshotDate(dateIndex);

    std::vector<Entry> byAccount(data.accounts().size());
    std::vector<bool> inScope(data.accounts().size(), scope.kind == Scope::Kind::All);
    const std::vector<bool> mask = data.scopeMask(scope);
    for (const SnapshotRecord &row : data.rowsAt(dateIndex)) {
        const qint32 account = data.opportunityAccount(row.opportunity);
        if (account < 0 || !data.isOpen(row))
            continue;
        if (row.owner >= 0 && mask[size_t(row.owner)])
            inScope[size_t(account)] = true;
        Entry &entry = byAccount[size_t(account)];
        const Opportunity &deal = data.opportunity(row.opportunity);
        const Account &record = data.accounts()[size_t(account)];
        const QDate close = row.closeDay == NoDay ? QDate() : QDate::fromJulianDay(row.closeDay);
        if (deal.type == DealType::Expansion) {
            entry.expansionPipeline += row.amount;
            entry.expansionDeals.push_back(row.opportunity);
        } else if (deal.type == DealType::Renewal) {
            // Several open renewal deals: the one closing nearest the renewal date.
            auto distance = [&](const QDate &d) {
                return d.isValid() && record.renewalDate.isValid() ? std::llabs(d.daysTo(record.renewalDate))
                                                                   : std::numeric_limits<qint64>::max();
            };
            if (entry.renewalDeal < 0 || distance(close) < distance(entry.renewalClose)) {
                entry.renewalDeal = row.opportunity;
                entry.renewalDealId = deal.id;
                entry.renewalDealName = deal.name;
                entry.renewalStage = data.stages()[row.stage].name;
                entry.renewalCategory = row.category();
                entry.renewalAmount = row.amount;
                entry.renewalClose = close;
                entry.repId = row.owner >= 0 ? data.reps()[size_t(row.owner)].rep.id : QString();
            }
        }
    }

    for (size_t i = 0; i < data.accounts().size(); ++i) {
        const Account &record = data.accounts()[i];
        if (!inScope[i] || !record.renewalDate.isValid())
            continue;
        const qint64 days = list.asOf.daysTo(record.renewalDate);
        if (days < 0 || days > windowDays)
            continue;
        Entry entry = std::move(byAccount[i]);
        entry.account = qint32(i);
        entry.accountId = record.id;
        entry.name = record.name;
        entry.sponsor = record.executiveSponsor;
        entry.renewalDate = record.renewalDate;
        entry.daysToRenewal = int(days);
        entry.band = bandFor(int(days));
        entry.arr = data.accountArr(qint32(i));
        const auto readings = data.healthOf(qint32(i));
        const HealthTrend trend = HealthTrend::of(readings, list.asOf, trendDays);
        entry.health = trend.current;
        entry.baseline = trend.baseline;
        entry.change = trend.change;
        const QDate since = list.asOf.addDays(-readingDays);
        for (const HealthReading &reading : readings)
            if (reading.date > since && reading.date <= list.asOf)
                entry.readings.push_back(reading);
        std::sort(entry.expansionDeals.begin(), entry.expansionDeals.end());
        entry.text = describe(entry, list.reportingCurrency);
        list.entries.push_back(std::move(entry));
    }
    std::sort(list.entries.begin(), list.entries.end(), [](const Entry &a, const Entry &b) {
        if (a.renewalDate != b.renewalDate)
            return a.renewalDate < b.renewalDate;
        return a.name < b.name;
    });
    return list;
}

QString RenewalWatchlist::describe(const Entry &entry, const QString &currency)
{
    QStringList parts;
    parts << tr("Renewal on %1 (in %n day(s)), ARR %2.", nullptr, entry.daysToRenewal)
                 .arg(TextFormat::date(entry.renewalDate), TextFormat::money(entry.arr, currency));
    if (entry.health) {
        QString health =
            tr("Health %1 on %2.").arg(TextFormat::number(entry.health->score), TextFormat::date(entry.health->date));
        if (entry.change && entry.baseline) {
            const int change = *entry.change;
            const QString signedChange = change > 0 ? u'+' + TextFormat::number(change) : TextFormat::number(change);
            health += u' '
                + tr("Change since %1 (health %2): %3 points.")
                      .arg(TextFormat::date(entry.baseline->date), TextFormat::number(entry.baseline->score),
                           signedChange);
        }
        parts << health;
    } else {
        parts << tr("No health reading.");
    }
    if (entry.renewalDeal >= 0)
        parts << tr("Renewal deal %1: %2, %3, %4, close date %5.")
                     .arg(entry.renewalDealName, entry.renewalStage, forecastCategoryName(entry.renewalCategory),
                          TextFormat::money(entry.renewalAmount, currency), TextFormat::date(entry.renewalClose));
    else
        parts << tr("No open renewal deal.");
    parts << tr("Expansion pipeline %1 (%n deal(s)).", nullptr, int(entry.expansionDeals.size()))
                 .arg(TextFormat::money(entry.expansionPipeline, currency));
    return parts.join(u' ');
}

} // namespace dmc
