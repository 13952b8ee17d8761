#pragma once

#include "analytics/engine/Scope.h"
#include "domain/Account.h"
#include "domain/ForecastCategory.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

class Dataset;

// The renewal watchlist (docs/definitions.md#renewal-watchlist): accounts renewing within 120 days of the as-of in
// 120/90/60/30-day bands, with ARR, health and its trend, sponsor, the renewal deal and the
// expansion pipeline, each with the deal ids behind it. Deal facts come from the as-of snapshot.
struct RenewalWatchlist
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RenewalWatchlist)

public:
    struct Entry
    {
        qint32 account = -1; // index into Dataset::accounts()
        QString accountId;
        QString name;
        QString sponsor;
        QDate renewalDate;
        int daysToRenewal = 0;
        int band = 120;                        // 30, 60, 90 or 120: the smallest band holding the renewal
        Cents arr = 0;                         // reporting currency
        std::optional<HealthReading> health;   // latest reading on or before the as-of
        std::optional<HealthReading> baseline; // the reading the change is measured from
        std::optional<int> change;             // health - baseline over the trend window
        std::vector<HealthReading> readings;   // readings in the last `readingDays`, oldest first
        // The open renewal deal (closest close date to the renewal date), if any.
        qint32 renewalDeal = -1;
        QString renewalDealId;
        QString renewalDealName;
        QString renewalStage;
        ForecastCategory renewalCategory = ForecastCategory::Pipeline;
        Cents renewalAmount = 0;
        QDate renewalClose;
        QString repId;               // owner of the renewal deal
        Cents expansionPipeline = 0; // open expansion deals on the account
        std::vector<qint32> expansionDeals;
        QString text; // translated descriptive line
    };

    // A field the watchlist reads that no account holds a value for, and what that leaves out.
    struct Missing
    {
        QString field; // DataField key: "renewal_date", "health_reading"
        QString text;  // translated sentence
    };

    QDate asOf;
    Scope scope;
    QString reportingCurrency;
    int windowDays = 120;
    int trendDays = 30;
    int readingDays = 90;
    std::vector<Entry> entries; // by renewal date, then name
    // Without renewal dates the list is empty; without health readings health stays empty.
    std::vector<Missing> missing;

    // Accounts renewing 0..windowDays days after the snapshot on or before `asOf`. With a scope
    // other than all, only accounts with an open deal owned in the scope at that snapshot.
    static RenewalWatchlist build(const Dataset &dataset, const QDate &asOf, const Scope &scope, int windowDays = 120,
                                  int trendDays = 30, int readingDays = 90);
    static int bandFor(int daysToRenewal); // 30 / 60 / 90 / 120
    static QString describe(const Entry &entry, const QString &currency);
};

} // namespace dmc
