#include "PocText.h"

#include "PocChecklist.h"
#include "analytics/text/TextFormat.h"

namespace dmc {

QString PocText::phase(PocPhase phase)
{
    switch (phase) {
    case PocPhase::Planned: return tr("Planned", "POC status");
    case PocPhase::Active: return tr("Active", "POC status");
    case PocPhase::Complete: return tr("Complete", "POC status");
    case PocPhase::Stopped: return tr("Stopped", "POC status");
    }
    return {};
}

QString PocText::outcome(const std::optional<PocOutcome> &outcome)
{
    if (!outcome)
        return {};
    switch (*outcome) {
    case PocOutcome::TechnicalWin: return tr("Technical win");
    case PocOutcome::TechnicalLoss: return tr("Technical loss");
    case PocOutcome::NoDecision: return tr("No decision", "POC outcome");
    }
    return {};
}

QString PocText::result(CriterionResult result)
{
    switch (result) {
    case CriterionResult::Open: return tr("Open", "criterion result");
    case CriterionResult::Met: return tr("Met", "criterion result");
    case CriterionResult::NotMet: return tr("Not met", "criterion result");
    }
    return {};
}

QString PocText::side(TaskSide side)
{
    switch (side) {
    case TaskSide::Buyer: return tr("Buyer", "task side");
    case TaskSide::Seller: return tr("Seller", "task side");
    }
    return {};
}

QString PocText::timeline(const PocScorecard &card)
{
    const PocRecord &poc = card.poc;
    if (!card.started) {
        if (!poc.start.isValid())
            return tr("no start date");
        return card.plannedDays
            ? tr("starts %1, %n day(s) planned", nullptr, *card.plannedDays).arg(TextFormat::date(poc.start))
            : tr("starts %1").arg(TextFormat::date(poc.start));
    }
    const int elapsed = *card.elapsedDays;
    if (card.ended) {
        return card.plannedDays ? tr("%n day(s) of %1 planned, ended %2", nullptr, elapsed)
                                      .arg(TextFormat::number(*card.plannedDays), TextFormat::date(poc.actualEnd))
                                : tr("%n day(s), ended %1", nullptr, elapsed).arg(TextFormat::date(poc.actualEnd));
    }
    return card.plannedDays
        ? tr("day %1 of %2 planned").arg(TextFormat::number(elapsed), TextFormat::number(*card.plannedDays))
        : tr("day %1, no planned end").arg(TextFormat::number(elapsed));
}

QStringList PocText::facts(const PocScorecard &card)
{
    QStringList facts{timeline(card)};
    if (card.overrunDays && *card.overrunDays > 0)
        facts << tr("%n day(s) past the planned end", nullptr, *card.overrunDays);
    else if (card.daysLeft)
        facts << tr("%n day(s) left", nullptr, *card.daysLeft);
    if (card.fromShorthand) {
        facts << tr("one POC from the deal's POC fields: no checklist or criteria recorded");
    } else {
        facts << tr("%n measurable criteria", nullptr, card.criteriaMeasurable);
        if (card.dorMissing > 0) {
            QStringList missing;
            for (const PocDorItem &item : card.dor)
                if (item.required && item.state == PocDorItem::State::Missing)
                    missing << PocChecklist::label(item.id).toLower();
            facts << tr("%n DOR item(s) missing at the start: %1", nullptr, card.dorMissing)
                         .arg(missing.join(QStringLiteral("; ")));
        } else {
            facts << tr("DOR complete at the start");
        }
    }
    if (card.criteriaMet + card.criteriaNotMet > 0)
        facts << tr("criteria met: %1 of %2 with a result")
                     .arg(TextFormat::number(card.criteriaMet),
                          TextFormat::number(card.criteriaMet + card.criteriaNotMet));
    if (card.criteriaChangedAfterStart > 0)
        facts << tr("%n criteria changed after the start", nullptr, card.criteriaChangedAfterStart);
    if (card.checkInsPlanned > 0)
        facts << tr("check-ins held: %1 of %2 planned")
                     .arg(TextFormat::number(card.checkInsHeldOfPlanned), TextFormat::number(card.checkInsPlanned));
    if (card.daysSinceCheckIn)
        facts << tr("last check-in %1, %n day(s) before the as-of", nullptr, *card.daysSinceCheckIn)
                     .arg(TextFormat::date(card.lastCheckIn));
    else if (card.started)
        facts << tr("no check-in held");
    if (card.buyerTasks.overdue > 0)
        facts << tr("%n buyer task(s) overdue", nullptr, card.buyerTasks.overdue);
    if (card.sellerTasks.overdue > 0)
        facts << tr("%n seller task(s) overdue", nullptr, card.sellerTasks.overdue);
    return facts;
}

} // namespace dmc
