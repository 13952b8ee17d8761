// POC filters, from the stored POC rows (Dataset::pocs(): checklist items, criteria, check-ins)
// measured at the as-of as the POC board measures them (PocBoardBuilder::measure). One hit per
// deal and filter: the deal's first POC by start that matches.
#include "RiskEvaluators.h"
#include "analytics/poc/PocBoardBuilder.h"

#include <QStringList>

namespace dmc::risk {

namespace {

// The deal's stored POCs not ended at the as-of, measured then. A POC recorded complete or
// stopped without an end date counts as ended.
std::vector<PocScorecard> runningOrPlanned(const RiskContext &c)
{
    std::vector<PocScorecard> cards;
    const DatasetPocs &pocs = c.data.pocs();
    for (const PocRecord &poc : pocs.pocsOf(c.row.opportunity)) {
        const bool closedWithoutEnd =
            !poc.actualEnd.isValid() && (poc.phase == PocPhase::Complete || poc.phase == PocPhase::Stopped);
        if (closedWithoutEnd)
            continue;
        PocScorecard card;
        card.poc = poc;
        const auto criteria = pocs.criteriaOf(poc);
        const auto checkIns = pocs.checkInsOf(poc);
        const auto tasks = pocs.tasksOf(poc);
        card.criteria.assign(criteria.begin(), criteria.end());
        card.checkIns.assign(checkIns.begin(), checkIns.end());
        card.tasks.assign(tasks.begin(), tasks.end());
        PocBoardBuilder::measure(card, c.pocChecklist, c.asOf);
        if (!card.ended)
            cards.push_back(std::move(card));
    }
    return cards;
}

void addPoc(const RiskContext &c, RiskHit &hit, const PocRecord &poc)
{
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("poc_id"), poc.id));
    hit.facts.push_back(RiskFact::ofDate(QStringLiteral("poc_start"), poc.start));
    hit.snapshots.push_back(c.asOf);
}

} // namespace

bool pocStartedWithoutDor(const RiskContext &c, RiskHit &hit)
{
    for (const PocScorecard &card : runningOrPlanned(c)) {
        if (card.dorMissing == 0)
            continue;
        QStringList missing;
        for (const PocDorItem &item : card.dor)
            if (item.required && item.state == PocDorItem::State::Missing)
                missing << item.id;
        addPoc(c, hit, card.poc);
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("state"),
                                             card.started ? QStringLiteral("started") : QStringLiteral("planned")));
        hit.facts.push_back(RiskFact::ofCount(QStringLiteral("missing"), card.dorMissing));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("missing_items"), missing.join(u',')));
        return true;
    }
    return false;
}

bool pocPastPlannedEnd(const RiskContext &c, RiskHit &hit)
{
    for (const PocScorecard &card : runningOrPlanned(c)) {
        if (!card.started || !card.overrunDays || *card.overrunDays <= 0)
            continue;
        addPoc(c, hit, card.poc);
        hit.facts.push_back(RiskFact::ofDate(QStringLiteral("planned_end"), card.poc.plannedEnd));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("elapsed_days"), *card.elapsedDays));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("planned_days"), card.plannedDays.value_or(0)));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_past_planned_end"), *card.overrunDays));
        return true;
    }
    return false;
}

bool pocNoCheckIn(const RiskContext &c, RiskHit &hit)
{
    const int limit = c.parameter("poc_no_check_in", "days");
    for (const PocScorecard &card : runningOrPlanned(c)) {
        if (!card.started)
            continue;
        // Without a check-in held, the days since the start.
        const int days = card.daysSinceCheckIn.value_or(*card.elapsedDays);
        if (days <= limit)
            continue;
        addPoc(c, hit, card.poc);
        if (card.lastCheckIn.isValid())
            hit.facts.push_back(RiskFact::ofDate(QStringLiteral("last_check_in"), card.lastCheckIn));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_since_check_in"), days));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("limit"), limit));
        return true;
    }
    return false;
}

bool pocCriteriaChanged(const RiskContext &c, RiskHit &hit)
{
    for (const PocScorecard &card : runningOrPlanned(c)) {
        if (!card.started)
            continue;
        std::vector<const PocCriterion *> changed;
        for (const PocCriterion &criterion : card.criteria)
            if (criterion.changedDate.isValid() && criterion.changedDate > card.poc.start
                && criterion.changedDate <= c.asOf)
                changed.push_back(&criterion);
        if (changed.empty())
            continue;
        addPoc(c, hit, card.poc);
        hit.facts.push_back(RiskFact::ofCount(QStringLiteral("changed_criteria"), qint64(changed.size())));
        // Numbered, so the JSON evidence names each one: criterion_1, changed_on_1, ...
        for (size_t i = 0; i < changed.size(); ++i) {
            const PocCriterion &criterion = *changed[i];
            const QString name = !criterion.objective.isEmpty() ? criterion.objective
                : !criterion.metric.isEmpty()                   ? criterion.metric
                                                                : criterion.id;
            const QString n = QString::number(i + 1);
            hit.facts.push_back(RiskFact::ofText(QStringLiteral("criterion_") + n, name));
            hit.facts.push_back(RiskFact::ofDate(QStringLiteral("changed_on_") + n, criterion.changedDate));
        }
        return true;
    }
    return false;
}

} // namespace dmc::risk
