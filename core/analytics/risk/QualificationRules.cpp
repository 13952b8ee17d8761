// Qualification filters, from the latest imported opportunity record (MEDDPICC, POC, reviews)
// combined with the category, stage and close date of the as-of snapshot row.
#include "RiskEvaluators.h"

namespace dmc::risk {

namespace {

EvidenceLevel levelOf(const RiskContext &c, MeddpiccElement element)
{
    // A deal without a level counts as none (the filter is unavailable when no deal has one).
    return c.opportunity.meddpicc.level(size_t(element)).value_or(EvidenceLevel::None);
}

void addElement(const RiskContext &c, RiskHit &hit, MeddpiccElement element)
{
    hit.elements.push_back({element, levelOf(c, element)});
}

qint64 daysUntilClose(const RiskContext &c)
{
    return qint64(c.row.closeDay) - c.asOfDay;
}

} // namespace

bool commitWithoutChampionOrEb(const RiskContext &c, RiskHit &hit)
{
    if (c.row.category() != ForecastCategory::Commit)
        return false;
    if (levelOf(c, MeddpiccElement::Champion) == EvidenceLevel::Confirmed
        && levelOf(c, MeddpiccElement::EconomicBuyer) == EvidenceLevel::Confirmed)
        return false;
    addElement(c, hit, MeddpiccElement::Champion);
    addElement(c, hit, MeddpiccElement::EconomicBuyer);
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool meddpiccIncomplete(const RiskContext &c, RiskHit &hit)
{
    if (c.row.category() != ForecastCategory::Commit)
        return false;
    const int needed = c.parameter("meddpicc_incomplete", "min_confirmed");
    int confirmed = 0;
    for (const MeddpiccEntry &entry : c.opportunity.meddpicc)
        confirmed += entry.level == EvidenceLevel::Confirmed ? 1 : 0;
    if (confirmed >= needed)
        return false;
    for (int i = 0; i < MeddpiccElementCount; ++i)
        if (c.opportunity.meddpicc.level(size_t(i)) != EvidenceLevel::Confirmed)
            addElement(c, hit, MeddpiccElement(i));
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("confirmed"), confirmed));
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("threshold"), needed));
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool paperProcessUnmapped(const RiskContext &c, RiskHit &hit)
{
    const ForecastCategory category = c.row.category();
    if (category != ForecastCategory::Commit && category != ForecastCategory::BestCase)
        return false;
    const int window = c.parameter("paper_process_unmapped", "days");
    if (c.row.closeDay == NoDay || daysUntilClose(c) > window)
        return false;
    if (levelOf(c, MeddpiccElement::PaperProcess) == EvidenceLevel::Confirmed)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("close_date"), QDate::fromJulianDay(c.row.closeDay)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_to_close"), daysUntilClose(c)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("window_days"), window));
    addElement(c, hit, MeddpiccElement::PaperProcess);
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool securityReviewNotStarted(const RiskContext &c, RiskHit &hit)
{
    const int window = c.parameter("security_review_not_started", "days");
    // A deal without a status reads as not started, as a blank CRM field does.
    const ReviewStatus status = c.opportunity.securityReview.value_or(ReviewStatus::NotStarted);
    if (c.row.closeDay == NoDay || daysUntilClose(c) > window || status != ReviewStatus::NotStarted)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("close_date"), QDate::fromJulianDay(c.row.closeDay)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_to_close"), daysUntilClose(c)));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("window_days"), window));
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("security_review"), reviewStatusKey(status)));
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool pocOverrunOrIdle(const RiskContext &c, RiskHit &hit)
{
    // A deal with stored POC rows is read from them (poc_past_planned_end, poc_no_check_in), as the
    // POC board ignores the poc_* fields of such a deal.
    if (!c.data.pocs().pocsOf(c.row.opportunity).empty())
        return false;
    const Poc &poc = c.opportunity.poc;
    if (poc.status != PocStatus::Active || (poc.start.isValid() && poc.start > c.asOf))
        return false;
    const int idleLimit = c.parameter("poc_overrun_or_idle", "idle_days");
    const bool overrun = poc.plannedEnd.isValid() && poc.plannedEnd < c.asOf;
    // Without a check-in the POC has been idle since it started.
    const QDate lastContact = poc.lastCheckIn.isValid() && poc.lastCheckIn <= c.asOf ? poc.lastCheckIn : poc.start;
    const qint64 idleDays = lastContact.isValid() ? lastContact.daysTo(c.asOf) : -1;
    const bool idle = idleDays > idleLimit;
    if (!overrun && !idle)
        return false;
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("poc_start"), poc.start));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("planned_end"), poc.plannedEnd));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("last_check_in"), poc.lastCheckIn));
    if (overrun)
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_past_planned_end"), poc.plannedEnd.daysTo(c.asOf)));
    if (idleDays >= 0)
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_since_check_in"), idleDays));
    hit.facts.push_back(RiskFact::ofDays(QStringLiteral("idle_limit"), idleLimit));
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("reason"),
                                         overrun && idle ? QStringLiteral("overrun_and_idle")
                                             : overrun   ? QStringLiteral("overrun")
                                                         : QStringLiteral("idle")));
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool earlyStageCommit(const RiskContext &c, RiskHit &hit)
{
    if (c.row.category() != ForecastCategory::Commit)
        return false;
    const int limit = c.parameter("early_stage_commit", "max_probability");
    const int probability = c.data.probability(c.row);
    if (probability >= limit)
        return false;
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("stage"), c.data.stages()[c.row.stage].name));
    hit.facts.push_back(RiskFact::ofPercent(QStringLiteral("probability"), probability));
    hit.facts.push_back(RiskFact::ofPercent(QStringLiteral("limit"), limit));
    hit.snapshots.push_back(c.asOf);
    return true;
}

} // namespace dmc::risk
