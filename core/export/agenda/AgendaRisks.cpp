#include "AgendaRisks.h"

#include "AgendaQuestions.h"
#include "analytics/risk/RiskDescriber.h"
#include "analytics/risk/RuleSet.h"

#include <QHash>

namespace dmc {

Agenda::ExceptionLine AgendaRisks::exceptionLine(const RiskHit &hit, const QString &currency)
{
    Agenda::ExceptionLine line;
    line.ruleId = hit.ruleId;
    line.ruleName = RuleSet::displayName(hit.ruleId);
    line.opportunityId = hit.opportunityId;
    line.deal = hit.opportunityName;
    line.account = hit.accountName;
    line.amount = hit.amount;
    line.closeDate = hit.closeDate;
    line.stage = hit.stage;
    line.category = hit.category;
    line.evidence = hit.text.isEmpty() ? RiskDescriber::describe(hit, currency) : hit.text;
    line.snoozed = hit.snoozed;
    line.snoozeReason = hit.snoozeReason;
    line.snoozedUntil = hit.snoozedUntil;
    return line;
}

void AgendaRisks::apply(Agenda &agenda, const RiskResult &risks, int questionsPerRep)
{
    agenda.unavailable.clear();
    for (const RiskUnavailable &missing : risks.unavailable)
        agenda.unavailable.push_back(
            {missing.ruleId, RuleSet::displayName(missing.ruleId), missing.missing, missing.reason});
    // One pass over the hits, each to its rep's part: a company's agenda has thousands of reps
    // and a hundred thousand hits.
    QHash<QString, size_t> partOfRep;
    for (size_t i = 0; i < agenda.reps.size(); ++i) {
        agenda.reps[i].exceptions.clear();
        agenda.reps[i].snoozed.clear();
        partOfRep.insert(agenda.reps[i].repId, i);
    }
    std::vector<std::vector<const RiskHit *>> visible(agenda.reps.size());
    for (const RiskHit &hit : risks.hits) {
        if (const auto part = partOfRep.constFind(hit.repId); part != partOfRep.constEnd()) {
            agenda.reps[*part].exceptions.push_back(exceptionLine(hit, agenda.currency));
            visible[*part].push_back(&hit);
        }
    }
    for (const RiskHit &hit : risks.snoozed) {
        if (const auto part = partOfRep.constFind(hit.repId); part != partOfRep.constEnd())
            agenda.reps[*part].snoozed.push_back(exceptionLine(hit, agenda.currency));
    }
    for (size_t i = 0; i < agenda.reps.size(); ++i)
        agenda.reps[i].questions = AgendaQuestions::forHits(visible[i], agenda.currency, questionsPerRep);
}

namespace {

// The DM's actions by hit (deal and rule) and by deal (rule ""), looked up once per line.
class HitActions
{
public:
    explicit HitActions(const std::vector<DmAction> &actions)
    {
        for (const DmAction &action : actions)
            m_byHit.insert(action.opportunityId + QLatin1Char('\n') + action.ruleId, &action);
    }

    void applyTo(std::vector<Agenda::ExceptionLine> &lines) const
    {
        for (Agenda::ExceptionLine &line : lines) {
            const DmAction *action = m_byHit.value(line.opportunityId + QLatin1Char('\n') + line.ruleId);
            if (!action)
                action = m_byHit.value(line.opportunityId + QLatin1Char('\n'));
            if (action) {
                line.status = action->status;
                line.note = action->note;
                if (action->status == DmActionStatus::Snoozed && !line.snoozed) {
                    line.snoozedUntil = action->snoozeUntil;
                    line.snoozeReason = action->snoozeReason;
                }
            }
            if (line.snoozed)
                line.status = DmActionStatus::Snoozed;
        }
    }

private:
    QHash<QString, const DmAction *> m_byHit;
};

} // namespace

void AgendaRisks::applyActions(Agenda &agenda, const std::vector<DmAction> &actions)
{
    const HitActions byHit(actions);
    for (Agenda::RepPart &part : agenda.reps) {
        byHit.applyTo(part.exceptions);
        byHit.applyTo(part.snoozed);
    }
}

void AgendaRisks::applyActions(std::vector<Agenda::ExceptionLine> &lines, const std::vector<DmAction> &actions)
{
    HitActions(actions).applyTo(lines);
}

} // namespace dmc
