// renewal_health: an open renewal deal whose account renews within the window and whose
// health (latest reading on or before the as-of) is below the threshold or dropped by the given
// points against the reading at the start of the change window.
#include "RiskEvaluators.h"

#include "analytics/numbers/HealthTrend.h"

namespace dmc::risk {

bool renewalHealth(const RiskContext &c, RiskHit &hit)
{
    if (c.opportunity.type != DealType::Renewal)
        return false;
    const qint32 account = c.data.opportunityAccount(c.row.opportunity);
    if (account < 0)
        return false;
    const Account &record = c.data.accounts()[size_t(account)];
    const QDate renewal = record.renewalDate.isValid() ? record.renewalDate
        : c.row.closeDay != NoDay                      ? QDate::fromJulianDay(c.row.closeDay)
                                                       : QDate();
    const int window = c.parameter("renewal_health", "days");
    if (!renewal.isValid() || c.asOf.daysTo(renewal) > window)
        return false;
    const int threshold = c.parameter("renewal_health", "health");
    const int dropLimit = c.parameter("renewal_health", "drop");
    const int changeWindow = c.parameter("renewal_health", "window_days");
    const HealthTrend trend = HealthTrend::of(c.data.healthOf(account), c.asOf, changeWindow);
    if (!trend.current)
        return false;
    const bool low = trend.current->score < threshold;
    const bool dropped = trend.change && -*trend.change >= dropLimit;
    if (!low && !dropped)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("renewal_date"), renewal));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_to_renewal"), c.asOf.daysTo(renewal)));
    hit.facts.push_back(RiskFact::ofScore(QStringLiteral("health"), trend.current->score));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("health_date"), trend.current->date));
    hit.facts.push_back(RiskFact::ofScore(QStringLiteral("threshold"), threshold));
    if (trend.baseline) {
        hit.facts.push_back(RiskFact::ofScore(QStringLiteral("baseline_health"), trend.baseline->score));
        hit.facts.push_back(RiskFact::ofDate(QStringLiteral("baseline_date"), trend.baseline->date));
        hit.facts.push_back(RiskFact::ofScore(QStringLiteral("change"), *trend.change));
        hit.readings.push_back(*trend.baseline);
    }
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("change_window_days"), changeWindow));
    hit.facts.push_back(RiskFact::ofScore(QStringLiteral("drop_limit"), dropLimit));
    hit.readings.push_back(*trend.current);
    hit.snapshots.push_back(c.asOf);
    return true;
}

} // namespace dmc::risk
