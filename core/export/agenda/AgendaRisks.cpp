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
    for (Agenda::RepPart &part : agenda.reps) {
        part.exceptions.clear();
        part.snoozed.clear();
        std::vector<const RiskHit *> visible;
        for (const RiskHit &hit : risks.hits) {
            if (hit.repId == part.repId) {
                part.exceptions.push_back(exceptionLine(hit, agenda.currency));
                visible.push_back(&hit);
            }
        }
        for (const RiskHit &hit : risks.snoozed) {
            if (hit.repId == part.repId)
                part.snoozed.push_back(exceptionLine(hit, agenda.currency));
        }
        part.questions = AgendaQuestions::forHits(visible, agenda.currency, questionsPerRep);
    }
}

void AgendaRisks::applyActions(Agenda &agenda, const std::vector<DmAction> &actions)
{
    for (Agenda::RepPart &part : agenda.reps) {
        applyActions(part.exceptions, actions);
        applyActions(part.snoozed, actions);
    }
}

void AgendaRisks::applyActions(std::vector<Agenda::ExceptionLine> &lines, const std::vector<DmAction> &actions)
{
    QHash<QString, const DmAction *> byHit;
    for (const DmAction &action : actions)
        byHit.insert(action.opportunityId + QLatin1Char('\n') + action.ruleId, &action);
    for (Agenda::ExceptionLine &line : lines) {
        const DmAction *action = byHit.value(line.opportunityId + QLatin1Char('\n') + line.ruleId);
        if (!action)
            action = byHit.value(line.opportunityId + QLatin1Char('\n'));
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

} // namespace dmc
