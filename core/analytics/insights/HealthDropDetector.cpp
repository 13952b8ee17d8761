#include "HealthDropDetector.h"

#include "InsightContext.h"
#include "InsightText.h"
#include "analytics/text/TextFormat.h"

#include <QHash>

#include <algorithm>

namespace dmc {

namespace {

struct AccountDeals
{
    Cents open = 0;
    Cents largest = 0;
    qint32 owner = -1; // owner of the largest open deal
    std::vector<qint32> deals;
};

// The reading a drop to readings[i] is measured from: the latest on or before `window` days
// earlier (-1: none).
int baselineOf(std::span<const HealthReading> readings, size_t i, int window)
{
    const QDate limit = readings[i].date.addDays(-window);
    for (size_t j = i; j-- > 0;)
        if (readings[j].date <= limit)
            return int(j);
    return -1;
}

} // namespace

void HealthDropDetector::detect(const InsightContext &c, std::vector<Insight> &out)
{
    const char *rule = "health_drop";
    if (!c.enabled(rule))
        return;
    const int points = c.param(rule, "points");
    const int window = c.param(rule, "window_days");
    const int minReadings = c.param(rule, "min_readings");

    QHash<qint32, AccountDeals> accounts;
    for (const SnapshotRecord &row : c.data.rowsAt(c.asOfIndex)) {
        if (!c.scopeMask[size_t(row.owner)] || !c.data.isOpen(row))
            continue;
        const qint32 account = c.data.opportunityAccount(row.opportunity);
        if (account < 0)
            continue;
        AccountDeals &entry = accounts[account];
        entry.open += row.amount;
        entry.deals.push_back(row.opportunity);
        if (entry.owner < 0 || row.amount > entry.largest) {
            entry.largest = row.amount;
            entry.owner = row.owner;
        }
    }
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        const auto all = c.data.healthOf(it.key());
        size_t count = 0;
        while (count < all.size() && all[count].date <= c.asOf)
            ++count;
        const auto readings = all.first(count);
        if (int(readings.size()) < minReadings)
            continue;
        const size_t latest = readings.size() - 1;
        if (readings[latest].date < c.asOf.addDays(-window))
            continue; // no reading inside the window
        const int from = baselineOf(readings, latest, window);
        if (from < 0)
            continue;
        const int drop = readings[size_t(from)].score - readings[latest].score;
        int largestEarlier = 0;
        for (size_t i = 1; i < latest; ++i) {
            const int base = baselineOf(readings, i, window);
            if (base >= 0)
                largestEarlier = std::max(largestEarlier, readings[size_t(base)].score - readings[i].score);
        }
        if (drop < points || drop <= largestEarlier)
            continue;

        const Account &account = c.data.accounts()[size_t(it.key())];
        const AccountDeals &deals = it.value();
        Insight insight;
        insight.ruleId = QLatin1String(rule);
        insight.kind = Insight::Kind::Anomaly;
        insight.subject = Insight::Subject::Account;
        insight.subjectId = account.id;
        insight.key = insightKey(insight.ruleId, QString(), insight.subject, insight.subjectId);
        insight.account = it.key();
        insight.rep = deals.owner;
        const Rep &rep = c.data.reps()[size_t(deals.owner)].rep;
        insight.repId = rep.id;
        insight.repName = rep.name;
        insight.district = rep.district;
        insight.region = rep.region;
        insight.stake = std::max(c.data.accountArr(it.key()), deals.open);
        insight.when = insight.episode = readings[latest].date;
        insight.from = readings[size_t(from)].date;
        insight.to = readings[latest].date;
        insight.deals = deals.deals;
        std::sort(insight.deals.begin(), insight.deals.end());
        insight.numbers = {{QStringLiteral("health_from"), double(readings[size_t(from)].score),
                            InsightNumber::Unit::Points},
                           {QStringLiteral("health_to"), double(readings[latest].score), InsightNumber::Unit::Points},
                           {QStringLiteral("drop"), double(drop), InsightNumber::Unit::Points, true},
                           {QStringLiteral("largest_earlier_drop"), double(largestEarlier),
                            InsightNumber::Unit::Points},
                           {QStringLiteral("readings"), double(readings.size()), InsightNumber::Unit::Count},
                           {QStringLiteral("arr"), double(c.data.accountArr(it.key())), InsightNumber::Unit::Money},
                           {QStringLiteral("open_deals_amount"), double(deals.open), InsightNumber::Unit::Money}};
        insight.baseline.from = readings.front().date;
        insight.baseline.to = readings[latest - 1].date;
        insight.baseline.reps = {rep.id};
        insight.baseline.thresholds = c.thresholds(rule);
        insight.baseline.text = tr("Largest earlier drop within %1 across %2 readings (%3): %4 points.")
                                    .arg(InsightText::days(window))
                                    .arg(latest)
                                    .arg(InsightText::dateRange(insight.baseline.from, insight.baseline.to))
                                    .arg(largestEarlier);
        for (const HealthReading &reading : readings) {
            insight.chart.dates.push_back(reading.date);
            insight.chart.values.push_back(reading.score);
        }
        insight.chart.kind = InsightChart::Kind::Series;
        insight.chart.unit = InsightNumber::Unit::Points;
        insight.snapshots = {c.asOf};
        insight.text =
            tr("%1: account health from %2 on %3 to %4 on %5, down %6 points; the largest earlier drop "
               "within %7 across its %8 readings was %9 points. Open deals: %10 (%11).")
                .arg(account.name)
                .arg(readings[size_t(from)].score)
                .arg(TextFormat::date(insight.from))
                .arg(readings[latest].score)
                .arg(TextFormat::date(insight.to))
                .arg(drop)
                .arg(InsightText::days(window))
                .arg(readings.size())
                .arg(largestEarlier)
                .arg(InsightText::deals(qint64(deals.deals.size())), InsightText::money(deals.open, c.currency));
        out.push_back(std::move(insight));
    }
}

} // namespace dmc
