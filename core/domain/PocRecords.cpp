#include "PocRecords.h"

#include "EnumKeys.h"

namespace dmc {

QString pocPhaseKey(PocPhase phase)
{
    switch (phase) {
    case PocPhase::Planned: return QStringLiteral("planned");
    case PocPhase::Active: return QStringLiteral("active");
    case PocPhase::Complete: return QStringLiteral("complete");
    case PocPhase::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

std::optional<PocPhase> pocPhaseFromKey(const QString &key)
{
    return enumFromKey<PocPhase, 4>(key, &pocPhaseKey);
}

QString pocOutcomeKey(PocOutcome outcome)
{
    switch (outcome) {
    case PocOutcome::TechnicalWin: return QStringLiteral("technical_win");
    case PocOutcome::TechnicalLoss: return QStringLiteral("technical_loss");
    case PocOutcome::NoDecision: return QStringLiteral("no_decision");
    }
    return {};
}

QString pocOutcomeKey(const std::optional<PocOutcome> &outcome)
{
    return outcome ? pocOutcomeKey(*outcome) : QString();
}

std::optional<PocOutcome> pocOutcomeFromKey(const QString &key)
{
    return enumFromKey<PocOutcome, 3>(key, &pocOutcomeKey);
}

QString criterionResultKey(CriterionResult result)
{
    switch (result) {
    case CriterionResult::Open: return QStringLiteral("open");
    case CriterionResult::Met: return QStringLiteral("met");
    case CriterionResult::NotMet: return QStringLiteral("not_met");
    }
    return {};
}

std::optional<CriterionResult> criterionResultFromKey(const QString &key)
{
    return enumFromKey<CriterionResult, 3>(key, &criterionResultKey);
}

QString taskSideKey(TaskSide side)
{
    switch (side) {
    case TaskSide::Buyer: return QStringLiteral("buyer");
    case TaskSide::Seller: return QStringLiteral("seller");
    }
    return {};
}

std::optional<TaskSide> taskSideFromKey(const QString &key)
{
    return enumFromKey<TaskSide, 2>(key, &taskSideKey);
}

} // namespace dmc
